// The CDN script asks for what the elements already in the page need (the element base, their
// bundled data and their UI strings) beside their own code, not one round trip after another.
// The /card-last/ server path (web-test-runner.config.mjs) holds the card's chunk until the rest
// has been asked for: without the early requests the card never arrives and the test times out.
import { expect } from '@open-wc/testing';
import { downloaded } from '../helpers/downloads.js';
import { articlesClosedAfterEach } from '../snippet/article-frame.js';

const open = articlesClosedAfterEach();

describe('the CDN script fetches a page\'s needs early', () => {
  it('a card\'s element base, data file and strings are asked for before its code has arrived', async () => {
    const article = await open(`<script type="module" src="/card-last/exercise-elements.js"></script>\n<exercise-card exercise="wall-angels" lang="es"></exercise-card>`);
    const card = await article.upgraded();
    expect(card.shadowRoot?.querySelector('[part="title"]')?.textContent).to.contain('Ángeles en la pared');
    // Each once: the card's own loads found the early ones under way.
    const files = downloaded(/\/card-last\/((?:data|locales)\/[\w/-]+)\.js/, article.window.performance);
    expect(files.sort()).to.deep.equal(['data/es/e20', 'locales/es-card']);
  });
});
