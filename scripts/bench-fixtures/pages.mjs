// The pages `npm run bench` measures and `npm run bench:trace` traces: 200 (or n) exercises of the
// bundled dataset as static HTML articles (the floor) or as <exercise-card> elements.
import { readFile } from 'node:fs/promises';

const dataset = JSON.parse(await readFile(new URL('../../dist/data/dataset.json', import.meta.url), 'utf8'));

/** `n` exercises, the dataset's repeated in order. */
export const pick = (n) => Array.from({ length: n }, (_, i) => dataset.exercises[i % dataset.exercises.length]);
/** The exercise with this id, if any. */
export const exerciseById = (id) => dataset.exercises.find((e) => e.id === id);
export const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const list = (tag, items) => (items?.length ? `<${tag}>${items.map((t) => `<li>${escape(t.en)}</li>`).join('')}</${tag}>` : '');
/** One exercise as the static HTML a blogger would write by hand. */
export const article = (e) =>
  `<article><h3>${escape(e.name.en)}</h3><p>${escape(e.summary?.en ?? '')}</p><p><strong>${escape(JSON.stringify(e.dose))}</strong></p><h4>How to do it</h4>${list('ol', e.steps)}<h4>Tips</h4>${list('ul', e.tips)}<h4>Take care</h4>${list('ul', e.cautions)}</article>`;
/** The article page around `body`. */
export const page = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}</head><body style="font-family: Georgia, serif; max-width: 42rem; margin: auto">${body}</body></html>`;
export const LOCAL_SCRIPT = '/dist/cdn/exercise-elements.js';
export const SCRIPT = `<script type="module" src="${LOCAL_SCRIPT}"></script>`;
/** `n` exercises as static articles. */
export const staticPage = (n) => page(pick(n).map(article).join('\n'));
/** `n` exercises as cards. */
export const cardsPage = (n) => page(pick(n).map((e) => `<exercise-card exercise="${e.id}"></exercise-card>`).join('\n'), SCRIPT);
