import { expect, oneEvent } from '@open-wc/testing';
import '../../src/exercise-card.js';
import type { ExerciseCard } from '../../src/exercise-card.js';

type VisibilityEvent = Event & { readonly skipped: boolean };

/** Resolves with the card's next `contentvisibilityautostatechange` that reports `skipped`. */
const nextState = (el: Element, skipped: boolean) =>
  new Promise<void>((resolve) => {
    const listener = (event: Event) => {
      if ((event as VisibilityEvent).skipped !== skipped) return;
      el.removeEventListener('contentvisibilityautostatechange', listener);
      resolve();
    };
    el.addEventListener('contentvisibilityautostatechange', listener);
  });

describe('cards far off screen', () => {
  let page: HTMLElement | undefined;
  afterEach(() => {
    page?.remove();
    window.scrollTo(0, 0);
  });

  it('skip their rendering, and keep the size they had on screen so that nothing jumps when they come back', async () => {
    page = document.createElement('div');
    const el = document.createElement('exercise-card') as ExerciseCard;
    el.setAttribute('exercise', 'wall-angels');
    el.setAttribute('variant', 'compact');
    const spacer = document.createElement('div');
    spacer.style.blockSize = '20000px';
    page.append(el, spacer);
    const loaded = oneEvent(el, 'exercise-card-load');
    const shown = nextState(el, false);
    document.body.prepend(page);
    await loaded;
    await el.updateComplete;
    await shown;
    const onScreen = el.getBoundingClientRect().height;
    expect(onScreen).to.be.greaterThan(0);

    // Far below it, the card is skipped: its height is what it remembered, not an estimate.
    const skipped = nextState(el, true);
    window.scrollTo(0, 15000);
    await skipped;
    expect(el.getBoundingClientRect().height).to.equal(onScreen);
  });
});
