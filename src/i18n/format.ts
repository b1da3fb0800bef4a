/**
 * Numbers, durations and lists through Intl, in the locale the caller names. No hand-made
 * plural rules: Intl's unit formatting and PluralRules carry them.
 */

/**
 * Formatters, and the texts of ranges: ICU spends tens of microseconds on each `formatRange` and
 * `selectRange` (a hundred times a plain `format`), and a page of cards asks for the same few again and again.
 */
const cache = new Map<string, unknown>();
export const cached = <T>(key: string, make: () => T): T => {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
};

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

export const formatNumber = (value: number, locale: string): string => numberFormat(locale).format(value);

/** `8-12` with the locale's digits and an en dash. */
export const formatRange = (min: number, max: number, locale: string): string =>
  min === max ? formatNumber(min, locale) : cached(`r|${locale}|${min}|${max}`, () => numberFormat(locale).formatRange(min, max));

type UnitStyle = 'short' | 'long' | 'narrow';

/** `40 s`, `5 min`, `1 min 30 s` (short) or `40 seconds` (long), for a number of seconds. */
export function formatSeconds(seconds: number, locale: string, style: UnitStyle = 'short'): string {
  const whole = Math.round(seconds);
  const unit = (value: number, name: 'second' | 'minute' | 'hour') =>
    numberFormat(locale, { style: 'unit', unit: name, unitDisplay: style }).format(value);
  if (whole < 60) return unit(whole, 'second');
  if (whole < 3600) {
    const minutes = Math.floor(whole / 60);
    const rest = whole % 60;
    return rest === 0 ? unit(minutes, 'minute') : formatList([unit(minutes, 'minute'), unit(rest, 'second')], locale, 'unit');
  }
  const hours = Math.floor(whole / 3600);
  const minutes = Math.round((whole % 3600) / 60);
  return minutes === 0 ? unit(hours, 'hour') : formatList([unit(hours, 'hour'), unit(minutes, 'minute')], locale, 'unit');
}

/** A range of seconds in one unit: `15-30 s`, `5-10 min`. */
export function formatSecondsRange(min: number, max: number, locale: string, style: UnitStyle = 'short'): string {
  if (min === max) return formatSeconds(min, locale, style);
  const inMinutes = min >= 60 && min % 60 === 0 && max % 60 === 0;
  return cached(`r|${locale}|${style}|${min}|${max}`, () => {
    const format = numberFormat(locale, { style: 'unit', unit: inMinutes ? 'minute' : 'second', unitDisplay: style });
    return inMinutes ? format.formatRange(min / 60, max / 60) : format.formatRange(min, max);
  });
}

export function formatList(items: readonly string[], locale: string, type: Intl.ListFormatType = 'conjunction'): string {
  return cached(`l|${locale}|${type}`, () => new Intl.ListFormat(locale, { style: type === 'unit' ? 'narrow' : 'long', type })).format(items);
}

/** The plural category of `count` in `locale`: pick the matching form of a message. */
export const pluralRules = (locale: string): Intl.PluralRules => cached(`p|${locale}`, () => new Intl.PluralRules(locale));

export const pluralCategory = (count: number, locale: string): Intl.LDMLPluralRule => pluralRules(locale).select(count);
