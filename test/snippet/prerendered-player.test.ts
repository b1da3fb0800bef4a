// The prerendered routine player snippet pasted into a fresh article page at phone width: its
// introduction and list readable and full size without JavaScript, upgraded in place by the
// script (no shift, no flash), then playable.
import { expect, oneEvent } from '@open-wc/testing';
import { articlesClosedAfterEach, localScript, nodeSnippet, painted, partBoxes, shadowText, type Article } from './article-frame.js';

const ARGS = ['healthy-upper-back', '--lang', 'es', '--theme', 'light'];
const open = articlesClosedAfterEach();

const textOf = shadowText;

/** Resolves once the player's shadow root (once the element is defined) satisfies `done`, watching its changes. */
async function rootBecomes(article: Article, done: (root: ShadowRoot) => boolean): Promise<void> {
  const root = (await article.upgraded()).shadowRoot as ShadowRoot;
  if (done(root)) return;
  await new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!done(root)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/**
 * Resolves once the player has rendered its own rendering in place of the prerendered one (its
 * root then holds no `<style>`: Lit adopts its styles), and that rendering has been painted.
 */
async function playerRendered(article: Article): Promise<void> {
  await rootBecomes(article, (root) => root.querySelector('style') === null && root.querySelector('[part="preview"]') !== null);
  await article.card().updateComplete;
  await painted(article.window);
}

describe('a prerendered routine player snippet', () => {
  it('without JavaScript shows the introduction and the list of exercises from the HTML alone', async () => {
    const article = await open(await nodeSnippet(...ARGS, '--no-script'));
    const player = article.card();
    expect(article.window.customElements.get('routine-player')).to.equal(undefined);
    const items = [...(player.shadowRoot?.querySelectorAll<HTMLElement>('[part="preview"] li') ?? [])];
    expect(items.length).to.equal(6);
    for (const item of items) expect(item.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(textOf(player)).to.include('Saludde');
    expect(player.shadowRoot?.querySelector('[part="start-button"]')?.textContent).to.include('Empezar la rutina');
  });

  it('takes the same space without JavaScript as once rendered, and upgrading moves nothing', async () => {
    const still = await open(await nodeSnippet(...ARGS, '--no-script'));
    const live = await open(localScript(await nodeSnippet(...ARGS)));
    await playerRendered(live);
    const [before, after] = [still.card().getBoundingClientRect().height, live.card().getBoundingClientRect().height];
    expect(Math.abs(before - after) / after).to.be.below(0.03);
    expect(partBoxes(live.card())).to.deep.equal(partBoxes(still.card()));
    expect(live.window.layoutShift).to.be.below(0.001);
    // Never a loading state nor two players on the way: the rendering was swapped in one update.
    expect(live.window.shadowStates.length).to.be.greaterThan(0);
    expect(live.window.shadowStates.filter((state) => state.busy || state.bases !== 1)).to.deep.equal([]);
  });

  it('shows the same text as the live element with the same attributes', async () => {
    const still = await open(await nodeSnippet(...ARGS, '--no-script'));
    const live = await open('<script type="module" src="/dist/cdn/exercise-elements.js"></script>\n<routine-player routine="healthy-upper-back" lang="es" theme="light"></routine-player>');
    // The live element loads, then renders its introduction.
    await rootBecomes(live, (root) => root.querySelector('[part="preview"]') !== null);
    const player = live.card();
    expect(textOf(player)).to.include('Empezarlarutina');
    expect(textOf(still.card())).to.equal(textOf(player));
  });

  it('with rounds, rest between and lead-in, says the plan the live element plays and upgrades without a shift', async () => {
    const plan = [...ARGS, '--rounds', '3', '--rest-between', '20', '--lead-in', '10'];
    const still = await open(await nodeSnippet(...plan, '--no-script'));
    const plain = await open(await nodeSnippet(...ARGS, '--no-script'));
    const live = await open('<script type="module" src="/dist/cdn/exercise-elements.js"></script>\n<routine-player routine="healthy-upper-back" lang="es" theme="light" rounds="3" rest-between="20" lead-in="10"></routine-player>');
    await rootBecomes(live, (root) => root.querySelector('[part="preview"]') !== null);
    const meta = (article: Article) => article.card().shadowRoot?.querySelector('[part="progress-text"]')?.textContent ?? '';
    expect(meta(still)).to.match(/^Ejercicio 1 de 18 · Ronda 1 de 3 · /);
    expect(meta(still)).not.to.equal(meta(plain));
    expect(textOf(still.card())).to.equal(textOf(live.card()));
    expect(still.card().shadowRoot?.querySelector('[role="progressbar"]')?.getAttribute('aria-valuemax')).to.equal('18');
    const upgraded = await open(localScript(await nodeSnippet(...plan)));
    await playerRendered(upgraded);
    expect(upgraded.window.layoutShift).to.be.below(0.001);
    expect(meta(upgraded)).to.equal(meta(still));
  });

  it('is replaced by the element\'s own rendering, which plays', async () => {
    const live = await open(localScript(await nodeSnippet(...ARGS)));
    await playerRendered(live);
    const player = live.card() as ReturnType<Article['card']> & { index: number };
    const root = player.shadowRoot as ShadowRoot;
    expect(root.querySelectorAll('[part="base"]').length).to.equal(1);
    const started = oneEvent(player, 'routine-player-step');
    root.querySelector<HTMLButtonElement>('[part="start-button"]')?.click();
    await started;
    await player.updateComplete;
    expect(root.querySelector('[part="timer"]')).to.not.equal(null);
    expect(root.querySelector('[part="current"]')?.textContent).to.include('Estiramiento');
  });

  it('keeps its light-DOM fallback (name, exercises with doses), hidden where the shadow root is', async () => {
    const still = await open(await nodeSnippet(...ARGS, '--no-script'));
    const player = still.card();
    expect(player.querySelector('h3')?.textContent).to.equal('Salud de la parte superior de la espalda');
    const items = [...player.querySelectorAll('ol > li')].map((li) => li.textContent);
    expect(items.length).to.equal(6);
    expect(items[3]).to.equal('Flexión en la pared: 8-12 repeticiones');
    expect(player.querySelector('h3')?.getBoundingClientRect().height).to.equal(0);
  });
});
