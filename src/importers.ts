/**
 * Importers from other exercise formats into ours. Part of the package root's API; in the CDN
 * build they are their own module (`dist/cdn/importers.js`), so that the one-script-tag build
 * does not make every page download them.
 */
export { fromFreeExerciseDb, FREE_EXERCISE_DB_SOURCE } from './data/importers/free-exercise-db.js';
export type { FreeExerciseDbEntry, FromFreeExerciseDbOptions } from './data/importers/free-exercise-db.js';
