/**
 * The JS API of the package root (and of `exercise-elements/api.js`, with no element registered):
 * the page API (datasets, dose parsing and formatting, translations) and the importers.
 */
export * from './page-api.js';
export * from './importers.js';
