/**
 * The JS API every page gets, from the package root and from the CDN script: datasets, dose
 * parsing and formatting, translations. No element is registered by importing this module.
 * Importers are in `importers.ts`: the CDN script leaves them out (a page with a card never
 * needs them) and serves them as `cdn/importers.js`.
 */
export { registerDataset, validateDataset, loadDataset, readInlineDataset } from './data/datasets.js';
export type { ValidateOptions } from './data/validate.js';
export { getExercise, getRoutine, getSource, exerciseIds, routineIds } from './data/store.js';
export type { DataError, DataErrorCode, DatasetResult, InlineDatasetScript } from './data/load-dataset.js';
export { pickText, fallbackChain } from './data/localized-text.js';
export type { LocalizedString } from './data/localized-text.js';
export type * from './data/types.js';
export { parseCount, parseSeconds, parseSide, parseTempo, parseDoseAttributes, mergeDose, DOSE_ATTRIBUTES } from './engine/parse-dose.js';
export type { Parsed, DoseAttribute, DoseProblem } from './engine/parse-dose.js';
export { registerTranslations } from './i18n/translations.js';
export { formatDose } from './i18n/format-dose.js';
