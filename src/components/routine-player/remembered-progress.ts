/**
 * Progress kept on the reader's device with `remember`: which step, and how long so far. Storage
 * that throws (private modes, sandboxed frames, a full quota) just means nothing is remembered.
 */
export interface Progress {
  readonly index: number;
  readonly elapsedMs: number;
  readonly savedAt: number;
}

const VERSION = 1;

/** One key per routine and page, versioned so a future format never misreads an old one. */
export const progressKey = (routine: string): string =>
  `exercise-elements:routine-player:v${VERSION}:${location.pathname}:${routine}`;

export function readProgress(key: string): Progress | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? 'null') as Partial<Progress> | null;
    if (!value || !Number.isInteger(value.index) || (value.index ?? -1) < 0) return undefined;
    return { index: value.index ?? 0, elapsedMs: Math.max(0, Number(value.elapsedMs) || 0), savedAt: Number(value.savedAt) || 0 };
  } catch {
    return undefined;
  }
}

export function writeProgress(key: string, progress: Progress): void {
  try {
    localStorage.setItem(key, JSON.stringify(progress));
  } catch {
    // Not remembered this time.
  }
}

export function clearProgress(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
