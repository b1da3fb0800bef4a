/**
 * The vocabulary words a card shows (category, position, equipment, main muscles), without every
 * word of every vocabulary on the page: a bundled exercise's chunk brings the few it uses, in its
 * language (generated from vocabulary-labels.ts and the XLIFF, so the same words). Only an
 * exercise from other data (a `src` file, inline JSON, `registerDataset`) loads the full tables
 * and their translations, once per page. An app's own translations (`registerTranslations`) win.
 */
import { bundledWords } from '../data/store.js';
import type { Exercise } from '../data/types.js';
import { vocabularyIds } from '../data/vocabulary-ids.js';
import { catalogString } from './msg.js';
import { intlLocaleOf, matchLocale } from './resolve-locale.js';
import { loadTranslations } from './translations.js';
import type * as VocabularyTables from './vocabulary-labels.js';

type Tables = typeof VocabularyTables;
let tables: Promise<Tables> | undefined;
let loaded: Tables | undefined;

type Described = Pick<Exercise, 'category' | 'position' | 'equipment' | 'muscles'>;

/** The word `exercise`'s chunk brought for `id` (a bundled exercise's). */
const broughtWord = (exercise: Described, id: string): string | undefined => bundledWords(exercise)?.split('\n')[vocabularyIds(exercise).indexOf(id)];

/** The word for a vocabulary id (`equipment.wall`) of `exercise`, in `locale` (a card's `intlLocale`). */
export const vocabularyWord = (locale: string, exercise: Described, id: string): string =>
  catalogString(locale, id) ?? broughtWord(exercise, id) ?? loaded?.vocabularyLabel(locale, id) ?? id;

/**
 * Resolves once every word a card shows of `exercise` can be said in `lang`: at once for a
 * bundled exercise (its chunk brought them), else once the full tables and their translations
 * are loaded; rejects when they cannot be fetched.
 */
export async function loadVocabulary(exercise: Described, lang: string): Promise<void> {
  const locale = intlLocaleOf(lang);
  if (vocabularyIds(exercise).every((id) => (catalogString(locale, id) ?? broughtWord(exercise, id)) !== undefined)) return;
  tables ??= import('./vocabulary-labels.js').catch((error: unknown) => {
    tables = undefined;
    throw error;
  });
  [loaded] = await Promise.all([tables, loadTranslations(matchLocale(lang), ['vocabulary'])]);
}
