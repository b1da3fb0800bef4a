import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/rep-timer.js';
import { RepTimerEvent } from '../../src/rep-timer.js';
import { ExerciseElement } from '../../src/internal/exercise-element.js';

class EventProbe extends ExerciseElement {
  complete() {
    return this.emit('rep-timer-complete', { sets: 2, reps: 20, elapsedMs: 1000 });
  }
  wrong() {
    // @ts-expect-error: a name is tied to its detail (`npm run check` fails if this compiles)
    this.emit('rep-timer-complete', { set: 1 });
    // @ts-expect-error: names that no element dispatches are refused
    this.emit('rep-timer-finished', {});
  }
}
customElements.define('event-probe', EventProbe);

describe('emit()', () => {
  it('dispatches one bubbling, composed event class with its detail, typed on document listeners', async () => {
    const el = await fixture<EventProbe>(html`<event-probe></event-probe>`);
    const heard = oneEvent(document, 'rep-timer-complete');
    const sent = el.complete();
    const event = await heard;
    expect(event).to.equal(sent);
    expect(event.bubbles && event.composed).to.equal(true);
    const elapsed: number = event.detail.elapsedMs;
    expect(elapsed).to.equal(1000);
  });
});

// The exported event classes tie a name to its detail too (`npm run check` fails if these compile).
export const constructed = [
  new RepTimerEvent('rep-timer-complete', { sets: 2, reps: 20, elapsedMs: 1000 }),
  // @ts-expect-error: the detail of another event
  new RepTimerEvent('rep-timer-complete', { set: 1 }),
  // @ts-expect-error: part of the detail only
  new RepTimerEvent('rep-timer-set', { set: 1 }),
  // @ts-expect-error: a name no element dispatches
  new RepTimerEvent('rep-timer-finished', { sets: 2, reps: 20, elapsedMs: 1000 }),
];
