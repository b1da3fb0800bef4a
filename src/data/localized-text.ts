import type { LocalizedText } from './types.js';

/** A piece of dataset text together with the locale it is actually written in. */
export interface LocalizedString {
  readonly text: string;
  /** The locale the text came from: differs from the requested one when it fell back. */
  readonly lang: string;
}

/** `es-MX` -> `['es-MX', 'es', 'en']`: the order in which dataset text is looked up. */
export function fallbackChain(locale: string, sourceLocale = 'en'): string[] {
  const chain: string[] = [];
  const parts = locale.split('-');
  for (let n = parts.length; n > 0; n--) chain.push(parts.slice(0, n).join('-'));
  if (!chain.includes(sourceLocale)) chain.push(sourceLocale);
  return chain;
}

/**
 * Picks the text for `locale`, falling back per field (es-MX -> es -> en -> any language the
 * text has), and says which locale it came from so a view can mark it with `lang`.
 */
export function pickText(text: LocalizedText, locale: string): LocalizedString {
  const keys = Object.keys(text);
  for (const wanted of fallbackChain(locale)) {
    const key = keys.find((k) => k.toLowerCase() === wanted.toLowerCase());
    if (key !== undefined) return { text: text[key] ?? '', lang: key };
  }
  const first = keys[0];
  return first === undefined ? { text: '', lang: locale } : { text: text[first] ?? '', lang: first };
}
