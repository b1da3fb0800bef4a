/**
 * Loading an exercise for `<exercise-card>`: from its `exercise` id and its `src` or inline
 * dataset, into the exercise and the dataset it came from; or an error with a code (and, for an
 * unknown id, the closest known ids). No state and no view: the element keeps the latest result.
 */
import { exerciseIds, getExercise } from '../../data/store.js';
import type { Dataset, Exercise, LocalizedText } from '../../data/types.js';
import { loadVocabulary } from '../../i18n/vocabulary-words.js';
import { datasetScope } from '../../internal/dataset-scope.js';
import type { ExerciseCardErrorCode } from './exercise-card.events.js';

export type LoadedExercise =
  | { readonly ok: true; readonly exercise: Exercise; readonly scope?: Dataset; readonly names: ReadonlyMap<string, LocalizedText> }
  | { readonly ok: false; readonly code: ExerciseCardErrorCode; readonly message: string; readonly suggestions?: readonly string[] };

/**
 * `lang`: the language of the bundled text to load (the card's), per field else English. The
 * variations' names come with it, so that the card renders once with everything it shows.
 */
export async function loadExercise(host: HTMLElement, exercise: string | undefined, src: string | undefined, lang: string): Promise<LoadedExercise> {
  const scoped = await datasetScope(host, src);
  if (!scoped.ok) return { ok: false, code: scoped.error.code, message: scoped.error.message };
  const id = exercise?.trim() || scoped.scope?.exercises?.[0]?.id;
  if (!id) return { ok: false, code: 'missing-id', message: 'no exercise attribute' };
  let found: PreloadedExercise | undefined;
  try {
    found = await preloadExercise(id, scoped.scope, lang);
  } catch (error) {
    // A file could not be fetched (offline): the exercise's own, or the vocabulary of one from other data.
    return { ok: false, code: 'network', message: String(error) };
  }
  if (found) return { ok: true, ...found };
  const { closestIds } = await import('../../data/closest-ids.js');
  const suggestions = closestIds(id, exerciseIds(scoped.scope));
  return { ok: false, code: 'not-found', message: `no exercise "${id}"${suggestions.length ? ` (did you mean ${suggestions.join(', ')}?)` : ''}`, suggestions };
}

/** The names of an exercise's easier and harder variations, by id (those that exist). */
export async function variationNames(exercise: Exercise, scope: Dataset | undefined, lang?: string): Promise<Map<string, LocalizedText>> {
  const related = [...(exercise.variations?.easier ?? []), ...(exercise.variations?.harder ?? [])];
  const found = await Promise.all(related.map((r) => getExercise(r, scope, lang)));
  return new Map(found.flatMap((e) => (e ? [[e.id, e.name] as const] : [])));
}

/** An exercise loaded ahead of rendering, for `<exercise-card>`'s `preloaded` property. */
export interface PreloadedExercise {
  readonly exercise: Exercise;
  /** Names of its easier and harder variations, by id. */
  readonly names: ReadonlyMap<string, LocalizedText>;
  /** The dataset it came from, when not the bundled or registered data. */
  readonly scope?: Dataset;
}

/**
 * Loads an exercise and its variations' names through the store, or undefined for an unknown id;
 * with `lang`, its bundled text in that language (and its source's cautions), as a live card does,
 * and the vocabulary words its card shows.
 */
export async function preloadExercise(id: string, scope?: Dataset, lang?: string): Promise<PreloadedExercise | undefined> {
  const exercise = await getExercise(id, scope, lang);
  if (!exercise) return undefined;
  const [names] = await Promise.all([variationNames(exercise, scope, lang), loadVocabulary(exercise, lang ?? 'en')]);
  return { exercise, names, scope };
}
