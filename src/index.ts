/**
 * exercise-elements: the package root. Importing it registers every element and exposes the
 * typed dataset API. Import `exercise-elements/<tag>.js` instead to register one element only.
 *
 * @packageDocumentation
 */
export * from './api.js';
export * from './exercise-card.js';
export * from './rep-timer.js';
export * from './routine-player.js';
export * from './routine-step.js';
