import { expect, oneEvent } from '@open-wc/testing';
import type * as Api from '../../src/api.js';
import type { ExerciseCardErrorDetail, ExerciseCardLoadDetail } from '../../src/components/exercise-card/exercise-card.events.js';
import { validDataset } from '../helpers/datasets.js';

/**
 * Two copies of the built CDN script on one page (the test server serves dist/cdn/ under
 * /test-copies/<letter>/, so each letter is a separate copy with its own module instances):
 * they share one page-wide registry of datasets.
 */
const loadCopy = (letter: string): Promise<typeof Api> => {
  const url = `/test-copies/${letter}/exercise-elements.js`;
  return import(url) as Promise<typeof Api>;
};

const REGISTRY = Symbol.for('exercise-elements.registry');

function addCard(exercise: string): HTMLElement {
  const card = document.createElement('exercise-card');
  card.setAttribute('exercise', exercise);
  document.body.append(card);
  return card;
}

describe('two copies of the library on one page', () => {
  it('share registered datasets: registerDataset from the second copy reaches cards the first copy defined, those that had said "not found" included', async () => {
    const first = await loadCopy('a');
    const missing = addCard('test-squeeze');
    const error = (await oneEvent(missing, 'exercise-card-error')) as CustomEvent<ExerciseCardErrorDetail>;
    expect(error.detail.code).to.equal('not-found');
    expect(customElements.get('exercise-card')).to.exist;

    const second = await loadCopy('b');
    expect(second.registerDataset).not.to.equal(first.registerDataset);
    const result = await second.registerDataset(validDataset());
    expect(result.issues).to.deep.equal([]);
    // The card that had said "not found" looks again: the second copy's registration reached it.
    await (missing as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(missing.shadowRoot?.querySelector('[part="title"]')?.textContent).to.equal('Test squeeze');

    const card = addCard('test-squeeze');
    const loaded = (await oneEvent(card, 'exercise-card-load')) as CustomEvent<ExerciseCardLoadDetail>;
    expect(loaded.detail.exercise.name.en).to.equal('Test squeeze');
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.shadowRoot?.querySelector('[part="title"]')?.textContent).to.equal('Test squeeze');
    expect((await first.getExercise('test-squeeze'))?.name.en).to.equal('Test squeeze');
    expect(first.exerciseIds()).to.include('test-squeeze');
    missing.remove();
    card.remove();
  });

  it('warns once when another version is on the page', async () => {
    const first = await loadCopy('a');
    const holder = globalThis as unknown as Record<symbol, { version: string; warned: Set<string> } | undefined>;
    const own = holder[REGISTRY];
    expect(own?.version).to.be.a('string');
    // As if a copy of another version had created the page's registry before ours loaded.
    holder[REGISTRY] = { ...own!, version: '0.0.1-other', warned: new Set(['0.0.1-other']) };
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const third = await loadCopy('c');
      await loadCopy('d');
      expect(third.exerciseIds()).to.deep.equal(first.exerciseIds());
    } finally {
      console.warn = warn;
      holder[REGISTRY] = own;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain('0.0.1-other').and.contain(own!.version);
  });
});
