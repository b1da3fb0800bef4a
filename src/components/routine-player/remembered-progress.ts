/**
 * Progress kept on the reader's device with `remember`: which step, and how long so far. Storage
 * that throws (private modes, sandboxed frames, a full quota) just means nothing is remembered.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

/**
 * `remember` for a player: reads what an earlier visit saved for the routine (offered as
 * "Resume"), writes the place as it changes, and forgets it when the routine ends or starts over.
 */
export class RememberedProgress implements ReactiveController {
  private __key = '';
  /** The place an earlier visit saved, offered as "Resume"; undefined when there is none or it was used. */
  saved?: Progress;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly enabled: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The routine `id` of `steps` steps was loaded: `fresh` (not while playing) reads its saved place. */
  open(id: string, steps: number, fresh: boolean): void {
    this.__key = progressKey(id);
    if (!fresh) return;
    const saved = this.enabled() ? readProgress(this.__key) : undefined;
    this.saved = saved && saved.index < steps ? saved : undefined;
  }

  /** Keeps the place, when `remember` is on. */
  write(index: number, elapsedMs: number): void {
    if (this.enabled() && this.__key) writeProgress(this.__key, { index, elapsedMs, savedAt: Date.now() });
  }

  /** The saved place, once: it is no longer offered. */
  take(): Progress | undefined {
    const saved = this.saved;
    this.forget();
    return saved;
  }

  /** Forgets the place: stored and offered. */
  forget(): void {
    if (this.__key) clearProgress(this.__key);
    this.saved = undefined;
    this.host.requestUpdate();
  }
}
