/**
 * The one-script-tag build (`dist/cdn/exercise-elements.js`): the same JS API as the package root
 * (functions and types; element classes are reached with `customElements.get(tag)`), Lit included,
 * except the importers, which are `dist/cdn/importers.js` (a page showing cards never needs them).
 * Every element is registered on demand: its chunk loads the first time its tag appears in the
 * page, so a page with one card downloads the card and nothing else. Locale strings and dataset
 * chunks load lazily from this script's own folder too; those of the elements already in the page
 * start loading at once, beside the elements' code (see fetch-early.ts).
 */
import { autoload } from './internal/autoload.js';
import { fetchEarly } from './internal/fetch-early.js';

export * from './page-api.js';

autoload({
  'exercise-card': () => import('./exercise-card.js'),
  'rep-timer': () => import('./rep-timer.js'),
  'routine-player': () => import('./routine-player.js'),
  'routine-step': () => import('./routine-step.js'),
});

if (typeof document !== 'undefined') document.querySelectorAll('exercise-card, routine-player').forEach(fetchEarly);
