import { hasTemplates, setTemplates, type Templates } from './msg.js';
import type { targetLocales } from './generated/locale-codes.js';
import { allLocales, sourceLocale } from './generated/locale-codes.js';

type TargetLocale = (typeof targetLocales)[number];
type TemplatesModule = { templates: Templates };

/** A static map so that bundlers split one chunk per locale and load it only when a page needs it. */
const LOADERS: Readonly<Record<TargetLocale, () => Promise<TemplatesModule>>> = {
  es: () => import('./generated/locales/es.js'),
  fr: () => import('./generated/locales/fr.js'),
  de: () => import('./generated/locales/de.js'),
  pt: () => import('./generated/locales/pt.js'),
  ar: () => import('./generated/locales/ar.js'),
};

const pending = new Map<string, Promise<void>>();
const registered = new Set<string>();

/** The locales elements can speak: the shipped ones and any added with `registerTranslations`. */
export const supportedLocales = (): string[] => [...allLocales, ...registered];

/**
 * Loads the UI strings of `locale` once per page. Resolves when they are ready; a locale whose
 * chunk fails to load resolves too (the element stays in English rather than breaking).
 */
export function loadTranslations(locale: string): Promise<void> {
  if (hasTemplates(locale) || locale === sourceLocale) return Promise.resolve();
  let promise = pending.get(locale);
  if (!promise) {
    const loader = (LOADERS as Readonly<Record<string, (() => Promise<TemplatesModule>) | undefined>>)[locale];
    promise = loader
      ? loader().then(
          (module) => setTemplates(locale, module.templates),
          (error: unknown) => console.error(`exercise-elements: the "${locale}" strings could not be loaded`, error),
        )
      : Promise.resolve();
    pending.set(locale, promise);
  }
  return promise;
}

/**
 * Adds or replaces the UI strings of a locale: for an app that translates our XLIFF into a
 * language we do not ship, or wants its own wording. `templates` is the object a
 * `lit-localize build` locale module exports.
 */
export function registerTranslations(locale: string, templates: TemplatesModule['templates']): void {
  setTemplates(locale, templates);
  if (!(allLocales as readonly string[]).includes(locale)) registered.add(locale);
  pending.set(locale, Promise.resolve());
}
