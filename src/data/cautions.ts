import type { LocalizedText, Source } from './types.js';

/**
 * The cautions to show with something a source describes: its own, then the source's
 * (`sources[].cautions`, stated once for the whole article), without repeating a caution that
 * reads the same in English.
 */
export function withSourceCautions(own: readonly LocalizedText[] | undefined, source: Source | undefined): LocalizedText[] {
  const all = [...(own ?? []), ...(source?.cautions ?? [])];
  const seen = new Set<string>();
  return all.filter((caution) => {
    const key = caution['en'] ?? JSON.stringify(caution);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
