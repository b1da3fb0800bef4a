import { setTemplates, type Templates } from './msg.js';
import { allLocales, sourceLocale } from './generated/locale-codes.js';
import { partLoaders, stringsParts as PARTS, type StringsPart } from './generated/locale-parts.js';

/**
 * Whose UI strings: each element downloads its own, per locale (a card in Spanish does not fetch
 * the player's); a card's or player's timer fetches the timer's with its code. `vocabulary` (the
 * words of categories, positions, equipment and muscles) is fetched only for an exercise that did
 * not bring its own (see vocabulary-words.ts). Split, and their loaders written, by scripts/generate.mjs.
 */
export type { StringsPart };

/** Loads, by `${locale} ${part}`. */
const pending = new Map<string, Promise<void>>();
/** Locales an app gave its own strings for (never loaded over), and those of them we do not ship. */
const overridden = new Set<string>();
const registered = new Set<string>();

/** The locales elements can speak: the shipped ones and any added with `registerTranslations`. */
export const supportedLocales = (): string[] => [...allLocales, ...registered];

/** The part of the strings an element shows, by its tag's last word (`exercise-card`: `card`); all of them for another tag. */
export const stringsOf = (tag: string): readonly StringsPart[] => PARTS.filter((part) => tag.endsWith(`-${part}`));

/**
 * Loads the UI strings of `locale` once per page: those of `parts` (default: every element's).
 * Resolves when they are ready; a chunk that fails to load resolves too (the element stays in
 * English rather than breaking).
 */
export function loadTranslations(locale: string, parts: readonly StringsPart[] = PARTS): Promise<void> {
  if (locale === sourceLocale || overridden.has(locale)) return Promise.resolve();
  return Promise.all(
    (parts.length ? parts : PARTS).map((part) => {
      let promise = pending.get(`${locale} ${part}`);
      if (!promise) {
        const loader = partLoaders[locale]?.[part];
        promise = loader
          ? loader().then(
              (module) => setTemplates(locale, module.templates, true),
              (error: unknown) => console.error(`exercise-elements: the "${locale}" strings could not be loaded`, error),
            )
          : Promise.resolve();
        pending.set(`${locale} ${part}`, promise);
      }
      return promise;
    }),
  ).then(() => undefined);
}

/**
 * Adds or replaces the UI strings of a locale: for an app that translates our XLIFF into a
 * language we do not ship, or wants its own wording. `templates` is the object a
 * `lit-localize build` locale module exports.
 */
export function registerTranslations(locale: string, templates: Templates): void {
  setTemplates(locale, templates);
  overridden.add(locale);
  if (!(allLocales as readonly string[]).includes(locale)) registered.add(locale);
}
