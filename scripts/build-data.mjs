// Merges the authored dataset (src/data/bundled/sources/*.json, English) with its translations
// (xliff/content/<lang>.xlf), validates it with the library's own validator, and writes what the
// library and the build need:
//   src/data/generated/bundled.ts                  index: sources, ids
//   src/data/generated/text-loaders(.cdn).ts       a loader per text locale (the CDN build's by path)
//   src/data/generated/<locale>/index.ts           per text locale: source cautions, loaders per exercise and routine
//   src/data/generated/<locale>/e<n>.ts            one small chunk per exercise, its text in that locale only,
//                                                  with the vocabulary words its card shows (equipment.wall: "Pared")
//   src/data/generated/<locale>/r<n>.ts            one small chunk per routine, likewise, with its exercises' outline (names, doses; the first in full)
//   src/data/generated/all/...                     the same with every language (getExercise(id) without a locale)
//   src/data/generated/dataset.json                the complete dataset (copied to dist/data/)
//   src/data/generated/dataset.schema.json         its JSON Schema (copied to dist/data/)
// A locale's chunks carry its text, else the English (per field): a page in Spanish downloads
// Spanish text only. A translation marked as needing review is not used.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { collectTexts, needsReview, parseXliff, readContentXliff, SOURCE_LOCALE, targetLocales } from './content-text.mjs';
import { loadTs } from './load-ts.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const sourcesDir = `${root}src/data/bundled/sources/`;
const outDir = `${root}src/data/generated/`;

// The articles' order, so that the merged dataset reads like them.
const ARTICLE_ORDER = [
  'coach-sofia-upper-back',
  'posture-raise-upper-back-pain',
  'carex-upper-back-pain',
  'healthy-back-institute-upper-back',
  'kaiser-healthy-upper-back',
];

const files = (await readdir(sourcesDir)).filter((f) => f.endsWith('.json'));
const rank = (f) => {
  const i = ARTICLE_ORDER.indexOf(f.replace(/\.json$/, ''));
  return i === -1 ? ARTICLE_ORDER.length : i;
};
files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

const parts = await Promise.all(files.map(async (file) => ({ file, json: JSON.parse(await readFile(sourcesDir + file, 'utf8')) })));

// Translations: every target not waiting for review goes into its text map, beside the English.
const locales = await targetLocales();
const texts = collectTexts(parts);
const merged = Object.fromEntries(locales.map((l) => [l, 0]));
for (const locale of locales) {
  const units = await readContentXliff(locale);
  for (const { id, text } of texts) {
    const unit = units.get(id);
    if (unit?.target === undefined || needsReview(unit.state) || unit.source !== text[SOURCE_LOCALE]) continue;
    text[locale] = unit.target;
    merged[locale]++;
  }
}

const dataset = { version: 1, sources: [], exercises: [], routines: [] };
for (const { json } of parts) {
  for (const key of ['sources', 'exercises', 'routines']) dataset[key].push(...(json[key] ?? []));
}

const { checkDataset: validateDataset } = await loadTs(`${root}src/data/validate.ts`);
const result = validateDataset(dataset);
if (!result.ok) {
  for (const issue of result.issues) console.error(`bundled dataset: ${issue.path}: ${issue.message}`);
  throw new Error(`the bundled dataset has ${result.issues.length} problems`);
}

const { DatasetSchema } = await loadTs(`${root}src/data/schema.ts`);
const { toJsonSchema } = await import('@valibot/to-json-schema');
const schema = {
  ...toJsonSchema(DatasetSchema, { errorMode: 'ignore' }),
  $id: 'https://unpkg.com/exercise-elements/dist/data/dataset.schema.json',
  title: 'exercise-elements dataset',
  description: 'Exercises, routines and their sources, as read by <exercise-card>, <rep-timer> and <routine-player>.',
};

const TEXT_LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const isText = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.en === 'string' && Object.keys(v).every((k) => TEXT_LOCALE.test(k));
/** A copy of `value` whose text maps hold one language: `locale`'s text, else the English. */
const inLocale = (value, locale) => {
  if (isText(value)) return typeof value[locale] === 'string' ? { [locale]: value[locale] } : { en: value.en };
  if (Array.isArray(value)) return value.map((v) => inLocale(v, locale));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inLocale(v, locale)]));
  return value;
};

