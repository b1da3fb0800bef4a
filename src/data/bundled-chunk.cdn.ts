/**
 * The CDN build's `loadBundledChunk` (see bundled-chunk.ts): the chunk's file by its URL
 * (`data/es/e20.js` beside the script), so that a page with one card downloads the chunk of its
 * exercise and not its locale's index of every chunk. This module must end up in the script
 * itself, whose folder the URL is relative to (rollup.config.mjs checks).
 */
import { textLocale, type BundledChunk } from './bundled-text.js';
import type { Exercise, Routine } from './types.js';

export function loadBundledChunk(kind: 'exercises' | 'routines', at: number, lang?: string): Promise<BundledChunk<Exercise | Routine> | undefined> {
  return import(new URL(`./data/${textLocale(lang)}/${kind[0]}${at}.js`, import.meta.url).href) as Promise<BundledChunk<Exercise | Routine>>;
}
