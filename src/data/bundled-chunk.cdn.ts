/**
 * The CDN build's `loadBundledChunk` (see bundled-chunk.ts): the chunk's file by its path beside
 * the script (`data/es/e20.js`), so that a page with one card downloads the chunk of its exercise
 * and not its locale's index of every chunk.
 */
import { importBesideScript } from '../internal/import-beside-script.js';
import { textLocale, type BundledChunk } from './bundled-text.js';
import type { Exercise, Routine } from './types.js';

export const loadBundledChunk = (kind: 'exercises' | 'routines', at: number, lang?: string): Promise<BundledChunk<Exercise | Routine> | undefined> =>
  importBesideScript(`data/${textLocale(lang)}/${kind[0]}${at}.js`);