// The vocabulary words a card shows of each exercise (src/data/vocabulary-ids.ts), as the UI strings
// say them (src/i18n/vocabulary-labels.ts, translated in xliff/<locale>.xlf): a bundled exercise's
// chunk carries them, so that a page with one card loads neither the whole vocabulary nor its
// translations (a browser test checks they equal what the full tables say).
const { vocabularyIds } = await loadTs(`${root}src/data/vocabulary-ids.ts`);
const { vocabularyLabel } = await loadTs(`${root}src/i18n/vocabulary-labels.ts`);
const uiTargets = new Map([[SOURCE_LOCALE, new Map()]]);
for (const locale of locales) {
  const units = parseXliff(await readFile(`${root}xliff/${locale}.xlf`, 'utf8'));
  uiTargets.set(locale, new Map([...units].flatMap(([id, unit]) => (unit.target === undefined ? [] : [[id, unit.target]]))));
}
// One per line, in the order of vocabularyIds(exercise): the chunk names no id.
const wordsOf = (exercise, locale) =>
  vocabularyIds(exercise)
    .map((id) => {
      const english = vocabularyLabel(SOURCE_LOCALE, id);
      if (english === undefined) throw new Error(`exercise "${exercise.id}": no word for ${id} in src/i18n/vocabulary-labels.ts`);
      const word = uiTargets.get(locale).get(id) ?? english;
      if (word.includes('\n')) throw new Error(`${locale}: the word for ${id} has a line break`);
      return word;
    })
    .join('\n');

await rm(outDir, { recursive: true, force: true });
const header = '// Generated by scripts/build-data.mjs from src/data/bundled/ and xliff/content/: do not edit.\n';
const chunk = (type, value) =>
  `${header}// ${type.toLowerCase()} "${value.id}"\nimport type { ${type} } from '../../types.js';\n\nconst data: ${type} = ${JSON.stringify(value, null, 2)};\nexport default data;\n`;
// A routine's chunk also carries the outline of its exercises (name and default dose, the same
// text as their own chunks): what a player lists before it starts. The full exercise (steps,
// media, cautions) loads when its step is reached, so an idle player downloads one routine chunk
// rather than every exercise's. The first exercise, which a player shows before it starts, comes
// in full (when it credits the routine's source, whose cautions the chunk brings): one file and
// one round trip fewer, and 0.2-0.3 KB less than its own chunk beside the routine's.
const outlineOf = (routine, exercises) =>
  [...new Set(routine.items.flatMap((item) => (item.exercise ? [item.exercise] : [])))].map((id, i) => {
    const exercise = exercises.find((e) => e.id === id);
    if (i === 0 && exercise.source === routine.source) return exercise;
    const { name, dose } = exercise;
    return dose ? { id, name, dose } : { id, name };
  });
const routineChunk = (routine, outline) =>
  chunk('Routine', routine).replace(
    "import type { Routine } from '../../types.js';",
    "import type { ExerciseOutline } from '../../exercise-outline.js';\nimport type { Exercise, Routine } from '../../types.js';",
  ) + `\n/** The routine's exercises as its list shows them before they are reached: name and default dose (the first in full). */\nexport const outline: readonly (ExerciseOutline | Exercise)[] = ${JSON.stringify(outline, null, 2)};\n`;
// Chunks are named by position (e0 = the first of bundledExerciseIds): an index of 49 loaders
// naming ids again would cost a page with one card some 400 bytes more.
const loaders = (prefix, items) => items.map((item, i) => `    () => import('./${prefix}${i}.js'), // ${item.id}`).join('\n');
// Each chunk also carries its source's cautions (shown with everything the source describes), so
// that a card or player finds them without the locale's index, which the CDN build never fetches.
const sourceCautions = (item, pick) => {
  const cautions = dataset.sources.find((s) => s.id === item.source)?.cautions;
  return cautions
    ? `\n/** The cautions its source states for everything it describes. */\nexport const cautions = ${JSON.stringify(pick(cautions), null, 2)};\n`
    : '';
};
const cautionsOf = (sources) => Object.fromEntries(sources.filter((s) => s.cautions).map((s) => [s.id, s.cautions]));

// One folder per text locale, and `all` with every language.
for (const key of [SOURCE_LOCALE, ...locales, 'all']) {
  const pick = (value) => (key === 'all' ? value : inLocale(value, key));
  await mkdir(`${outDir}${key}`, { recursive: true });
  for (const [i, exercise] of dataset.exercises.entries()) {
    const words = key === 'all' ? '' : `\n/** The vocabulary words its card shows, in this locale: one per line, in the order of vocabularyIds(). */\nexport const words = ${JSON.stringify(wordsOf(exercise, key))};\n`;
    await writeFile(`${outDir}${key}/e${i}.ts`, chunk('Exercise', pick(exercise)) + words + sourceCautions(exercise, pick));
  }
  for (const [i, routine] of dataset.routines.entries()) {
    await writeFile(`${outDir}${key}/r${i}.ts`, routineChunk(pick(routine), pick(outlineOf(routine, dataset.exercises))) + sourceCautions(routine, pick));
  }
  await writeFile(
    `${outDir}${key}/index.ts`,
    `${header}import type { BundledText } from '../../bundled-text.js';

const text: BundledText = {
  cautions: ${JSON.stringify(pick(cautionsOf(dataset.sources)), null, 2).replace(/\n/g, '\n  ')},
  exercises: [
${loaders('e', dataset.exercises)}
  ],
  routines: [
${loaders('r', dataset.routines)}
  ],
};
export default text;
`,
  );
}

