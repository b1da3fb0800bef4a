/**
 * Keeps only the latest of overlapping loads, the part of Lit's `Task` these elements need: a
 * load started by an attribute change supersedes one still in flight. `@lit/task` 1.0.3 adds
 * about 1 KB gzip (argument comparison, status templates, abort signals we have no use for);
 * this is a few lines.
 */
export class LatestLoad {
  private runs = 0;

  /** Runs `load`, then `use` with its result unless a newer load started meanwhile. */
  async run<T>(load: () => Promise<T>, use: (value: T) => void): Promise<void> {
    const run = ++this.runs;
    const value = await load();
    if (run === this.runs) use(value);
  }
}
