/**
 * The registry of exercises, routines and sources: data registered at run time first, then the
 * bundled dataset, whose exercises and routines load as small chunks on first use: in one
 * language when a `lang` is given (what elements do, see bundled-text.ts), else in all.
 * No validator here: only already-validated data enters (see datasets.ts, load-dataset.ts).
 * Registered data lives in the page-wide registry that every copy of the library shares.
 */
import { loadBundledChunk } from './bundled-chunk.js';
import { addCautions, bundledTextFor, loadedCautions, textLocale } from './bundled-text.js';
import { bundledExerciseIds, bundledRoutineIds, bundledSources } from './generated/bundled.js';
import { pageRegistry as registered } from './page-registry.js';
import type { Dataset, Exercise, Routine, Source } from './types.js';

/** Adds a dataset that has already passed `validateDataset`; its entries win over bundled ones with the same id. */
export function addValidatedDataset(dataset: Dataset): void {
  for (const source of dataset.sources ?? []) registered.sources.set(source.id, source);
  for (const exercise of dataset.exercises ?? []) registered.exercises.set(exercise.id, exercise);
  for (const routine of dataset.routines ?? []) registered.routines.set(routine.id, routine);
  registered.changes.dispatchEvent(new Event('registered'));
}

/** Registrations still being validated (from any copy): lookups wait for them so that order on the page does not matter. */
const pendingRegistrations = registered.pending;

export function trackRegistration(registration: Promise<unknown>): void {
  pendingRegistrations.add(registration);
  void registration.finally(() => pendingRegistrations.delete(registration));
}

const settled = async (): Promise<void> => {
  while (pendingRegistrations.size > 0) await Promise.allSettled([...pendingRegistrations]);
};

/** The vocabulary words each bundled exercise's chunk brought, by the exercise it returned. */
const wordsOf = new WeakMap<object, string>();

/** Each bundled chunk's import, by kind, text locale and position: a page of cards showing the same exercise imports it once. */
const imported = new Map<string, ReturnType<typeof loadBundledChunk>>();

/** The chunk of the bundled exercise or routine at `at`, in `lang`, imported once per page; a failed fetch (offline) is tried again next time. */
export function bundledChunk(kind: 'exercises' | 'routines', at: number, lang: string | undefined): ReturnType<typeof loadBundledChunk> {
  const key = `${kind} ${textLocale(lang)} ${at}`;
  let pending = imported.get(key);
  if (!pending) {
    pending = loadBundledChunk(kind, at, lang).catch((error: unknown) => {
      imported.delete(key);
      throw error;
    });
    imported.set(key, pending);
  }
  return pending;
}

/** A bundled exercise or routine in `lang`, with what its chunk brought: its source's cautions, an exercise's words. */
const loadBundled = async <T extends Exercise | Routine>(ids: readonly string[], kind: 'exercises' | 'routines', id: string, lang: string | undefined): Promise<T | undefined> => {
  const at = ids.indexOf(id);
  const chunk = at === -1 ? undefined : await bundledChunk(kind, at, lang);
  if (!chunk) return undefined;
  const found = chunk.default as T;
  if (found.source && chunk.cautions) addCautions(found.source, lang, chunk.cautions);
  if (chunk.words !== undefined) wordsOf.set(found, chunk.words);
  return found;
};

/**
 * The vocabulary words a bundled exercise's chunk brought, in its language: one per line, in the
 * order of `vocabularyIds(exercise)` (vocabulary-ids.ts). Undefined for other exercises.
 */
export const bundledWords = (exercise: object): string | undefined => wordsOf.get(exercise);

/** An exercise or routine from other data that credits a bundled source: its cautions in `lang` come from the locale's index. */
const withSourceText = async <T extends { readonly source?: string }>(found: T | undefined, lang: string | undefined) => {
  if (found?.source && bundledSources.some((s) => s.id === found.source)) await bundledTextFor(lang);
  return found;
};

/**
 * Finds an exercise by id, in `scope` (a dataset from a `src` file or inline JSON) first, then in
 * registered data, then in the bundled dataset. With `lang`, a bundled exercise comes with its text
 * in that language only (per field, else English): what an element needs; without, in every language.
 */
export async function getExercise(id: string, scope?: Dataset, lang?: string): Promise<Exercise | undefined> {
  await settled();
  const own = scope?.exercises?.find((e) => e.id === id) ?? registered.exercises.get(id);
  return own ? withSourceText(own, lang) : loadBundled<Exercise>(bundledExerciseIds, 'exercises', id, lang);
}

/** Finds a routine by id, in `scope` first, then in registered data, then in the bundled dataset (`lang` as for `getExercise`). */
export async function getRoutine(id: string, scope?: Dataset, lang?: string): Promise<Routine | undefined> {
  await settled();
  const own = scope?.routines?.find((r) => r.id === id) ?? registered.routines.get(id);
  return own ? withSourceText(own, lang) : loadBundled<Routine>(bundledRoutineIds, 'routines', id, lang);
}

/**
 * Finds the source an exercise or routine credits. A bundled source's cautions are text: they are
 * there in `lang` (every language without one) once `getExercise` or `getRoutine` has found
 * something crediting it in that language.
 */
export function getSource(id: string, scope?: Dataset, lang?: string): Source | undefined {
  const found = scope?.sources?.find((s) => s.id === id) ?? registered.sources.get(id);
  if (found) return found;
  const bundled = bundledSources.find((s) => s.id === id);
  const cautions = bundled && loadedCautions(id, lang);
  return bundled && cautions ? { ...bundled, cautions } : bundled;
}

/** Every exercise id that `getExercise` can find (for "did you mean" suggestions). */
export function exerciseIds(scope?: Dataset): string[] {
  const ids = new Set([...(scope?.exercises ?? []).map((e) => e.id), ...registered.exercises.keys(), ...bundledExerciseIds]);
  return [...ids];
}

/** Every routine id that `getRoutine` can find. */
export function routineIds(scope?: Dataset): string[] {
  const ids = new Set([...(scope?.routines ?? []).map((r) => r.id), ...registered.routines.keys(), ...bundledRoutineIds]);
  return [...ids];
}

/** Ids of the bundled dataset, for validating references in other datasets. */
export const bundledIds = {
  exercises: (): string[] => [...bundledExerciseIds],
  sources: (): string[] => bundledSources.map((s) => s.id),
};
