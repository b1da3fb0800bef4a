/**
 * Every sentence of the bundled dataset is our own: no dataset text shares a run of six words with
 * the source articles (`../shared/seeds/`, outside the repository, served by the test server from
 * one level above its root). Source titles are citations and are left out. Where the articles are
 * absent the comparison is skipped, and says so.
 */
import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/data/types.js';
import { WordRunIndex } from '../helpers/shared-word-runs.js';

const SEEDS = '/__wds-outside-root__/1/shared/seeds/';
const SOURCES = '/src/data/bundled/sources/';
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** `{ "en": "...", "es": "..." }`: a piece of dataset text. */
const isText = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(([key, text]) => LOCALE.test(key) && typeof text === 'string');

/** Every dataset text with its path: `exercises[wall-angels].steps[2].en`. Source titles are citations, not text. */
function texts(value: unknown, path: string, out: Array<[string, string]> = []): Array<[string, string]> {
  if (isText(value)) {
    for (const [locale, text] of Object.entries(value)) out.push([`${path}.${locale}`, text]);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const id = typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : i;
      texts(item, `${path}[${id}]`, out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) texts(item, path ? `${path}.${key}` : key, out);
  }
  return out;
}

async function articles(): Promise<Map<string, string> | undefined> {
  const readme = await fetch(`${SEEDS}README.md`).catch(() => undefined);
  if (!readme?.ok) return undefined;
  const names = [...new Set((await readme.text()).match(/\b\d{3}_[0-9a-f]+\.txt\b/g) ?? [])];
  const found = new Map<string, string>();
  for (const name of names) {
    const response = await fetch(SEEDS + name);
    if (response.ok) found.set(name, await response.text());
  }
  return found.size ? found : undefined;
}

describe('the bundled dataset is in our own words', () => {
  it('finds a copied sentence and merges its overlapping runs (the check itself)', () => {
    const index = new WordRunIndex();
    index.add('article', 'Bend the elbow to 90 degrees using a band anchored to the door.');
    expect(index.sharedRuns('Then bend the ELBOW to 90 degrees, using a band.')).to.deep.equal([
      { run: 'bend the elbow to 90 degrees using a band', foundIn: 'article' },
    ]);
    expect(index.sharedRuns('Bend that elbow to a right angle.')).to.deep.equal([]);
  });

  it('shares no run of six words with the articles in ../shared/seeds/ (skipped when they are absent)', async function () {
    const seeds = await articles();
    if (!seeds) {
      console.warn('own-words check skipped: ../shared/seeds/ (the source articles) is not there');
      this.skip();
    }
    const index = new WordRunIndex(6);
    for (const [name, text] of seeds ?? []) index.add(name, text);
    const dataset = (await (await fetch('/src/data/generated/dataset.json')).json()) as Dataset;
    const files = (dataset.sources ?? []).map((source) => `${source.id}.json`);
    expect(files.length).to.be.greaterThan(0);
    const problems: string[] = [];
    let checked = 0;
    for (const file of files) {
      const part = (await (await fetch(SOURCES + file)).json()) as Dataset;
      // Source titles are citations: they are the article's words on purpose.
      const untitled = { ...part, sources: part.sources?.map((source) => Object.fromEntries(Object.entries(source).filter(([key]) => key !== 'title'))) };
      for (const [path, text] of texts(untitled, '')) {
        checked++;
        for (const { run, foundIn } of index.sharedRuns(text)) problems.push(`${file} ${path}: "${run}" (also in ${foundIn})`);
      }
    }
    expect(checked, 'dataset texts compared').to.be.greaterThan(500);
    expect(problems, `dataset text that shares six or more words in a row with an article:\n${problems.join('\n')}\n`).to.deep.equal([]);
  });
});
