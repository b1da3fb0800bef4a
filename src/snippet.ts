/**
 * `exercise-elements/snippet.js`: the zero-shift snippet renderer (the `exercise-elements snippet`
 * command and the embed builder use it). Runs in Node 20 and in browsers; registers
 * `<exercise-card>`, `<routine-player>` and `<rep-timer>` (in Node, in Lit's server registry).
 */
export { renderSnippet, SnippetError } from './snippet/render-snippet.js';
export { DEFAULT_SCRIPT, elementAttributes, isTimerOnly, optionsFromQuery, optionsToQuery } from './snippet/snippet-options.js';
export type { Count, SnippetOptions, Theme, Variant } from './snippet/snippet-options.js';
export { preloadExercise, type PreloadedExercise } from './components/exercise-card/load-exercise.js';
export { preloadRoutine, type PreloadedRoutine } from './components/routine-player/load-routine.js';
export { isRoutineId } from './snippet/snippet-target.js';
