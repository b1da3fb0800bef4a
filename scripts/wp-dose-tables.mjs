// What the WordPress plugin's PHP needs to word a dose exactly as the element does (formatDose() in
// src/i18n/format-dose.ts), taken at plugin build time from the same sources the element uses:
// the messages from the XLIFF files (the source text for English) and every number, unit, range,
// list and plural form from Intl, in the same Node that runs the renderer. Each pattern is checked
// here over every number PHP may use it for (0 to 999; larger numbers get no prerendered dose).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX = 999;
const CATEGORY_LETTERS = { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' };
// The dose line's messages, and the player header's (position, round, time left) for a routine's own plan.
const MESSAGE = /^(dose\.|plural\.(sets|reps|times)\.|player\.(exercise-of|round-of|time-left)$)/;

const decode = (text) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The dose messages of one XLIFF file: id -> text with `{0}`, `{1}` for its values. */
function messagesOf(xliff, useSource) {
  const messages = {};
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    if (!MESSAGE.test(id)) continue;
    const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1];
    const target = body.match(/<target>([\s\S]*?)<\/target>/)?.[1];
    const text = useSource || target === undefined ? source : target;
    if (text !== undefined) messages[id] = decode(text.replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}'));
  }
  return messages;
}

/** `format(n)` with the number made `{0}`, checked to hold for every `n` it is kept for. */
function patternOf(text, ...numbers) {
  let pattern = text;
  numbers.forEach((n, i) => {
    pattern = pattern.replace(String(n), `{${i}}`);
  });
  return pattern;
}
const fill = (pattern, ...values) => values.reduce((text, value, i) => text.replace(`{${i}}`, value), pattern);

function assert(ok, what) {
  if (!ok) throw new Error(`wp-dose-tables: ${what}`);
}

/** The tables of one language. */
function tablesOf(lang, messages) {
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const plural = Array.from({ length: MAX + 1 }, (_, n) => CATEGORY_LETTERS[rules.select(n)]).join('');
  for (let n = 0; n <= MAX; n += 1) assert(numbers.format(n) === String(n), `${lang}: ${n} is not written with plain digits`);

  // A range's plural category is a function of its ends' categories (CLDR plural ranges).
  const ranges = {};
  const numberRange = patternOf(numbers.formatRange(11, 22), 11, 22);
  const unitRanges = { second: {}, minute: {} };
  const units = { second: {}, minute: {}, hour: {} };
  const formats = Object.fromEntries(['second', 'minute', 'hour'].map((unit) => [unit, new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short' })]));
  const unitFormat = (unit) => formats[unit];
  for (const unit of Object.keys(units)) {
    for (let n = 0; n <= MAX; n += 1) {
      const letter = plural[n];
      const text = unitFormat(unit).format(n);
      units[unit][letter] ??= patternOf(text, n);
      assert(fill(units[unit][letter], String(n)) === text, `${lang}: ${n} ${unit} is not "${units[unit][letter]}"`);
    }
  }
  for (let a = 0; a < 130; a += 1) {
    for (let b = a + 1; b <= 130; b += 1) {
      const key = plural[a] + plural[b];
      const letter = CATEGORY_LETTERS[rules.selectRange(a, b)];
      ranges[key] ??= letter;
      assert(ranges[key] === letter, `${lang}: the plural of ${a}-${b} is not decided by its ends' categories`);
      assert(numbers.formatRange(a, b) === fill(numberRange, String(a), String(b)), `${lang}: ${a}-${b} is not "${numberRange}"`);
      for (const unit of Object.keys(unitRanges)) {
        const text = unitFormat(unit).formatRange(a, b);
        unitRanges[unit][letter] ??= patternOf(text, a, b);
        assert(fill(unitRanges[unit][letter], String(a), String(b)) === text, `${lang}: ${a}-${b} ${unit} is not "${unitRanges[unit][letter]}"`);
      }
    }
  }
  const list = new Intl.ListFormat(lang, { style: 'narrow', type: 'unit' }).format(['{0}', '{1}']);
  return { messages, plural, ranges, numberRange, units, unitRanges, list };
}

/** The dose tables of every language, keyed by language. */
export function doseTables(root, languages) {
  const tables = {};
  for (const lang of languages) {
    const file = join(root, 'xliff', `${lang === 'en' ? languages.find((l) => l !== 'en') : lang}.xlf`);
    tables[lang] = tablesOf(lang, messagesOf(readFileSync(file, 'utf8'), lang === 'en'));
  }
  return tables;
}
