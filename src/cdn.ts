/**
 * The one-script-tag build (`dist/cdn/exercise-elements.js`): Lit included, the same JS API as
 * the package root, and every element registered. Locale strings and dataset chunks load lazily
 * from this script's own folder.
 */
export * from './index.js';
