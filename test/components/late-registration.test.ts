// An app may register its own data after the elements have appeared (fetch, then
// `registerDataset`): an element that did not find its id looks again after each registration,
// shows what it now finds, and says nothing more when the new data does not have it either.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/exercise-card.js';
import '../../src/routine-player.js';
import type { ExerciseCard } from '../../src/exercise-card.js';
import type { RoutinePlayer } from '../../src/routine-player.js';
import { registerDataset } from '../../src/index.js';

const exercise = (id: string, name: string) => ({ id, name: { en: name }, category: 'mobility', equipment: [], steps: [{ en: `Do the ${name.toLowerCase()}.` }] });
const errorText = (el: HTMLElement) => el.shadowRoot?.querySelector('[part="error"]')?.textContent ?? '';
const title = (el: HTMLElement) => el.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim() ?? '';

describe('data registered after an element gave up', () => {
  let errors: sinon.SinonStub;
  beforeEach(() => {
    errors = sinon.stub(console, 'error');
  });
  afterEach(() => sinon.restore());

  it('a card that found no such exercise shows it once an app registers it, with one console error and one error event before', async () => {
    const events: string[] = [];
    const listener = (e: GlobalEventHandlersEventMap['exercise-card-error']) => events.push(e.detail.code);
    document.addEventListener('exercise-card-error', listener);
    try {
      const card = await fixture<ExerciseCard>(html`<exercise-card exercise="late-shoulder-circles"></exercise-card>`);
      await card.updateComplete;
      expect(errorText(card)).to.contain('late-shoulder-circles');
      // Data without it: the card looked again, in vain, and says nothing new.
      await registerDataset({ version: 1, exercises: [exercise('late-unrelated', 'Unrelated')] });
      await card.updateComplete;
      expect(errorText(card)).to.contain('late-shoulder-circles');
      expect(errors.callCount).to.equal(1);
      expect(events).to.deep.equal(['not-found']);
      const loaded = new Promise((resolve) => card.addEventListener('exercise-card-load', resolve, { once: true }));
      await registerDataset({ version: 1, exercises: [exercise('late-shoulder-circles', 'Late shoulder circles')] });
      await loaded;
      await card.updateComplete;
      expect(title(card)).to.equal('Late shoulder circles');
      expect(errorText(card)).to.equal('');
    } finally {
      document.removeEventListener('exercise-card-error', listener);
    }
  });

  it('a card taken out of the page no longer looks again', async () => {
    const card = await fixture<ExerciseCard>(html`<exercise-card exercise="late-detached"></exercise-card>`);
    await card.updateComplete;
    card.remove();
    await registerDataset({ version: 1, exercises: [exercise('late-detached', 'Late detached')] });
    await card.updateComplete;
    expect(errorText(card)).to.contain('late-detached');
  });

  it('a player whose routine, or a step\'s exercise, was not found shows it once registered', async () => {
    const byId = await fixture<RoutinePlayer>(html`<routine-player routine="late-routine" muted></routine-player>`);
    const bySteps = await fixture<RoutinePlayer>(html`<routine-player muted><routine-step exercise="late-step" reps="5"></routine-step></routine-player>`);
    await Promise.all([byId.updateComplete, bySteps.updateComplete]);
    expect(errorText(byId)).to.not.equal('');
    expect(errorText(bySteps)).to.contain('late-step');
    expect(errors.callCount).to.equal(2);
    await registerDataset({
      version: 1,
      exercises: [exercise('late-step', 'Late step')],
      routines: [{ id: 'late-routine', name: { en: 'Late routine' }, items: [{ exercise: 'late-step', dose: { reps: 5 } }] }],
    });
    await Promise.all([byId.updateComplete, bySteps.updateComplete]);
    expect(errorText(byId)).to.equal('');
    expect(byId.shadowRoot?.textContent).to.contain('Late routine');
    expect(errorText(bySteps)).to.equal('');
    expect(bySteps.shadowRoot?.textContent).to.contain('Late step');
    expect(errors.callCount).to.equal(2);
  });
});
