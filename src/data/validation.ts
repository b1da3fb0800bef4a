/**
 * `validateDataset`, on its own so that both the public API (datasets.ts) and the loader of
 * `src`/inline datasets (load-dataset.ts) use it without importing each other. The validator
 * (valibot and the schema) loads only when something is validated.
 */
import { bundledIds } from './store.js';
import type { ValidationResult } from './types.js';
import type { ValidateOptions } from './validate.js';

/**
 * Checks that `json` is a dataset in the published format (types, ranges, known vocabulary,
 * unique ids, and that every referenced exercise and source exists here or in the bundled
 * dataset). Never rejects, whatever it is given.
 *
 * @returns `{ ok, issues }`, each issue naming its JSON path (`exercises[3].dose.reps`).
 */
export async function validateDataset(json: unknown, options?: ValidateOptions): Promise<ValidationResult> {
  try {
    const { checkDataset } = await import('./validate.js');
    return checkDataset(json, {
      knownExerciseIds: options?.knownExerciseIds ?? bundledIds.exercises(),
      knownSourceIds: options?.knownSourceIds ?? bundledIds.sources(),
    });
  } catch (error) {
    return { ok: false, issues: [{ path: '(root)', message: `the validator could not be loaded: ${String(error)}` }] };
  }
}
