// <exercise-card>'s `preloaded` property (the server render path) in a live page: the exercise
// given is rendered at once, without looking it up, and announced like a loaded one.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/exercise-card.js';
import type { ExerciseCard } from '../../src/exercise-card.js';
import type { Exercise } from '../../src/index.js';

const onlyHere: Exercise = {
  id: 'only-in-this-test',
  name: { en: 'Given, not looked up' },
  category: 'mobility',
  equipment: [],
  dose: { reps: 6 },
  steps: [{ en: 'First step.' }, { en: 'Second step.' }],
};

describe('<exercise-card> with preloaded data', () => {
  it('renders the given exercise (one the registry does not have) and emits exercise-card-load', async () => {
    const parent = document.createElement('div');
    document.body.append(parent);
    const card = document.createElement('exercise-card') as ExerciseCard;
    card.setAttribute('exercise', 'only-in-this-test');
    card.preloaded = { exercise: onlyHere, names: new Map() };
    const loaded = oneEvent(card, 'exercise-card-load');
    parent.append(card);
    expect((await loaded).detail.exercise).to.equal(onlyHere);
    await card.updateComplete;
    const root = card.shadowRoot as ShadowRoot;
    expect(root.querySelector('[part="title"]')?.textContent?.trim()).to.equal('Given, not looked up');
    expect([...root.querySelectorAll('[part="step"]')].map((s) => s.textContent?.trim())).to.deep.equal(['First step.', 'Second step.']);
    expect(root.querySelector('[part="error"]')).to.equal(null);
    // Its vocabulary in words, though nothing in this page loaded them for it.
    expect(root.querySelector('[part="category"]')?.textContent?.trim()).to.equal('Mobility');
    parent.remove();
  });

  it('loads by id as usual when the exercise attribute changes afterwards', async () => {
    const card = await fixture<ExerciseCard>(html`<exercise-card exercise="only-in-this-test" .preloaded=${{ exercise: onlyHere, names: new Map() }}></exercise-card>`);
    card.exercise = 'wall-angels';
    await card.updateComplete;
    expect(card.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim()).to.equal('Wall angels');
  });
});
