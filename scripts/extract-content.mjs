// `npm run extract-content [-- --import <dir>]`: refreshes xliff/content/<lang>.xlf from the
// English of src/data/bundled/sources/*.json.
//   - a new text gets a unit with no target (shown in English until translated);
//   - a translated text whose English changed keeps its target, marked
//     state="needs-review-translation", with the English it was translated from in a note
//     (the build does not use such a target until a reviewer clears the state);
//   - units of texts that no longer exist are dropped.
// `--import <dir>` then reads translators' files `<dir>/<lang>.json` ({ id: text }, the ids of
// `collectTexts`), checks their keys, writes them as targets, and copies `<dir>/glossary-<lang>.md`
// beside the XLIFF files. Exit code 1 when an import file has unknown, missing or empty entries.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { collectTexts, contentDir, readContentXliff, readSourceFiles, SOURCE_LOCALE, targetLocales, writeXliff } from './content-text.mjs';

const args = process.argv.slice(2);
const importAt = args.indexOf('--import');
const importDir = importAt === -1 ? undefined : args[importAt + 1];
if (importAt !== -1 && !importDir) throw new Error('--import needs a directory');

const texts = collectTexts(await readSourceFiles());
const locales = await targetLocales();
await mkdir(contentDir, { recursive: true });

/** Numbers a translation should carry over ("15 to 30 seconds"), Arabic-Indic digits read as digits. */
const numbers = (s) =>
  (s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x6f0)).match(/\d+/g) ?? []).sort();

async function readImport(locale) {
  try {
    return JSON.parse(await readFile(`${importDir}/${locale}.json`, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw new Error(`${importDir}/${locale}.json: ${error.message}`);
  }
}

let problems = 0;
for (const locale of locales) {
  const old = await readContentXliff(locale);
  const incoming = importDir ? await readImport(locale) : undefined;
  const counts = { new: 0, changed: 0, dropped: 0, imported: 0 };
  const units = texts.map(({ id, text, context }) => {
    const source = text[SOURCE_LOCALE];
    const before = old.get(id);
    const unit = { id, source, context, target: before?.target, state: before?.state, previousSource: before?.previousSource };
    if (!before) {
      counts.new++;
      // Text already written in the authored JSON counts as a translation.
      if (typeof text[locale] === 'string') Object.assign(unit, { target: text[locale], state: 'translated' });
    } else if (before.source !== source) {
      counts.changed++;
      if (unit.target !== undefined) {
        unit.state = 'needs-review-translation';
        unit.previousSource = before.previousSource ?? before.source;
      }
    }
    return unit;
  });
  counts.dropped = [...old.keys()].filter((id) => !texts.some((t) => t.id === id)).length;

  if (incoming !== undefined) {
    const byId = new Map(units.map((u) => [u.id, u]));
    const unknown = Object.keys(incoming).filter((id) => !byId.has(id));
    const empty = Object.entries(incoming).filter(([, v]) => typeof v !== 'string' || !v.trim()).map(([id]) => id);
    const missing = units.filter((u) => !Object.hasOwn(incoming, u.id)).map((u) => u.id);
    const numberless = [];
    for (const [id, value] of Object.entries(incoming)) {
      const unit = byId.get(id);
      if (!unit || typeof value !== 'string' || !value.trim()) continue;
      Object.assign(unit, { target: value.trim(), state: 'translated', previousSource: undefined });
      counts.imported++;
      if (numbers(unit.source).join() !== numbers(value).join()) numberless.push(id);
    }
    for (const [what, ids] of [['unknown ids', unknown], ['empty texts', empty], ['missing ids', missing]]) {
      if (ids.length === 0) continue;
      problems += ids.length;
      console.error(`${locale}.json: ${ids.length} ${what}: ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''}`);
    }
    // Not an error: "a few" may become "2 ou 3", but a reviewer should look.
    if (numberless.length) console.warn(`${locale}.json: numbers differ from the English in ${numberless.length} texts (check): ${numberless.join(', ')}`);
    try {
      await copyFile(`${importDir}/glossary-${locale}.md`, `${contentDir}glossary-${locale}.md`);
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
      console.error(`${locale}: no glossary-${locale}.md in ${importDir}`);
    }
  } else if (importDir) {
    console.error(`${locale}: no ${locale}.json in ${importDir}`);
  }

  await writeFile(`${contentDir}${locale}.xlf`, writeXliff(locale, units));
  const translated = units.filter((u) => u.target !== undefined).length;
  console.log(
    `${locale}: ${units.length} texts, ${translated} with a translation` +
      `${counts.new ? `, ${counts.new} new` : ''}${counts.changed ? `, ${counts.changed} changed in English` : ''}` +
      `${counts.dropped ? `, ${counts.dropped} dropped` : ''}${incoming ? `, ${counts.imported} imported` : ''}`,
  );
}
process.exitCode = problems === 0 ? 0 : 1;
