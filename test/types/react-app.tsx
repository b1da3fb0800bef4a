// Compiled by test/node/typings.test.mjs against the packed package, as a React 19 app would use it.
// Each @ts-expect-error line must be an error: if the typings stop rejecting it, the test fails.
import type {} from 'exercise-elements/types/react';
import { useRef } from 'react';
import type { RepTimer } from 'exercise-elements/rep-timer.js';

export function App() {
  const timer = useRef<RepTimer>(null);
  return (
    <article className="post" style={{ maxWidth: 600 }} onClick={(e) => e.currentTarget}>
      <exercise-card
        key="card"
        exercise="wall-angels"
        variant="compact"
        heading-level={2}
        theme="dark"
        reps="8-12"
        timer
        className="card"
        onexercise-card-load={(e) => e.detail.exercise.name.en}
        onexercise-card-error={(e) => e.detail.code === 'not-found'}
      />
      <rep-timer
        ref={timer}
        sets="2"
        reps="10"
        muted
        onrep-timer-complete={(e) => e.detail.elapsedMs + e.detail.sets}
        onrep-timer-phase={(e) => e.detail.phase === 'rest'}
      />
      <rep-timer ref={(el) => el?.start()} dose={{ sets: 2, reps: 10 }} />
      <routine-player routine="healthy-upper-back" rounds="2" remember onroutine-player-step={(e) => e.detail.index + 1}>
        <routine-step exercise="wall-angels" sets="2" reps="10" />
        <routine-step rest="30" />
      </routine-player>

      {/* @ts-expect-error: not a variant */}
      <exercise-card variant="tiny" />
      {/* @ts-expect-error: heading-level is a number */}
      <exercise-card heading-level="two" />
      {/* @ts-expect-error: not a theme */}
      <exercise-card theme="blue" />
      {/* @ts-expect-error: muted is a boolean */}
      <rep-timer muted="yes" />
      {/* @ts-expect-error: dose attributes are strings */}
      <rep-timer sets={2} />
      {/* @ts-expect-error: phase is read-only state, not an attribute to set */}
      <rep-timer phase="nonsense" />
      {/* @ts-expect-error: dose is an object */}
      <rep-timer dose={42} />
      {/* @ts-expect-error: the detail of rep-timer-complete has no `index` */}
      <rep-timer onrep-timer-complete={(e) => e.detail.index} />
      {/* @ts-expect-error: wake-lock is on or off */}
      <routine-player wake-lock="sometimes" />
      {/* @ts-expect-error: the ref is a RepTimer, not a RoutinePlayer */}
      <routine-player ref={timer} />
    </article>
  );
}
