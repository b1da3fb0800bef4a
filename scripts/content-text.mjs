// Dataset text for translators: the stable ids of the texts in src/data/bundled/sources/*.json
// and the XLIFF 1.2 files (xliff/content/<lang>.xlf) that hold their translations.
// Shared by extract-content.mjs (writes the files), build-data.mjs (merges the targets into the
// dataset) and i18n-report.mjs (counts them).
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../', import.meta.url));
export const sourcesDir = `${root}src/data/bundled/sources/`;
export const contentDir = `${root}xliff/content/`;
export const SOURCE_LOCALE = 'en';

/** The content languages, from the UI's lit-localize config: adding a language there adds it here. */
export async function targetLocales() {
  const config = JSON.parse(await readFile(`${root}lit-localize.json`, 'utf8'));
  return config.targetLocales;
}

const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** A localized text map: `{ "en": "...", "es": "..." }`. */
export const isText = (value) =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof value[SOURCE_LOCALE] === 'string' &&
  Object.entries(value).every(([k, v]) => LOCALE.test(k) && typeof v === 'string');

const KINDS = [
  ['sources', 'source'],
  ['exercises', 'exercise'],
  ['routines', 'routine'],
];

/** The authored files, in file-name order (the order the ids were first made in). */
export async function readSourceFiles() {
  const files = (await readdir(sourcesDir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(files.map(async (file) => ({ file, json: JSON.parse(await readFile(sourcesDir + file, 'utf8')) })));
}

const FIELD_WORDS = { steps: 'step', tips: 'tip', cautions: 'caution', media: 'media', alt: 'alt text', dose: 'dose', note: 'note' };

/** "step 3 of 5", "dose note": where in its record a text sits, for the translator. */
function fieldNote(path, record) {
  return path
    .map((key, i) => {
      if (/^\d+$/.test(key)) {
        const list = path.slice(0, i).reduce((o, k) => o?.[k], record);
        return `${Number(key) + 1} of ${Array.isArray(list) ? list.length : '?'}`;
      }
      return FIELD_WORDS[key] ?? key;
    })
    .join(' ');
}

/**
 * Every localized text of the authored dataset with its stable id: `<kind>.<record id>.<key path>`
 * (array indexes as numbers), e.g. `exercise.wall-angels.steps.2`. `text` is the map itself, so
 * callers can read or write any language of it.
 */
export function collectTexts(files) {
  const units = [];
  const walk = (value, path, record, context) => {
    if (isText(value)) {
      units.push({ id: path.join('.'), text: value, context: `${context}: ${fieldNote(path.slice(2), record)}` });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, String(i)], record, context));
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k], record, context);
    }
  };
  for (const { file, json } of files) {
    for (const [key, kind] of KINDS) {
      for (const record of json[key] ?? []) {
        const name = record.name?.en ?? record.title ?? record.id;
        const context = `${kind} '${name}' (${record.id}, ${file})`;
        for (const [k, v] of Object.entries(record)) if (k !== 'id') walk(v, [kind, record.id, k], record, context);
      }
    }
  }
  return units;
}

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeXml = (s) =>
  s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, c) => c.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
const attribute = (attrs, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/**
 * Reads one of our content XLIFF files (as written by `writeXliff`, or re-saved by a translation
 * tool): id -> { source, target, state, previousSource }.
 */
export function parseXliff(xml) {
  const units = new Map();
  for (const [, attrs, body] of xml.matchAll(/<trans-unit\b([^>]*)>([\s\S]*?)<\/trans-unit>/g)) {
    const id = attribute(attrs, 'id');
    if (id === undefined) continue;
    const source = /<source\b[^>]*>([\s\S]*?)<\/source>/.exec(body);
    const target = /<target\b([^>]*)>([\s\S]*?)<\/target>/.exec(body);
    const previous = /<note\b[^>]*from="previous-source"[^>]*>([\s\S]*?)<\/note>/.exec(body);
    units.set(unescapeXml(id), {
      source: source ? unescapeXml(source[1]) : '',
      target: target ? unescapeXml(target[2]) : undefined,
      state: target ? attribute(target[1], 'state') : undefined,
      previousSource: previous ? unescapeXml(previous[1]) : undefined,
    });
  }
  return units;
}

/** XLIFF 1.2: source beside target, a stable id, a note with context; a changed source keeps its old English in a note. */
export function writeXliff(locale, units) {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- Dataset text of exercise-elements. Refresh with `npm run extract-content`; see README "Add a language". -->',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `<file target-language="${locale}" source-language="${SOURCE_LOCALE}" original="src/data/bundled/sources" datatype="plaintext">`,
    '<body>',
  ];
  for (const u of units) {
    lines.push(`<trans-unit id="${escapeXml(u.id)}">`, `  <source>${escapeXml(u.source)}</source>`);
    if (u.target !== undefined) lines.push(`  <target${u.state ? ` state="${u.state}"` : ''}>${escapeXml(u.target)}</target>`);
    lines.push(`  <note from="context">${escapeXml(u.context)}</note>`);
    if (u.previousSource !== undefined) lines.push(`  <note from="previous-source">${escapeXml(u.previousSource)}</note>`);
    lines.push('</trans-unit>');
  }
  lines.push('</body>', '</file>', '</xliff>', '');
  return lines.join('\n');
}

/** States whose target the build does not use: the English changed since it was translated. */
export const needsReview = (state) => typeof state === 'string' && state.startsWith('needs-review');

/** Reads xliff/content/<locale>.xlf, or an empty map when it does not exist yet. */
export async function readContentXliff(locale) {
  try {
    return parseXliff(await readFile(`${contentDir}${locale}.xlf`, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return new Map();
    throw error;
  }
}
