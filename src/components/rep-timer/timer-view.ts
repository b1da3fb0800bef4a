/** What the timer shows for a snapshot: pure, so a view and a test read the same numbers. */
import type { TimerSnapshot } from '../../engine/timer-machine.js';
import type { Phase, TimerPlan } from '../../engine/timer-plan.js';
import { formatNumber } from '../../i18n/format.js';
import { formatClock } from '../../i18n/format-clock.js';
import { holdOf, phaseName, repOf, repsSoFar, setOf, sideName } from './rep-timer.phrases.js';

export interface TimerView {
  /** The phase being shown (before the start: the first real phase, not the get-ready countdown). */
  readonly phase: Phase | undefined;
  readonly phaseLabel: string;
  /** The large number: time left, the rep under way (paced), reps counted (tapped), or a check mark. */
  readonly big: string;
  /** Reps counted by the reader in this phase. */
  readonly counted: boolean;
  /** Reps counted by the clock in this phase. */
  readonly paced: boolean;
  /** Where the ring will be at the next tick (0-1), and how long it takes to get there. */
  readonly ring: { readonly fraction: number; readonly ease: number; readonly moving: boolean };
  /** "Set 1 of 3", "Rep 4 of 10", "Left side". */
  readonly progress: readonly string[];
  /** The accessible name of the `role="timer"` display. */
  readonly timerLabel: string;
}

export interface TimerViewInput {
  readonly snapshot: TimerSnapshot;
  readonly plan: TimerPlan;
  readonly locale: string;
  readonly label: string;
  readonly msUntilNextChange: number | null;
  readonly reducedMotion: boolean;
}

export function timerView({ snapshot: snap, plan, locale, label, msUntilNextChange, reducedMotion }: TimerViewInput): TimerView {
  const idle = snap.status === 'idle';
  const complete = snap.status === 'complete';
  const phase = idle ? plan.phases.find((p) => p.kind !== 'lead-in') : plan.phases[snap.phaseIndex];
  const paced = phase?.kind === 'work' && phase.tempoMs !== null;
  const counted = phase?.kind === 'work' && phase.durationMs === null && !paced;
  const phaseLabel = phaseName(locale, snap.phase, counted || paced);

  let big: string;
  let fraction: number;
  if (complete) {
    big = '✓';
    fraction = 1;
  } else if (counted) {
    big = formatNumber(snap.repsDone, locale);
    fraction = phase.repTarget ? snap.repsDone / phase.repTarget : 0;
  } else if (paced && !idle) {
    // The rep under way, as a coach counts it ("3 / 12"); the ring shows the time of the set.
    big = formatNumber(snap.rep, locale);
    fraction = phase.durationMs ? snap.phaseElapsedMs / phase.durationMs : 0;
  } else {
    big = formatClock(idle ? (phase?.durationMs ?? 0) : (snap.remainingMs ?? 0), locale);
    fraction = phase?.durationMs ? snap.phaseElapsedMs / phase.durationMs : 0;
  }
  // The ring eases to where it will be at the next tick, so it moves smoothly with one update a second.
  const moving = snap.status === 'running' && !reducedMotion && Boolean(phase?.durationMs);
  const ahead = moving ? Math.min(1000, msUntilNextChange ?? 0) : 0;
  if (moving && phase?.durationMs) fraction = (snap.phaseElapsedMs + ahead) / phase.durationMs;
  fraction = Math.min(1, Math.max(0, fraction));

  const n = (value: number) => formatNumber(value, locale);
  const progress: string[] = [];
  const set = idle ? (phase?.set ?? 1) : snap.set;
  if (!complete && set > 0 && plan.sets > 1) progress.push(setOf(locale, n(set), n(plan.sets)));
  if (!complete && phase?.kind === 'hold' && (plan.reps ?? 1) > 1) progress.push(holdOf(locale, n(idle ? phase.rep : snap.rep), n(plan.reps ?? 1)));
  // The rep under way: paced, the clock's; tapped, the one after those counted ("Rep 1 of 12" at the start).
  if (!complete && !idle && (counted || paced) && phase.repTarget) progress.push(repOf(locale, n(counted ? Math.min(snap.repsDone + 1, phase.repTarget) : snap.rep), n(phase.repTarget)));
  if (!complete && !idle && (counted || paced) && !phase.repTarget) progress.push(repsSoFar(locale, n(snap.repsDone)));
  if (!complete && snap.side) progress.push(sideName(locale, snap.side));
  const timerLabel = [label, phaseLabel, counted ? repsSoFar(locale, big) : paced && !idle && !complete ? '' : big, ...progress].filter(Boolean).join(', ');

  return { phase, phaseLabel, big, counted, paced, ring: { fraction, ease: ahead, moving }, progress, timerLabel };
}
