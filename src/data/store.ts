/**
 * The registry of exercises, routines and sources: data registered at run time first, then the
 * bundled dataset, whose exercises and routines load as small chunks on first use.
 * No validator here: only already-validated data enters (see dataset-api.ts, load-dataset.ts).
 * Registered data lives in the page-wide registry that every copy of the library shares.
 */
import { bundledExercises, bundledRoutines, bundledSources } from './generated/bundled.js';
import { pageRegistry as registered } from './page-registry.js';
import type { Dataset, Exercise, Routine, Source } from './types.js';

/** Adds a dataset that has already passed `validateDataset`; its entries win over bundled ones with the same id. */
export function addValidatedDataset(dataset: Dataset): void {
  for (const source of dataset.sources ?? []) registered.sources.set(source.id, source);
  for (const exercise of dataset.exercises ?? []) registered.exercises.set(exercise.id, exercise);
  for (const routine of dataset.routines ?? []) registered.routines.set(routine.id, routine);
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

const loadBundled = async <T>(loaders: Readonly<Record<string, () => Promise<T>>>, id: string) =>
  Object.hasOwn(loaders, id) ? loaders[id]?.() : undefined;

/**
 * Finds an exercise by id, in `scope` (a dataset from a `src` file or inline JSON) first, then in
 * registered data, then in the bundled dataset.
 */
export async function getExercise(id: string, scope?: Dataset): Promise<Exercise | undefined> {
  await settled();
  return (
    scope?.exercises?.find((e) => e.id === id) ??
    registered.exercises.get(id) ??
    (await loadBundled(bundledExercises, id))
  );
}

/** Finds a routine by id, in `scope` first, then in registered data, then in the bundled dataset. */
export async function getRoutine(id: string, scope?: Dataset): Promise<Routine | undefined> {
  await settled();
  return (
    scope?.routines?.find((r) => r.id === id) ??
    registered.routines.get(id) ??
    (await loadBundled(bundledRoutines, id))
  );
}

/** Finds the source an exercise or routine credits. */
export function getSource(id: string, scope?: Dataset): Source | undefined {
  return scope?.sources?.find((s) => s.id === id) ?? registered.sources.get(id) ?? bundledSources.find((s) => s.id === id);
}

/** Every exercise id that `getExercise` can find (for "did you mean" suggestions). */
export function exerciseIds(scope?: Dataset): string[] {
  const ids = new Set([...(scope?.exercises ?? []).map((e) => e.id), ...registered.exercises.keys(), ...Object.keys(bundledExercises)]);
  return [...ids];
}

/** Every routine id that `getRoutine` can find. */
export function routineIds(scope?: Dataset): string[] {
  const ids = new Set([...(scope?.routines ?? []).map((r) => r.id), ...registered.routines.keys(), ...Object.keys(bundledRoutines)]);
  return [...ids];
}

/** Ids of the bundled dataset, for validating references in other datasets. */
export const bundledIds = {
  exercises: (): string[] => Object.keys(bundledExercises),
  sources: (): string[] => bundledSources.map((s) => s.id),
};
