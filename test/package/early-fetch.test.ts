// The CDN script asks for what the elements already in the page need (their bundled data, their
// UI strings, and the chunks their code imports) beside their own code, not one round trip after
// another. The /<element>-last/ server paths (web-test-runner.config.mjs) hold the element's chunk
// until the rest has been asked for: without the early requests the element never arrives and the
// test times out.
import { expect } from '@open-wc/testing';
import { downloaded } from '../helpers/downloads.js';
import { articlesClosedAfterEach } from '../snippet/article-frame.js';

const open = articlesClosedAfterEach();

describe('the CDN script fetches a page\'s needs early', () => {
  it('a card\'s data file and strings are asked for before its code has arrived', async () => {
    const article = await open(`<script type="module" src="/exercise-card-last/exercise-elements.js"></script>\n<exercise-card exercise="wall-angels" lang="es"></exercise-card>`);
    const card = await article.upgraded();
    expect(card.shadowRoot?.querySelector('[part="title"]')?.textContent).to.contain('Ángeles en la pared');
    // Each once: the card's own loads found the early ones under way.
    const files = downloaded(/\/exercise-card-last\/((?:data|locales)\/[\w/-]+)\.js/, article.window.performance);
    expect(files.sort()).to.deep.equal(['data/es/e20', 'locales/es-card']);
  });

  it('a player\'s routine, strings and the chunk its code imports are asked for before its code has arrived', async () => {
    const article = await open(`<script type="module" src="/routine-player-last/exercise-elements.js"></script>\n<routine-player routine="healthy-upper-back" lang="es"></routine-player>`);
    const player = await article.upgraded();
    expect(player.shadowRoot?.textContent).to.contain('Salud de la parte superior de la espalda');
    const files = downloaded(/\/routine-player-last\/((?:data|locales)\/[\w/-]+)\.js/, article.window.performance);
    expect(files.sort()).to.deep.equal(['data/es/r4', 'locales/es-player']);
  });
});
