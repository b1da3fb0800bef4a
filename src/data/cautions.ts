import type { LocalizedText, Source } from './types.js';

/** The cautions to show with something a source describes: its own, then the source's (`sources[].cautions`, stated once for the whole article). */
export const withSourceCautions = (own: readonly LocalizedText[] | undefined, source: Source | undefined): LocalizedText[] => [
  ...(own ?? []),
  ...(source?.cautions ?? []),
];
