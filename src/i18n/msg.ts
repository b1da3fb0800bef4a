/**
 * Per-element localization on top of @lit/localize's message format.
 *
 * @lit/localize's runtime has one active locale per page and may be configured only once, but our
 * elements follow their own `lang` (two cards in two languages on one page) and must never clash
 * with an app that configures @lit/localize itself. So strings are written with `msg()` and
 * `str` as usual (the lit-localize CLI extracts them to XLIFF and builds the locale modules),
 * while this module's `msg` looks them up in the locale of the element being rendered.
 * Every message has an explicit `id`, so no hashing is needed at run time.
 */
import type { msg as litMsg } from '@lit/localize';
import { sourceLocale } from './generated/locale-codes.js';

export { str } from '@lit/localize/internal/str-tag.js';

type StrResult = { readonly strTag: true; readonly strings: readonly string[]; readonly values: readonly unknown[] };
/** A built locale module's `templates`: plain strings, or `str` templates whose values are source indexes. */
export type Templates = Readonly<Record<string, string | { readonly strTag: true; readonly strings: readonly string[]; readonly values: readonly unknown[] }>>;

const catalogs = new Map<string, Templates>();
let current: string = sourceLocale;

/** Makes `templates` (as built by `lit-localize build`, or an app's own) the strings of `locale`. */
export function setTemplates(locale: string, templates: Templates): void {
  catalogs.set(locale, templates);
}

export const hasTemplates = (locale: string): boolean => locale === sourceLocale || catalogs.has(locale);

/** Runs `fn` with `msg()` answering in `locale`; views wrap their render in it. */
export function inLocale<T>(locale: string, fn: () => T): T {
  const previous = current;
  current = locale;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

const join = (strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]) =>
  strings.reduce((text, part, i) => (i === 0 ? part : `${text}${String(values[order ? Number(order[i - 1]) : i - 1])}${part}`), '');

export const msg = ((template: string | StrResult, options?: { id?: string }) => {
  const localized = options?.id ? catalogs.get(current)?.[options.id] : undefined;
  const values = typeof template === 'string' ? [] : template.values;
  if (typeof localized === 'string') return localized;
  if (localized) return join(localized.strings, values, localized.values);
  return typeof template === 'string' ? template : join(template.strings, values);
}) as unknown as typeof litMsg;
