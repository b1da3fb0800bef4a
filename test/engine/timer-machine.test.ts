import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildPlan, DEFAULT_PACE_SECONDS, inSet, totalMs, type PlanOptions } from '../../src/engine/timer-plan.js';
import { TimerMachine, type TimerEvent } from '../../src/engine/timer-machine.js';
import type { Dose } from '../../src/data/types.js';

/** A clock the test moves by hand. */
const fakeClock = () => {
  let t = 1000;
  const now = () => t;
  return { now, tick: (ms: number) => (t += ms) };
};

const kinds = (dose: Dose, leadInSeconds = 0, options: PlanOptions = {}) => buildPlan(dose, { leadInSeconds, ...options }).phases.map((p) => `${p.kind}${p.durationMs === null ? '' : `:${p.durationMs / 1000}`}${p.side ? `:${p.side}` : ''}`);

describe('timer plan', () => {
  it('2 x 30 s holds let go for the dose rest (40 s) between them', () => {
    expect(kinds({ reps: 2, holdSeconds: 30, restSeconds: 40 })).to.deep.equal(['hold:30', 'release:40', 'hold:30', 'complete']);
  });
  it('repeated holds without a rest get a 3 s release, or the one asked for', () => {
    expect(kinds({ reps: 3, holdSeconds: 5 })).to.deep.equal(['hold:5', 'release:3', 'hold:5', 'release:3', 'hold:5', 'complete']);
    expect(kinds({ reps: 2, holdSeconds: 5, restSeconds: 40 }, 0, { releaseSeconds: 4 })).to.deep.equal(['hold:5', 'release:4', 'hold:5', 'complete']);
  });
  it('a 3 s hold is a timed hold; a 1 s pause stays inside each rep', () => {
    expect(kinds({ holdSeconds: 3 })).to.deep.equal(['hold:3', 'complete']);
    expect(kinds({ reps: 5, holdSeconds: 1 })).to.deep.equal([`work:${5 * (DEFAULT_PACE_SECONDS + 1)}`, 'complete']);
  });
  it('60 s of timed work after a lead-in', () => {
    expect(kinds({ durationSeconds: 60 }, 3)).to.deep.equal(['lead-in:3', 'work:60', 'complete']);
  });
  it('reps are paced at 3 s by default; count "tap" waits for the reader', () => {
    expect(buildPlan({ reps: 3 }, { leadInSeconds: 0 }).phases[0]).to.include({ kind: 'work', durationMs: 9000, repTarget: 3, tempoMs: 3000 });
    expect(buildPlan({ reps: 3 }, { leadInSeconds: 0, count: 'tap' }).phases[0]).to.include({ kind: 'work', durationMs: null, repTarget: 3, tempoMs: null });
  });
  it('a hold on each side, with a switch between', () => {
    expect(kinds({ holdSeconds: 20, side: 'each' })).to.deep.equal(['hold:20:left', 'switch:5:right', 'hold:20:right', 'complete']);
  });
  it('tempo reps are timed: reps x tempo', () => {
    expect(kinds({ reps: 10, tempoSeconds: 3 })).to.deep.equal(['work:30', 'complete']);
  });
  it('sets with rest between them, never after the last', () => {
    expect(kinds({ sets: 3, reps: { min: 8, max: 12 }, restSeconds: 40 })).to.deep.equal(['work:36', 'rest:40', 'work:36', 'rest:40', 'work:36', 'complete']);
  });
  it('max reps have no target: paced, they count up until Done', () => {
    expect(buildPlan({ reps: 'max' }).phases.find((p) => p.kind === 'work')).to.include({ repTarget: null, durationMs: null, tempoMs: 3000 });
  });
});

