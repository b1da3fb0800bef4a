// The prerendered snippet pasted into a fresh article page at phone width: readable and full size
// without JavaScript, upgraded in place by the script (no shift, no flash), then interactive.
import { expect } from '@open-wc/testing';
import { articlesClosedAfterEach, localScript, nodeSnippet, partBoxes, shadowText } from './article-frame.js';

const ARGS = ['wall-angels', '--lang', 'es', '--reps', '8-12', '--theme', 'light'];
const open = articlesClosedAfterEach();

const textOf = shadowText;

describe('a prerendered card snippet', () => {
  it('without JavaScript shows the finished card, its steps included, from the HTML alone', async () => {
    const article = await open(await nodeSnippet(...ARGS, '--no-script'));
    const card = article.card();
    expect(customElements.get.call(article.window.customElements, 'exercise-card')).to.equal(undefined);
    const steps = [...(card.shadowRoot?.querySelectorAll<HTMLElement>('[part="step"]') ?? [])];
    expect(steps.length).to.be.greaterThan(3);
    for (const step of steps) expect(step.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(textOf(card)).to.include('8-12repeticiones');
  });

  it('takes the same space without JavaScript as once rendered, and upgrading moves nothing', async () => {
    const still = await open(await nodeSnippet(...ARGS, '--no-script'));
    const live = await open(localScript(await nodeSnippet(...ARGS)));
    await live.cardRendered();
    const [before, after] = [still.card().getBoundingClientRect().height, live.card().getBoundingClientRect().height];
    expect(Math.abs(before - after) / after).to.be.below(0.03);
    expect(partBoxes(live.card())).to.deep.equal(partBoxes(still.card()));
    // Measured only where frames are painted (see cardRendered); scripts/cls.mjs measures it always.
    expect(live.window.layoutShift).to.be.below(0.001);
    // Never a loading state nor two cards on the way: the rendering was swapped in one update.
    expect(live.window.shadowStates.length).to.be.greaterThan(0);
    expect(live.window.shadowStates.filter((state) => state.busy || state.bases !== 1)).to.deep.equal([]);
  });

  it("is replaced by the element's own rendering (no second copy), which is interactive", async () => {
    const live = await open(localScript(await nodeSnippet('band-pull-apart', '--timer')));
    await live.cardRendered();
    const root = live.card().shadowRoot as ShadowRoot;
    // The prerendered <style> is gone (Lit adopts its styles) and the card is there once.
    expect(root.querySelector('style')).to.equal(null);
    expect(root.querySelectorAll('[part="base"]').length).to.equal(1);
    const timerButton = root.querySelector<HTMLButtonElement>('[part="timer-button"]');
    timerButton?.click();
    await live.card().updateComplete;
    expect(root.querySelector('rep-timer')).to.not.equal(null);
    const variation = root.querySelector<HTMLButtonElement>('[part="variations"] button');
    expect(variation?.textContent?.trim()).to.equal('Single-arm band pull-apart');
    variation?.click();
    await live.card().updateComplete;
    expect(root.querySelector('[part="title"]')?.textContent?.trim()).to.equal('Single-arm band pull-apart');
  });

  it('shows the same text as the live element with the same attributes', async () => {
    const still = await open(await nodeSnippet(...ARGS, '--no-script'));
    const prerendered = await open(localScript(await nodeSnippet(...ARGS)));
    const live = await open('<script type="module" src="/dist/cdn/exercise-elements.js"></script>\n<exercise-card exercise="wall-angels" lang="es" reps="8-12" theme="light"></exercise-card>');
    await Promise.all([prerendered.cardRendered(), live.cardRendered()]);
    const text = textOf(live.card());
    expect(text).to.include('8-12repeticiones');
    expect(textOf(still.card())).to.equal(text);
    expect(textOf(prerendered.card())).to.equal(text);
  });

  it('keeps its light-DOM fallback (name, dose, steps) for readers without declarative shadow DOM', async () => {
    const still = await open(await nodeSnippet(...ARGS, '--no-script'));
    const card = still.card();
    expect(card.querySelector('h3')?.textContent).to.equal('Ángeles en la pared');
    expect(card.querySelector('p')?.textContent).to.include('8-12 repeticiones');
    expect(card.querySelectorAll('ol > li').length).to.equal(card.shadowRoot?.querySelectorAll('[part="step"]').length);
    // Not shown where the shadow root is: the card has no default slot.
    expect(card.querySelector('h3')?.getBoundingClientRect().height).to.equal(0);
  });
});
