// The prerendered timer snippet (`exercise-elements snippet --timer`, no exercise) pasted into a
// fresh article page at phone width: ready to start and full size without JavaScript, upgraded in
// place by the script (no shift, no flash), then it counts, from a click or from the keyboard.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { articlesClosedAfterEach, localScript, nodeSnippet, painted, partBoxes, shadowText, type Article } from './article-frame.js';

const ARGS = ['--timer', '--sets', '3', '--reps', '10', '--label', 'Sentadilla', '--lang', 'es', '--theme', 'light'];
const open = articlesClosedAfterEach();

type Timer = ReturnType<Article['card']> & { phase: string; paused: boolean };

/**
 * Resolves once the timer has rendered its own rendering in place of the prerendered one (its root
 * then holds no `<style>`: Lit adopts its styles), and that rendering has been painted.
 */
async function timerRendered(article: Article): Promise<Timer> {
  const timer = (await article.upgraded()) as Timer;
  // (A boolean: chai would print a node of another window at length.)
  expect(timer.shadowRoot?.querySelector('style') === null, 'the prerendered rendering is gone').to.equal(true);
  await painted(article.window);
  return timer;
}

describe('a prerendered timer snippet', () => {
  it('without JavaScript shows the timer ready to start (label, set, Start) from the HTML alone', async () => {
    const article = await open(await nodeSnippet(...ARGS, '--no-script'));
    const timer = article.card();
    expect(article.window.customElements.get('rep-timer')).to.equal(undefined);
    const root = timer.shadowRoot as ShadowRoot;
    expect(root.querySelector('[part="label"]')?.textContent).to.equal('Sentadilla');
    expect(root.querySelector('[part="progress"]')?.textContent).to.equal('Serie 1 de 3');
    const start = root.querySelector<HTMLElement>('[part~="button-toggle"]');
    expect(start?.textContent?.trim()).to.equal('Empezar');
    expect(start?.getBoundingClientRect().height).to.be.greaterThan(40);
    expect(root.querySelector('[part="ring"]')?.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('takes the same space without JavaScript as once rendered, and upgrading moves nothing', async () => {
    const still = await open(await nodeSnippet(...ARGS, '--no-script'));
    const live = await open(localScript(await nodeSnippet(...ARGS)));
    await timerRendered(live);
    const [before, after] = [still.card().getBoundingClientRect().height, live.card().getBoundingClientRect().height];
    expect(after).to.be.greaterThan(200);
    expect(Math.abs(before - after) / after).to.be.below(0.03);
    expect(partBoxes(live.card())).to.deep.equal(partBoxes(still.card()));
    expect(live.window.layoutShift).to.be.below(0.001);
    // Never two timers on the way: the rendering was swapped in one update.
    expect(live.window.shadowStates.length).to.be.greaterThan(0);
    expect(live.window.shadowStates.filter((state) => state.bases !== 1)).to.deep.equal([]);
  });

  it('shows the same text as the live element with the same attributes', async () => {
    const still = await open(await nodeSnippet(...ARGS, '--no-script'));
    const live = await open('<script type="module" src="/dist/cdn/exercise-elements.js"></script>\n<rep-timer lang="es" theme="light" label="Sentadilla" sets="3" reps="10"></rep-timer>');
    const timer = await timerRendered(live);
    expect(shadowText(timer)).to.include('Empezar');
    expect(shadowText(still.card())).to.equal(shadowText(timer));
  });

  it("is replaced by the element's own rendering, which starts on a click and pauses from the keyboard", async () => {
    const live = await open(localScript(await nodeSnippet(...ARGS)));
    const timer = await timerRendered(live);
    const root = timer.shadowRoot as ShadowRoot;
    expect(root.querySelectorAll('[part="base"]').length).to.equal(1);
    const started = oneEvent(timer, 'rep-timer-start');
    root.querySelector<HTMLButtonElement>('[part~="button-toggle"]')?.click();
    await started;
    await timer.updateComplete;
    expect(timer.getAttribute('phase')).to.equal('lead-in');
    expect(root.querySelector('[part~="button-toggle"]')?.textContent?.trim()).to.equal('Pausar');
    const paused = oneEvent(timer, 'rep-timer-pause');
    root.querySelector<HTMLElement>('[part="display"]')?.focus();
    await sendKeys({ press: 'Space' });
    await paused;
    await timer.updateComplete;
    expect(timer.hasAttribute('paused')).to.equal(true);
  });

  it('keeps its light-DOM fallback (label and dose in words), hidden where the shadow root is', async () => {
    const still = await open(await nodeSnippet(...ARGS, '--no-script'));
    const fallback = still.card().querySelector('p');
    expect(fallback?.textContent).to.equal('Sentadilla: 3 series de 10 repeticiones');
    expect(fallback?.getBoundingClientRect().height).to.equal(0);
  });
});
