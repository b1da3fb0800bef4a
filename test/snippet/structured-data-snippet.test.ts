// A card snippet with structured data: the schema.org JSON-LD is in the HTML itself (crawlers
// that run no script read it), and the card, once upgraded, keeps that one copy instead of
// writing a second.
import { expect } from '@open-wc/testing';
import { articlesClosedAfterEach, LOCAL_SCRIPT, localScript, nodeSnippet } from './article-frame.js';

const ARGS = ['wall-angels', '--lang', 'es', '--reps', '8-12', '--structured-data'];
const open = articlesClosedAfterEach();

const jsonLd = (doc: Document) => [...doc.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

describe('a card snippet with structured data', () => {
  it('carries the JSON-LD in its HTML, readable without JavaScript', async () => {
    const still = await open(await nodeSnippet(...ARGS, '--no-script'));
    const scripts = jsonLd(still.document);
    expect(scripts.length).to.equal(1);
    expect(scripts[0]?.parentElement).to.equal(still.card());
    const data = JSON.parse(scripts[0]?.textContent ?? '') as { name: string; inLanguage: string; repetitions: number };
    expect(data.name).to.equal('Ángeles en la pared');
    expect(data.inLanguage).to.equal('es');
    expect(data.repetitions).to.equal(12);
  });

  it('is the very JSON-LD the live card writes, and the upgraded card writes no second copy', async () => {
    const still = await open(await nodeSnippet(...ARGS, '--no-script'));
    const live = await open(localScript(await nodeSnippet(...ARGS)));
    const bare = await open(`<script type="module" src="${LOCAL_SCRIPT}"></script>\n<exercise-card exercise="wall-angels" lang="es" reps="8-12" structured-data></exercise-card>`);
    await live.cardRendered();
    await bare.cardRendered();
    const written = jsonLd(bare.document);
    expect(written.length).to.equal(1);
    expect(jsonLd(live.document).map((s) => s.textContent)).to.deep.equal([written[0]?.textContent]);
    expect(jsonLd(still.document)[0]?.textContent).to.equal(written[0]?.textContent);
  });

  it('stays one copy, kept up to date, when the dose changes after the upgrade', async () => {
    const live = await open(localScript(await nodeSnippet(...ARGS)));
    await live.cardRendered();
    const card = live.card();
    card.setAttribute('reps', '15');
    await card.updateComplete;
    const scripts = jsonLd(live.document);
    expect(scripts.length).to.equal(1);
    expect((JSON.parse(scripts[0]?.textContent ?? '') as { repetitions: number }).repetitions).to.equal(15);
  });
});
