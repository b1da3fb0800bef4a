/**
 * Finds runs of words a text shares with other texts: lower-cased, apostrophes dropped, every other
 * non-letter, non-digit character a word break, then word n-grams (6 by default) compared.
 * Overlapping shared n-grams are merged into one run, so a copied sentence is reported once.
 */
export const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export interface SharedRun {
  /** The shared words, joined by spaces. */
  readonly run: string;
  /** The name of the first text the run's first n-gram was found in. */
  readonly foundIn: string;
}

export class WordRunIndex {
  private readonly grams = new Map<string, string>();

  constructor(private readonly n = 6) {}

  /** Adds a text to compare against, under a name the report uses. */
  add(name: string, text: string): void {
    const list = words(text);
    for (let i = 0; i + this.n <= list.length; i++) {
      const gram = list.slice(i, i + this.n).join(' ');
      if (!this.grams.has(gram)) this.grams.set(gram, name);
    }
  }

  /** The runs of at least n words that `text` shares with the added texts. */
  sharedRuns(text: string): SharedRun[] {
    const list = words(text);
    const covered = new Array<string | undefined>(list.length).fill(undefined);
    for (let i = 0; i + this.n <= list.length; i++) {
      const found = this.grams.get(list.slice(i, i + this.n).join(' '));
      if (found === undefined) continue;
      for (let j = i; j < i + this.n; j++) covered[j] ??= found;
    }
    const runs: SharedRun[] = [];
    for (let i = 0; i < list.length; ) {
      const foundIn = covered[i];
      if (foundIn === undefined) {
        i++;
        continue;
      }
      let end = i;
      while (end < list.length && covered[end] !== undefined) end++;
      runs.push({ run: list.slice(i, end).join(' '), foundIn });
      i = end;
    }
    return runs;
  }
}
