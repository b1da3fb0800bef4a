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

  it('a player downloads its routine and its first exercise, not the index', async () => {
    const article = await open(`<script type="module" src="${LOCAL_SCRIPT}"></script>\n<routine-player routine="healthy-upper-back" lang="fr"></routine-player>`);
    const player = await article.upgraded();
    expect(player.shadowRoot?.textContent).to.not.equal('');
    const files = dataFiles(article);
    expect(files.filter((file) => file.startsWith('fr/r'))).to.have.length(1);
    expect(files.every((file) => /^fr\/[er]\d+$/.test(file)), files.join(' ')).to.equal(true);
  });
});
