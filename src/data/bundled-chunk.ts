/**
 * Loads a bundled exercise's or routine's chunk in the text locale of `lang`, by its position in
 * `bundledExerciseIds` or `bundledRoutineIds`: through the locale's index, whose static
 * `import()`s are what bundlers split the chunks by. The CDN build swaps in bundled-chunk.cdn.ts,
 * which fetches the chunk by its URL and never the index (see rollup.config.mjs).
 */
import { bundledTextFor, type BundledChunk } from './bundled-text.js';
import type { Exercise, Routine } from './types.js';

export async function loadBundledChunk(kind: 'exercises' | 'routines', at: number, lang?: string): Promise<BundledChunk<Exercise | Routine> | undefined> {
  return (await bundledTextFor(lang))[kind][at]?.();
}
