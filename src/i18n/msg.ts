/**
 * Per-element localization on top of @lit/localize's message format.
 *
 * @lit/localize's runtime has one active locale per page and may be configured only once, but our
 * elements follow their own `lang` (two cards in two languages on one page) and must never clash
 * with an app that configures @lit/localize itself. So strings are written with `msg()` and
 * `str` as usual (the lit-localize CLI extracts them to XLIFF and builds the locale modules),
 * while this module's `msg` looks them up in the locale of the element being rendered.
 */
import type { msg as litMsg } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { sourceLocale } from './generated/locale-codes.js';

export { str } from '@lit/localize';

type Templates = Parameters<typeof runtimeMsg>[0];

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

/** The UI locale `msg()` answers in right now. */
export const activeLocale = (): string => current;

export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) =>
  runtimeMsg(current === sourceLocale ? undefined : catalogs.get(current), template, options)) as typeof litMsg;
