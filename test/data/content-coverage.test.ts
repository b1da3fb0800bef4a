import { expect } from '@open-wc/testing';
import { getExercise, getRoutine, getSource, exerciseIds, routineIds } from '../../src/index.js';
import type { Dataset } from '../../src/data/types.js';

const LOCALES = ['en', 'es', 'fr', 'de', 'pt', 'ar'];
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** A text map: locale keys, string values (`{ en, es }`, or one locale's `{ es }`). */
const isText = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0 &&
  Object.entries(v).every(([k, s]) => LOCALE.test(k) && typeof s === 'string');

/** Every localized text in `value` with its JSON path. */
function textsOf(value: unknown, path: string, out: [string, Record<string, string>][] = []) {
  if (isText(value)) out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => textsOf(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) textsOf(v, `${path}.${k}`, out);
  return out;
}

describe('bundled content in every language', () => {
  it('dataset.json has every text in every language (names, steps, tips, cautions, notes, routines, sources)', async () => {
    const dataset = (await (await fetch('/src/data/generated/dataset.json')).json()) as Dataset;
    const texts = textsOf(dataset, 'dataset');
    expect(texts.length).to.be.greaterThan(500);
    const missing = texts.flatMap(([path, text]) => LOCALES.filter((l) => !text[l]?.trim()).map((l) => `${path} lacks ${l}`));
    expect(missing).to.deep.equal([]);
  });

  it('getExercise/getRoutine without a locale give every language; with one, only that language', async () => {
    const problems: string[] = [];
    for (const id of exerciseIds()) {
      for (const [path, text] of textsOf(await getExercise(id), id)) {
        for (const l of LOCALES) if (!text[l]) problems.push(`${path} lacks ${l}`);
      }
    }
    for (const id of routineIds()) {
      for (const [path, text] of textsOf(await getRoutine(id), id)) {
        for (const l of LOCALES) if (!text[l]) problems.push(`${path} lacks ${l}`);
      }
    }
    expect(problems).to.deep.equal([]);
    for (const locale of LOCALES) {
      const texts = [
        ...textsOf(await getExercise('wall-angels', undefined, locale), 'wall-angels'),
        ...textsOf(await getRoutine('healthy-upper-back', undefined, locale), 'healthy-upper-back'),
        ...textsOf(getSource('carex-upper-back-pain', undefined, locale), 'carex'),
      ];
      expect(texts.length).to.be.greaterThan(10);
      expect(texts.filter(([, text]) => Object.keys(text).join() !== locale).map(([path]) => path), locale).to.deep.equal([]);
    }
  });
});
