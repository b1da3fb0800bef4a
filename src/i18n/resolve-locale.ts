import { sourceLocale } from './generated/locale-codes.js';
import { supportedLocales } from './translations.js';

/** The element's own `lang`, else the closest ancestor's (across shadow roots), else `<html lang>`, else `en`. */
export function languageOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || sourceLocale;
}

/** The supported UI locale for a language tag: exact, then the language alone (`pt-BR` -> `pt`), else `en`. */
export function matchLocale(tag: string): string {
  const locales = supportedLocales();
  const wanted = tag.trim().toLowerCase();
  const exact = locales.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return locales.find((l) => l.toLowerCase() === language) ?? sourceLocale;
}

/** The locale numbers, lists and words are formatted in for `lang`: `lang` itself when it is a variant of its UI locale (`ar-EG`), else that locale. */
export function intlLocaleOf(lang: string, locale = matchLocale(lang)): string {
  return lang.toLowerCase().split('-')[0] === locale.toLowerCase().split('-')[0] ? lang : locale;
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'dv', 'yi', 'ku', 'sd', 'ug']);

/** Writing direction of a language tag, through Intl.Locale where the browser has it. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction) return info.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    // An invalid tag: fall through to the language table.
  }
  return RTL_LANGUAGES.has(tag.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
