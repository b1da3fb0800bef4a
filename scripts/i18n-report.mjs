// `npm run i18n-report`: translation coverage per language, for the UI strings (xliff/<lang>.xlf,
// refreshed by `npm run extract-messages`) and the dataset text (xliff/content/<lang>.xlf,
// refreshed by `npm run extract-content`), as a Markdown table for the README.
// "needs review": translated before its English changed; shown in English until reviewed.
import { readFile } from 'node:fs/promises';
import { collectTexts, needsReview, parseXliff, readContentXliff, readSourceFiles, root, SOURCE_LOCALE, targetLocales } from './content-text.mjs';

const locales = await targetLocales();
const texts = collectTexts(await readSourceFiles());
const percent = (n, total) => `${total ? Math.floor((1000 * n) / total) / 10 : 100}%`;

const rows = [];
for (const locale of locales) {
  const ui = parseXliff(await readFile(`${root}xliff/${locale}.xlf`, 'utf8'));
  const uiDone = [...ui.values()].filter((u) => u.target !== undefined && !needsReview(u.state)).length;
  const content = await readContentXliff(locale);
  let done = 0;
  let review = 0;
  for (const { id, text } of texts) {
    const unit = content.get(id);
    if (unit?.target === undefined || unit.source !== text[SOURCE_LOCALE]) continue;
    if (needsReview(unit.state)) review++;
    else done++;
  }
  rows.push({ locale, uiDone, uiTotal: ui.size, done, review, missing: texts.length - done - review });
}

console.log('| language | UI strings | dataset text | needs review | missing |');
console.log('| --- | --- | --- | --- | --- |');
console.log(`| ${SOURCE_LOCALE} (source) | 100% | 100% (${texts.length}) | 0 | 0 |`);
for (const r of rows) {
  console.log(
    `| ${r.locale} | ${percent(r.uiDone, r.uiTotal)} (${r.uiDone}/${r.uiTotal}) | ${percent(r.done, texts.length)} (${r.done}/${texts.length}) | ${r.review} | ${r.missing} |`,
  );
}
