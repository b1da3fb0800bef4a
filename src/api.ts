/**
 * The JS API shared by the package root and the CDN script: datasets, dose parsing and
 * formatting, translations. No element is registered by importing this module.
 */
export { registerDataset, validateDataset, loadDataset, readInlineDataset } from './data/dataset-api.js';
export type { ValidateOptions } from './data/validate.js';
export { getExercise, getRoutine, getSource, exerciseIds, routineIds } from './data/store.js';
export type { DataError, DataErrorCode, DatasetResult } from './data/load-dataset.js';
export { pickText, fallbackChain } from './data/localized-text.js';
export type { LocalizedString } from './data/localized-text.js';
export { fromFreeExerciseDb, FREE_EXERCISE_DB_SOURCE } from './data/importers/free-exercise-db.js';
export type { FreeExerciseDbEntry, FromFreeExerciseDbOptions } from './data/importers/free-exercise-db.js';
export type * from './data/types.js';
export { parseCount, parseSeconds, parseSide, parseTempo, parseDoseAttributes, mergeDose, DOSE_ATTRIBUTES } from './engine/parse-dose.js';
export type { Parsed, DoseAttribute, DoseProblem } from './engine/parse-dose.js';
export { registerTranslations } from './i18n/translations.js';
export { formatDose } from './i18n/format-dose.js';
