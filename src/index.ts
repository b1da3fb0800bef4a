/**
 * exercise-elements: the package root. Importing it registers every element and exposes the
 * typed dataset API. Import `exercise-elements/<tag>.js` instead to register one element only.
 *
 * @packageDocumentation
 */
export { registerDataset, validateDataset } from './data/dataset-api.js';
export type { ValidateOptions } from './data/validate.js';
export { getExercise, getRoutine, getSource, exerciseIds, routineIds } from './data/store.js';
export { loadDataset, readInlineDataset } from './data/load-dataset.js';
export type { DataError, DataErrorCode, DatasetResult } from './data/load-dataset.js';
export { pickText, fallbackChain } from './data/localized-text.js';
export type { LocalizedString } from './data/localized-text.js';
export { fromFreeExerciseDb, FREE_EXERCISE_DB_SOURCE } from './data/importers/free-exercise-db.js';
export type { FreeExerciseDbEntry, FromFreeExerciseDbOptions } from './data/importers/free-exercise-db.js';
export { CATEGORIES, POSITIONS, EQUIPMENT, MUSCLES, SIDES, LEVELS, DOSE_LIMITS } from './data/vocabulary.js';
export type * from './data/types.js';
export { parseCount, parseSeconds, parseSide, parseTempo, parseDoseAttributes, mergeDose, DOSE_ATTRIBUTES } from './engine/parse-dose.js';
export type { Parsed, DoseAttribute, DoseProblem } from './engine/parse-dose.js';
export { registerTranslations } from './i18n/translations.js';
export * from './exercise-card.js';
export * from './rep-timer.js';
export { formatDose } from './i18n/format-dose.js';
