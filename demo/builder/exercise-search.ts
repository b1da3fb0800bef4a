/**
 * The builder's search: an exercise matches when the query is found in its id or in its name in
 * any language the dataset gives, ignoring case and accents ("angeles" finds "Ángeles").
 */
import type { LocalizedText } from '../../src/data/types.js';

export interface Searchable {
  readonly id: string;
  readonly name: LocalizedText;
}

/** Lower case, accents removed, hyphens and runs of space made one space. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();

/** The entries whose id or any name holds every word of `query`, in their original order. */
export function searchByName<T extends Searchable>(entries: readonly T[], query: string): T[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack = fold([entry.id, ...Object.values(entry.name)].join(' | '));
    return words.every((word) => haystack.includes(word));
  });
}
