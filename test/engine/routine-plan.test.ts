import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildRoutineSteps, estimateSeconds, secondsLeft } from '../../src/engine/routine-plan.js';

describe('routine plan', () => {
  const items = [{ exercise: 'a', dose: { reps: 10 } }, { exercise: 'b', dose: { holdSeconds: 30 } }, { restSeconds: 60 }, { exercise: 'c', dose: { durationSeconds: 60 } }];

  it('puts rests between exercises, keeps explicit rests, and never ends on a rest', () => {
    const steps = buildRoutineSteps(items, { restBetweenSeconds: 20 });
    expect(steps.map((s) => (s.kind === 'rest' ? `rest:${s.dose.restSeconds}` : s.exercise))).to.deep.equal(['a', 'rest:20', 'b', 'rest:60', 'c']);
  });

  it('repeats the list for each round', () => {
    const steps = buildRoutineSteps(items.slice(0, 2), { rounds: 2, restBetweenSeconds: 10 });
    expect(steps.map((s) => `${s.kind === 'rest' ? 'r' : s.exercise}${s.round}`)).to.deep.equal(['a1', 'r1', 'b1', 'r2', 'a2', 'r2', 'b2']);
  });

  it('estimates time from the plan the timer runs: paced reps, holds with releases, sides, rests', () => {
    expect(estimateSeconds({ durationSeconds: 60 }, 5)).to.equal(65);
    expect(estimateSeconds({ reps: 10 })).to.equal(30);
    expect(estimateSeconds({ reps: 10, tempoSeconds: 4 })).to.equal(40);
    // 3 holds of 5 s with 2 releases of 3 s, on each side with a 5 s switch
    expect(estimateSeconds({ reps: 3, holdSeconds: 5, side: 'each' })).to.equal(2 * (15 + 6) + 5);
    // 2 sets of max: capped at ROUTINE_MAX_REPS paced reps, 40 s rest between
    expect(estimateSeconds({ sets: 2, reps: 'max', restSeconds: 40 })).to.equal(2 * 20 * 3 + 40);
    const steps = buildRoutineSteps(items, { restBetweenSeconds: 20 });
    expect(secondsLeft(steps, 0)).to.equal(steps.reduce((sum, s) => sum + s.estimateSeconds, 0));
    expect(secondsLeft(steps, steps.length)).to.equal(0);
  });

  it('has every exercise once per round, in order, with rests never side by side', () => {
    const item = fc.oneof(fc.record({ exercise: fc.constantFrom('a', 'b', 'c') }), fc.record({ restSeconds: fc.integer({ min: 0, max: 120 }) }));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 90 }), (list, rounds, between) => {
        const steps = buildRoutineSteps(list, { rounds, restBetweenSeconds: between });
        const expected = list.filter((i) => 'exercise' in i).length * rounds;
        const exercises = steps.filter((s) => s.kind === 'exercise');
        const noDoubleRest = steps.every((s, i) => s.kind !== 'rest' || steps[i + 1]?.kind !== 'rest' || list.some((x) => 'restSeconds' in x));
        return exercises.length === expected && steps.at(-1)?.kind !== 'rest' && steps[0]?.kind !== 'rest' && noDoubleRest && steps.every((s) => s.estimateSeconds >= 0);
      }),
    );
  });
});
