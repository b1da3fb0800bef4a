import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { RoutineSession, type SessionEvent } from '../../src/engine/routine-session.js';

const fakeClock = () => {
  let t = 5000;
  return { now: () => t, tick: (ms: number) => (t += ms) };
};

type Action = { op: 'play' | 'pause' | 'advance' | 'restart' } | { op: 'goTo'; index: number } | { op: 'wait'; ms: number };
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constantFrom<Action>({ op: 'play' }, { op: 'pause' }, { op: 'advance' }, { op: 'restart' }),
  fc.integer({ min: -3, max: 40 }).map((index): Action => ({ op: 'goTo', index })),
  fc.integer({ min: 0, max: 90_000 }).map((ms): Action => ({ op: 'wait', ms })),
);

describe('routine session', () => {
  it('plays a routine of three steps to the end, time counted only while playing', () => {
    const clock = fakeClock();
    const session = new RoutineSession(3, clock.now);
    session.play();
    expect(session.takeEvents()).to.deep.equal([{ type: 'start', index: 0 }, { type: 'step', index: 0, run: true }]);
    clock.tick(10_000);
    session.pause();
    clock.tick(60_000);
    session.play();
    expect(session.takeEvents()).to.deep.equal([{ type: 'pause', index: 0 }, { type: 'resume', index: 0 }]);
    session.advance();
    clock.tick(5_000);
    session.advance();
    session.advance();
    expect(session.status).to.equal('complete');
    expect(session.takeEvents().at(-1)).to.deep.equal({ type: 'complete', elapsedMs: 15_000 });
  });

  it('jumps without starting when idle, and from the summary lands paused', () => {
    const session = new RoutineSession(4, fakeClock().now);
    session.goTo(2);
    expect(session.index).to.equal(2);
    expect(session.takeEvents()).to.deep.equal([]);
    session.resumeAt(3, 1000);
    session.advance();
    expect(session.status).to.equal('complete');
    session.takeEvents();
    session.goTo(1);
    expect(session.status).to.equal('paused');
    expect(session.takeEvents()).to.deep.equal([{ type: 'step', index: 1, run: false }]);
  });

  it('keeps its invariants under any sequence of actions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.array(action, { maxLength: 60 }), (length, actions) => {
        const clock = fakeClock();
        const session = new RoutineSession(length, clock.now);
        let model = 0; // time spent playing, by the model
        let lastElapsed = 0;
        for (const a of actions) {
          const before = session.status;
          if (a.op === 'wait') {
            clock.tick(a.ms);
            if (before === 'playing') model += a.ms;
          } else if (a.op === 'goTo') session.goTo(a.index);
          else session[a.op]();
          if (a.op === 'restart' || (a.op === 'play' && before === 'complete')) {
            model = 0;
            lastElapsed = 0;
          }
          const events: SessionEvent[] = session.takeEvents();
          // The index stays on a step; time never runs backwards within a run, nor while not playing.
          expect(session.index).to.be.within(0, length - 1);
          expect(session.elapsed()).to.equal(model);
          expect(session.elapsed()).to.be.at.least(lastElapsed);
          lastElapsed = session.elapsed();
          for (const e of events) if ('index' in e) expect(e.index).to.be.within(0, length - 1);
          if (events.some((e) => e.type === 'complete')) expect(session.status).to.equal('complete');
          if (session.status === 'complete') expect(session.index).to.equal(length - 1);
        }
      }),
    );
  });
});
