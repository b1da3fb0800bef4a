/**
 * The public functions that check and add datasets. They are asynchronous so that the validator
 * (valibot and the schema) loads only on pages that call them or read a `src`/inline dataset:
 * a page that shows bundled exercises never downloads it.
 */
import type { DatasetResult, InlineDatasetScript } from './load-dataset.js';
import { addValidatedDataset, trackRegistration } from './store.js';
import type { Dataset, ValidationResult } from './types.js';
import { validateDataset } from './validation.js';

export { validateDataset };

/**
 * Validates `json` and, when it is valid, makes its exercises, routines and sources available to
 * every element on the page (they win over bundled entries with the same id). Elements that look
 * an id up while a registration is under way wait for it. Never rejects.
 *
 * @returns the validation result: nothing is registered unless `ok` is true.
 */
export function registerDataset(json: unknown): Promise<ValidationResult> {
  const registration = validateDataset(json).then((result) => {
    if (result.ok) addValidatedDataset(json as Dataset);
    return result;
  });
  trackRegistration(registration);
  return registration;
}

/**
 * Loads and validates the dataset at `url` (resolved against the page), once per URL; what
 * elements do with `src`. A failed load is forgotten so that a later call may try again.
 */
export const loadDataset = (url: string): Promise<DatasetResult> => import('./load-dataset.js').then((m) => m.loadDataset(url));

/** Reads a dataset written inside an element as `<script type="application/json">`. */
export const readInlineDataset = (script: InlineDatasetScript): Promise<DatasetResult> =>
  import('./load-dataset.js').then((m) => m.readInlineDataset(script));