const ids = (items) => `'${items.map((item) => item.id).join(',')}'`;
await writeFile(
  `${outDir}bundled.ts`,
  `${header}import type { Source } from '../types.js';

/** The bundled sources without their cautions: those are text, loaded per locale with the exercises. */
export const bundledSources: readonly Source[] = ${JSON.stringify(dataset.sources.map((source) => Object.fromEntries(Object.entries(source).filter(([k]) => k !== 'cautions'))), null, 2)};

// One string each: shorter than an array of strings once minified.
export const bundledExerciseIds: readonly string[] = ${ids(dataset.exercises)}.split(',');

export const bundledRoutineIds: readonly string[] = ${ids(dataset.routines)}.split(',');
`,
);
// Each text locale's index, one loader each: static `import()`s, which bundlers split a chunk per
// locale by; the CDN build's twin (text-loaders.cdn.ts, swapped in by rollup.config.mjs) fetches
// the index by its path beside the script instead, so that the script carries no loader per file.
const textKeys = [SOURCE_LOCALE, ...locales, 'all'];
const textLoadersType = `import type { BundledText } from '../bundled-text.js';

type TextLoader = () => Promise<{ default: BundledText }>;

/** The bundled text, one loader per locale (\`all\`: every language). */
export const bundledText: { readonly en: TextLoader; readonly [locale: string]: TextLoader | undefined } =`;
await writeFile(
  `${outDir}text-loaders.ts`,
  `${header}${textLoadersType} {\n${textKeys.map((key) => `  ${JSON.stringify(key)}: () => import('./${key}/index.js'),`).join('\n')}\n};\n`,
);
await writeFile(
  `${outDir}text-loaders.cdn.ts`,
  `${header}import { importBesideScript } from '../../internal/import-beside-script.js';
${textLoadersType} Object.fromEntries(
  ${JSON.stringify(textKeys)}.map((key) => [key, () => importBesideScript(\`data/\${key}/index.js\`)]),
) as Record<string, TextLoader> & { en: TextLoader };
`,
);
await writeFile(`${outDir}dataset.json`, `${JSON.stringify(dataset, null, 2)}\n`);
await writeFile(`${outDir}dataset.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
console.log(
  `bundled dataset: ${dataset.exercises.length} exercises, ${dataset.routines.length} routines, ${dataset.sources.length} sources; ` +
    `translations: ${Object.entries(merged).map(([l, n]) => `${l} ${n}/${texts.length}`).join(', ')}`,
);

// One Storybook story per bundled exercise and routine (stories/generated/, not in git).
const storiesDir = `${root}stories/generated/`;
await rm(storiesDir, { recursive: true, force: true });
await mkdir(storiesDir, { recursive: true });
const storyName = (id) => id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase()).replace(/^(\d)/, '_$1');
await writeFile(
  `${storiesDir}bundled-exercises.stories.ts`,
  `${header}import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/exercise-card.js';

/** Every exercise of the bundled dataset, as a card. */
const meta: Meta = { title: 'Dataset/Exercises', component: 'exercise-card', tags: ['!autodocs'] };
export default meta;

${dataset.exercises.map((e) => `export const ${storyName(e.id)}: StoryObj = { name: ${JSON.stringify(e.name.en)}, render: () => html\`<exercise-card exercise="${e.id}" timer></exercise-card>\` };`).join('\n')}
`,
);
await writeFile(
  `${storiesDir}bundled-routines.stories.ts`,
  `${header}import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/routine-player.js';

/** Every routine of the bundled dataset, in a player. */
const meta: Meta = { title: 'Dataset/Routines', component: 'routine-player', tags: ['!autodocs'] };
export default meta;

${dataset.routines.map((r) => `export const ${storyName(r.id)}: StoryObj = { name: ${JSON.stringify(r.name.en)}, render: () => html\`<routine-player routine="${r.id}"></routine-player>\` };`).join('\n')}
`,
);
