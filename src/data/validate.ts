import * as v from 'valibot';
import { DatasetSchema } from './schema.js';
import type { Dataset, ValidationIssue, ValidationResult } from './types.js';
import { isRestItem } from './types.js';

export interface ValidateOptions {
  /** Exercise ids that exist outside this dataset (the bundled ones), which routines and variations may reference. */
  readonly knownExerciseIds?: Iterable<string>;
  /** Source ids that exist outside this dataset. */
  readonly knownSourceIds?: Iterable<string>;
}

/** `['exercises', 3, 'dose', 'reps']` -> `exercises[3].dose.reps` */
export const formatPath = (keys: readonly unknown[]): string =>
  keys
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('') || '(root)';

const issuePath = (issue: v.BaseIssue<unknown>): string =>
  formatPath((issue.path ?? []).map((item) => (item as { key: unknown }).key));

/** A union's own message says what the value should be; the branch that went deepest says where it went wrong. */
const describe = (issue: v.BaseIssue<unknown>): ValidationIssue => {
  const deepest = issue.issues?.reduce((a, b) => ((b.path?.length ?? 0) > (a.path?.length ?? 0) ? b : a));
  const chosen = deepest && (deepest.path?.length ?? 0) > (issue.path?.length ?? 0) ? deepest : issue;
  return { path: issuePath(chosen), message: chosen === issue ? issue.message : describe(chosen).message };
};

const duplicates = (ids: readonly string[], collection: string, issues: ValidationIssue[]) => {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) issues.push({ path: `${collection}[${i}].id`, message: `duplicate id "${id}"` });
    seen.add(id);
  });
};

const crossReferences = (dataset: Dataset, options: ValidateOptions): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const exercises = dataset.exercises ?? [];
  const exerciseIds = new Set([...(options.knownExerciseIds ?? []), ...exercises.map((e) => e.id)]);
  const sourceIds = new Set([...(options.knownSourceIds ?? []), ...(dataset.sources ?? []).map((s) => s.id)]);
  duplicates(exercises.map((e) => e.id), 'exercises', issues);
  duplicates((dataset.routines ?? []).map((r) => r.id), 'routines', issues);
  duplicates((dataset.sources ?? []).map((s) => s.id), 'sources', issues);
  exercises.forEach((exercise, i) => {
    if (exercise.source && !sourceIds.has(exercise.source)) {
      issues.push({ path: `exercises[${i}].source`, message: `unknown source "${exercise.source}"` });
    }
    for (const kind of ['easier', 'harder'] as const) {
      exercise.variations?.[kind]?.forEach((id, j) => {
        if (!exerciseIds.has(id)) {
          issues.push({ path: `exercises[${i}].variations.${kind}[${j}]`, message: `unknown exercise "${id}"` });
        }
      });
    }
  });
  dataset.routines?.forEach((routine, i) => {
    if (routine.source && !sourceIds.has(routine.source)) {
      issues.push({ path: `routines[${i}].source`, message: `unknown source "${routine.source}"` });
    }
    routine.items.forEach((item, j) => {
      if (!isRestItem(item) && !exerciseIds.has(item.exercise)) {
        issues.push({ path: `routines[${i}].items[${j}].exercise`, message: `unknown exercise "${item.exercise}"` });
      }
    });
  });
  return issues;
};

/**
 * Checks that `json` is a dataset in the published format, including that every id it references
 * exists. Never throws, whatever it is given. Synchronous, for build tools and tests; pages use
 * the public `validateDataset`, which loads this module (and the validator) only when called.
 *
 * @returns `{ ok, issues }`, each issue naming its JSON path (`exercises[3].dose.reps`).
 */
export function checkDataset(json: unknown, options: ValidateOptions = {}): ValidationResult {
  try {
    const result = v.safeParse(DatasetSchema, json);
    if (!result.success) return { ok: false, issues: result.issues.map(describe) };
    const issues = crossReferences(result.output as Dataset, options);
    return { ok: issues.length === 0, issues };
  } catch (error) {
    // A getter that throws or a cyclic structure: still an answer, never an exception.
    return { ok: false, issues: [{ path: '(root)', message: `could not be read: ${String(error)}` }] };
  }
}