describe('timer machine', () => {
  it('runs 2 x 30 s holds with a 40 s release on time, with every event', () => {
    const clock = fakeClock();
    const timer = new TimerMachine(buildPlan({ reps: 2, holdSeconds: 30, restSeconds: 40 }, { leadInSeconds: 0 }), clock.now);
    timer.start();
    expect(timer.snapshot()).to.include({ phase: 'hold', rep: 1, remainingMs: 30000 });
    clock.tick(29999);
    expect(timer.snapshot()).to.include({ phase: 'hold', remainingMs: 1 });
    clock.tick(1);
    expect(timer.snapshot()).to.include({ phase: 'release', remainingMs: 40000 });
    clock.tick(40000 + 30000);
    const snap = timer.snapshot();
    expect(snap.status).to.equal('complete');
    expect(snap.elapsedMs).to.equal(100000);
    const events = timer.takeEvents();
    expect(events.map((e) => e.type)).to.deep.equal(['start', 'phase', 'rep', 'phase', 'phase', 'rep', 'set', 'phase', 'complete']);
    expect(events.at(-1)).to.deep.equal({ type: 'complete', sets: 1, reps: 2, elapsedMs: 100000 });
  });

  it('catches up at once after a long stall, and pauses never count', () => {
    const clock = fakeClock();
    const timer = new TimerMachine(buildPlan({ durationSeconds: 60 }, { leadInSeconds: 3 }), clock.now);
    timer.start();
    clock.tick(3000 + 20000);
    timer.pause();
    clock.tick(10 * 60 * 1000);
    expect(timer.snapshot()).to.include({ status: 'paused', phase: 'work', remainingMs: 40000, elapsedMs: 23000 });
    timer.resume();
    clock.tick(39000);
    expect(timer.snapshot()).to.include({ phase: 'work', remainingMs: 1000 });
    clock.tick(5 * 60 * 1000); // a sleeping phone
    expect(timer.snapshot()).to.include({ status: 'complete', elapsedMs: 63000 });
  });

  it('counts tapped reps and ends the set at the target', () => {
    const clock = fakeClock();
    const timer = new TimerMachine(buildPlan({ reps: 3 }, { leadInSeconds: 0, count: 'tap' }), clock.now);
    timer.start();
    timer.repDone();
    timer.repDone();
    expect(timer.snapshot()).to.include({ phase: 'work', rep: 2, remainingMs: null });
    clock.tick(60000);
    expect(timer.snapshot().phase).to.equal('work');
    timer.repDone();
    expect(timer.snapshot().status).to.equal('complete');
    expect(timer.takeEvents().filter((e) => e.type === 'rep').map((e) => (e as { rep: number }).rep)).to.deep.equal([1, 2, 3]);
  });

  it('counts tempo reps by the clock', () => {
    const clock = fakeClock();
    const timer = new TimerMachine(buildPlan({ reps: 4, tempoSeconds: 2 }, { leadInSeconds: 0 }), clock.now);
    timer.start();
    expect(timer.snapshot().rep).to.equal(1);
    clock.tick(4500);
    expect(timer.snapshot().rep).to.equal(3);
    expect(timer.msUntilNextChange()).to.equal(1500);
    clock.tick(3500);
    expect(timer.snapshot().status).to.equal('complete');
    expect(timer.takeEvents().filter((e) => e.type === 'rep')).to.have.length(4);
  });

  it('counts "as many as you can" up, one beat per pace, until Done', () => {
    const clock = fakeClock();
    const timer = new TimerMachine(buildPlan({ sets: 2, reps: 'max', restSeconds: 30 }, { leadInSeconds: 0 }), clock.now);
    timer.start();
    clock.tick(3000 * 20 + 100);
    expect(timer.snapshot()).to.include({ phase: 'work', rep: 21, remainingMs: null });
    expect(timer.msUntilNextChange()).to.equal(2900);
    timer.done();
    expect(timer.snapshot()).to.include({ phase: 'rest', set: 2, remainingMs: 30000 });
    expect(timer.takeEvents().filter((e) => e.type === 'rep')).to.have.length(20);
  });

  it('with a cap, "as many as you can" ends on its own after that many paced reps (Done still ends it sooner)', () => {
    const clock = fakeClock();
    const timer = new TimerMachine(buildPlan({ sets: 2, reps: 'max', restSeconds: 30 }, { leadInSeconds: 0, maxReps: 4 }), clock.now);
    timer.start();
    clock.tick(3000 * 4);
    expect(timer.snapshot()).to.include({ phase: 'rest', set: 2 });
    expect(timer.takeEvents().filter((e) => e.type === 'rep')).to.have.length(4);
    clock.tick(30_000 + 3000);
    timer.done();
    expect(timer.snapshot()).to.include({ phase: 'complete' });
  });

  it('Done ends the set at once: holds and releases left are dropped, the rest follows', () => {
    const clock = fakeClock();
    const timer = new TimerMachine(buildPlan({ sets: 2, reps: 5, holdSeconds: 10, restSeconds: 20, side: 'each' }, { leadInSeconds: 0, releaseSeconds: 3 }), clock.now);
    timer.start();
    clock.tick(12000);
    expect(timer.snapshot()).to.include({ phase: 'release', side: 'left' });
    timer.done();
    expect(timer.snapshot()).to.include({ phase: 'switch', side: 'right', set: 1 });
    timer.skip();
    timer.done();
    expect(timer.snapshot()).to.include({ phase: 'rest', set: 2 });
    timer.done(); // outside a set: nothing happens
    expect(timer.snapshot()).to.include({ phase: 'rest', set: 2 });
    const reps = timer.takeEvents().filter((e) => e.type === 'rep').length;
    expect(reps).to.equal(2); // the first hold, and the one under way when Done came on the right side
  });

  it('skips to the next phase on request, even while paused', () => {
    const clock = fakeClock();
    const timer = new TimerMachine(buildPlan({ holdSeconds: 20, side: 'each' }, { leadInSeconds: 0 }), clock.now);
    timer.start();
    clock.tick(5000);
    timer.pause();
    timer.skip();
    expect(timer.snapshot()).to.include({ status: 'paused', phase: 'switch', side: 'right', remainingMs: 5000 });
    timer.resume();
    clock.tick(5000);
    expect(timer.snapshot()).to.include({ phase: 'hold', side: 'right', remainingMs: 20000 });
  });

  describe('properties', () => {
    const amount = (max: number, min = 1) =>
      fc.oneof(fc.integer({ min, max }), fc.tuple(fc.integer({ min, max }), fc.integer({ min, max })).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })));
    const doseArb: fc.Arbitrary<Dose> = fc.record(
      {
        sets: amount(5),
        reps: fc.oneof(amount(12), fc.constant('max' as const)),
        holdSeconds: amount(60, 0),
        restSeconds: amount(60, 0),
        durationSeconds: amount(120, 0),
        tempoSeconds: fc.integer({ min: 1, max: 4 }),
        side: fc.constantFrom('both', 'each', 'alternate', 'left', 'right' as const),
      },
      { requiredKeys: [] },
    );
    const upperOf = (a: Dose['sets']) => (a === undefined ? 0 : typeof a === 'number' ? a : a.max);

    it('total timed hold equals the dose, and "each" doubles it', () => {
      fc.assert(
        fc.property(doseArb, (dose) => {
          const hold = upperOf(dose.holdSeconds);
          fc.pre(hold >= 2);
          const sides = dose.side === 'each' ? 2 : 1;
          const reps = dose.reps === 'max' ? 1 : upperOf(dose.reps) || 1;
          const sets = upperOf(dose.sets) || 1;
          return totalMs(buildPlan(dose), 'hold') === sets * sides * reps * hold * 1000;
        }),
      );
    });

    it('a run without user actions visits every phase once, in order, and ends complete', () => {
      fc.assert(
        fc.property(doseArb, fc.array(fc.integer({ min: 1, max: 50000 }), { maxLength: 40 }), (dose, steps) => {
          const clock = fakeClock();
          const timer = new TimerMachine(buildPlan(dose, { leadInSeconds: 3 }), clock.now);
          timer.start();
          for (const step of steps) {
            clock.tick(step);
            const snap = timer.snapshot();
            if (snap.remainingMs === null && snap.status === 'running') timer.skip(); // the reader says done
          }
          // Each phase lasts at most 2 minutes: two ticks of a minute each finish it, whatever the dose.
          for (let i = 0; i < timer.phases.length * 2 + 10 && timer.snapshot().status !== 'complete'; i++) {
            clock.tick(60000);
            if (timer.snapshot().remainingMs === null) timer.skip();
          }
          const indices = timer.takeEvents().filter((e): e is Extract<TimerEvent, { type: 'phase' }> => e.type === 'phase').map((e) => e.index);
          return timer.snapshot().status === 'complete' && indices.every((index, i) => index === i) && indices.length === timer.phases.length;
        }),
      );
    });

    it('a hold of 2 s or more is a phase of that length; repeated holds alternate with releases', () => {
      fc.assert(
        fc.property(fc.integer({ min: 2, max: 120 }), fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 30 })), (hold, reps, release) => {
          const plan = buildPlan({ reps, holdSeconds: hold }, { leadInSeconds: 0, releaseSeconds: release ?? undefined });
          const body = plan.phases.filter((p) => p.kind !== 'complete');
          return (
            body.length === 2 * reps - 1 &&
            body.every((p, i) => (i % 2 === 0 ? p.kind === 'hold' && p.durationMs === hold * 1000 : p.kind === 'release' && p.durationMs === (release ?? 3) * 1000))
          );
        }),
      );
    });

    it('paced reps end on their own after reps x pace', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 30 }), fc.option(fc.integer({ min: 1, max: 6 })), (reps, tempo) => {
          const clock = fakeClock();
          const timer = new TimerMachine(buildPlan({ reps, tempoSeconds: tempo ?? undefined }, { leadInSeconds: 0 }), clock.now);
          const pace = (tempo ?? DEFAULT_PACE_SECONDS) * 1000;
          timer.start();
          clock.tick(reps * pace - 1);
          const before = timer.snapshot();
          clock.tick(1);
          const after = timer.snapshot();
          const counted = timer.takeEvents().filter((e) => e.type === 'rep').length;
          return before.phase === 'work' && after.status === 'complete' && counted === reps;
        }),
      );
    });

    it('Done ends the set under way, whatever the state, and does nothing outside a set', () => {
      const action = fc.oneof(fc.constant('pause'), fc.constant('resume'), fc.constant('skip'), fc.integer({ min: 0, max: 20000 }));
      fc.assert(
        fc.property(doseArb, fc.array(action, { maxLength: 20 }), (dose, actions) => {
          const clock = fakeClock();
          const timer = new TimerMachine(buildPlan(dose), clock.now);
          timer.start();
          for (const a of actions) {
            if (typeof a === 'number') clock.tick(a);
            else timer[a as 'pause' | 'resume' | 'skip']();
          }
          const before = timer.snapshot();
          const phase = timer.phases[before.phaseIndex]!;
          timer.done();
          const after = timer.snapshot();
          const next = timer.phases[after.phaseIndex]!;
          if (before.status !== 'running' && before.status !== 'paused') return after.phaseIndex === before.phaseIndex;
          if (!inSet(phase)) return after.phaseIndex === before.phaseIndex && after.status === before.status;
          const leftTheSet = !(inSet(next) && next.set === phase.set && next.side === phase.side);
          return after.phaseIndex > before.phaseIndex && leftTheSet && (after.status === before.status || after.status === 'complete');
        }),
        { numRuns: 300 },
      );
    });

    it('any sequence of pause, resume, skip, rep done and time leaves a consistent state', () => {
      const action = fc.oneof(
        fc.constant('pause'),
        fc.constant('resume'),
        fc.constant('skip'),
        fc.constant('repDone'),
        fc.constant('done'),
        fc.constant('reset'),
        fc.constant('start'),
        fc.integer({ min: 0, max: 90000 }),
      );
      fc.assert(
        fc.property(doseArb, fc.array(action, { maxLength: 60 }), (dose, actions) => {
          const clock = fakeClock();
          const timer = new TimerMachine(buildPlan(dose), clock.now);
          let pausedSince: number | null = null;
          for (const a of actions) {
            if (typeof a === 'number') clock.tick(a);
            else timer[a as 'pause' | 'resume' | 'skip' | 'repDone' | 'done' | 'reset' | 'start']();
            const before = timer.snapshot();
            if (before.status === 'paused') {
              // Time passing while paused changes nothing.
              pausedSince ??= before.elapsedMs;
              if (before.elapsedMs !== pausedSince) return false;
            } else pausedSince = null;
            const snap = timer.snapshot();
            const numbers = [snap.elapsedMs, snap.phaseElapsedMs, snap.remainingMs ?? 0, snap.set, snap.rep];
            if (numbers.some((n) => !Number.isFinite(n) || n < 0)) return false;
            if (snap.phaseIndex < 0 || snap.phaseIndex >= timer.phases.length) return false;
            const phase = timer.phases[snap.phaseIndex];
            if (snap.remainingMs !== null && phase?.durationMs !== null && snap.remainingMs > (phase?.durationMs ?? 0)) return false;
          }
          return true;
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe('short holds and rest-only doses', () => {
  it('treats a hold under 2 s as part of each rep, in tap mode too', () => {
    expect(kinds({ sets: 2, reps: 10, holdSeconds: 1, restSeconds: 40 }, 0, { count: 'tap' })).to.deep.equal(['work', 'rest:40', 'work', 'complete']);
  });
  it('makes a dose of only rest one rest phase, without a lead-in', () => {
    expect(kinds({ restSeconds: 30 }, 3)).to.deep.equal(['rest:30', 'complete']);
  });
});
