// The built CDN script fetches a bundled exercise's or routine's chunk by its URL: a page
// downloads the chunks of what it shows, never its locale's index of every chunk, and each chunk
// brings its source's cautions (and an exercise's vocabulary words) with it.
import { expect } from '@open-wc/testing';
import { downloaded } from '../helpers/downloads.js';
import { articlesClosedAfterEach, LOCAL_SCRIPT, type Article } from '../snippet/article-frame.js';

const open = articlesClosedAfterEach();

/** The dataset files (dist/cdn/data/<locale>/<file>) the article has downloaded. */
const dataFiles = (article: Article) => downloaded(/\/cdn\/data\/([a-z]+\/[\w-]+)\.js/, article.window.performance);

describe('bundled data, fetched by URL', () => {
  it('a card downloads its exercise (and its variations), not the index, and shows its source\'s cautions', async () => {
    const article = await open(`<script type="module" src="${LOCAL_SCRIPT}"></script>\n<exercise-card exercise="arm-circles" lang="es"></exercise-card>`);
    const card = await article.upgraded();
    const files = dataFiles(article);
    expect(files).to.include('es/e14');
    expect(files.every((file) => /^es\/e\d+$/.test(file)), files.join(' ')).to.equal(true);
    // Carex's caution, stated once for the whole article: shown with each of its exercises.
    expect(card.shadowRoot?.querySelector('[part="cautions"]')?.textContent).to.contain('Dolor en la parte superior de la espalda intenso');
    expect(card.shadowRoot?.querySelector('[part="equipment"]')?.textContent).to.contain('Manguito rotador');
  });

  it('a player downloads its routine, which brings its first exercise in full, and nothing else', async () => {
    const article = await open(`<script type="module" src="${LOCAL_SCRIPT}"></script>\n<routine-player routine="healthy-upper-back" lang="fr"></routine-player>`);
    const player = (await article.upgraded()) as HTMLElement & { play(): Promise<void>; updateComplete: Promise<boolean> };
    expect(dataFiles(article)).to.deep.equal(['fr/r4']);
    // Started, it shows the first exercise's steps (in French) without fetching its own file
    // (e34); the next exercise's file loads while it plays.
    await player.play();
    await player.updateComplete;
    expect(player.shadowRoot?.querySelector('[part~="how"]')?.textContent ?? '').to.contain('Entrecroisez les doigts');
    expect(dataFiles(article)).to.not.include('fr/e34');
  });

  it('a player whose language changes downloads its routine in the new language, first exercise included, and nothing else', async () => {
    const article = await open(`<script type="module" src="${LOCAL_SCRIPT}"></script>\n<routine-player routine="healthy-upper-back" lang="fr"></routine-player>`);
    const player = (await article.upgraded()) as HTMLElement & { play(): Promise<void>; updateComplete: Promise<boolean> };
    player.setAttribute('lang', 'es');
    await player.updateComplete;
    expect(dataFiles(article)).to.deep.equal(['fr/r4', 'es/r4']);
    await player.play();
    await player.updateComplete;
    expect(player.shadowRoot?.querySelector('[part~="how"]')?.textContent ?? '').to.contain('Entrelace los dedos');
    expect(dataFiles(article)).to.not.include('es/e34');
  });

  it('a data file that failed to load (offline for a moment) is fetched again when asked again', async () => {
    const article = await open(`<script type="module" src="/flaky-data/exercise-elements.js"></script>`);
    const errors: string[] = [];
    (article.window as unknown as { console: Console }).console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    const card = Object.assign(article.document.createElement('exercise-card'), { exercise: 'wall-angels' }) as HTMLElement & { updateComplete: Promise<boolean> };
    article.document.body.append(card);
    await article.window.customElements.whenDefined('exercise-card');
    await card.updateComplete;
    // The first fetch failed: the card says so, in its language, with one console error naming it.
    expect(card.shadowRoot?.querySelector('[part="error"]')?.textContent).to.contain('could not be loaded');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('<exercise-card exercise="wall-angels">');
    card.setAttribute('exercise', 'band-pull-apart');
    await card.updateComplete;
    card.setAttribute('exercise', 'wall-angels');
    await card.updateComplete;
    expect(card.shadowRoot?.querySelector('[part="error"]')?.textContent ?? 'no error').to.equal('no error');
    expect(card.shadowRoot?.querySelector('[part="title"]')?.textContent).to.contain('Wall angels');
  });
});
