import { bundledExerciseIds, bundledRoutineIds } from '../data/generated/bundled.js';
import { bundledChunk } from '../data/store.js';
import { languageOf, matchLocale } from '../i18n/resolve-locale.js';
import { loadTranslations, stringsOf } from '../i18n/translations.js';

/**
 * Starts, as the script runs, what an element found in the page will ask for once its code has
 * arrived and run: its UI strings and its bundled exercise or routine, in the element's language.
 * Its own loads then find them under way (each is fetched once per page), so that on a phone
 * network the card's code, its strings and its data arrive together rather than one round trip
 * after another. Data from elsewhere (a `src` file, inline JSON) is left to the element; so is
 * data registered under a bundled id, which at this point only another copy of the library on
 * the page could have done.
 */
export function fetchEarly(element: Element): void {
  // The language and UI locale the element will resolve (LocaleController), asked the same way.
  const lang = languageOf(element);
  void loadTranslations(matchLocale(lang), stringsOf(element.localName));
  if (element.hasAttribute('src') || element.querySelector(':scope > script[type="application/json"]')) return;
  const card = element.localName === 'exercise-card';
  const at = (card ? bundledExerciseIds : bundledRoutineIds).indexOf(element.getAttribute(card ? 'exercise' : 'routine') ?? '');
  // A failed fetch is the element's to report, when it asks again.
  if (at !== -1) bundledChunk(card ? 'exercises' : 'routines', at, lang).catch(() => undefined);
}
