/**
 * Where a reader is in a routine, with no DOM: the status, the current step, and the time spent
 * playing, read from an injected monotonic clock (pauses excluded). What happened is queued as
 * events, as the timer machine does, for the view to dispatch and act on.
 */
import type { Clock } from './clock.js';

export type SessionStatus = 'idle' | 'playing' | 'paused' | 'complete';

export type SessionEvent =
  | { readonly type: 'start'; readonly index: number }
  /** A step began (or was jumped to); `run` when it should count at once. */
  | { readonly type: 'step'; readonly index: number; readonly run: boolean }
  | { readonly type: 'pause'; readonly index: number }
  | { readonly type: 'resume'; readonly index: number }
  | { readonly type: 'complete'; readonly elapsedMs: number };

export class RoutineSession {
  private __state: SessionStatus = 'idle';
  private __current = 0;
  private __before = 0;
  private __since: number | null = null;
  private readonly __pending: SessionEvent[] = [];

  constructor(
    /** Steps in the routine (rests and rounds included); at least one. */
    private length: number,
    private readonly now: Clock,
  ) {}

  /** The routine changed under the reader: keep the place, within the new length. */
  resize(length: number): void {
    this.length = Math.max(1, length);
    this.__current = Math.min(this.__current, this.length - 1);
  }

  get status(): SessionStatus {
    return this.__state;
  }

  get index(): number {
    return this.__current;
  }

  /** Milliseconds spent playing, pauses excluded. */
  elapsed(): number {
    return this.__before + (this.__since === null ? 0 : this.now() - this.__since);
  }

  /** Plays from idle, resumes when paused, starts over when complete. */
  play(): void {
    if (this.__state === 'playing') return;
    if (this.__state === 'complete') this.restart();
    const resuming = this.__state === 'paused';
    this.__state = 'playing';
    this.__since = this.now();
    if (resuming) this.__pending.push({ type: 'resume', index: this.__current });
    else this.__pending.push({ type: 'start', index: this.__current }, { type: 'step', index: this.__current, run: true });
  }

  pause(): void {
    if (this.__state !== 'playing') return;
    this.__before = this.elapsed();
    this.__since = null;
    this.__state = 'paused';
    this.__pending.push({ type: 'pause', index: this.__current });
  }

  /** Jumps to step `index` (clamped), playing or paused as it was; from the summary, paused. */
  goTo(index: number): void {
    const target = Math.min(Math.max(0, Math.round(index) || 0), this.length - 1);
    if (this.__state === 'complete') {
      this.__state = 'paused';
      this.__since = null;
    }
    if (target === this.__current && this.__state !== 'idle') return;
    this.__current = target;
    if (this.__state !== 'idle') this.__pending.push({ type: 'step', index: target, run: this.__state === 'playing' });
  }

  /** The current step is done: on to the next one, or the routine is complete. */
  advance(): void {
    if (this.__state !== 'playing') return;
    if (this.__current < this.length - 1) {
      this.__current++;
      this.__pending.push({ type: 'step', index: this.__current, run: true });
      return;
    }
    this.__before = this.elapsed();
    this.__since = null;
    this.__state = 'complete';
    this.__pending.push({ type: 'complete', elapsedMs: this.__before });
  }

  /** Back to the first step, idle, nothing spent. */
  restart(): void {
    this.__state = 'idle';
    this.__current = 0;
    this.__before = 0;
    this.__since = null;
  }

  /** Continues a remembered session: step `index`, `elapsedMs` already spent; then plays. */
  resumeAt(index: number, elapsedMs: number): void {
    this.restart();
    this.__current = Math.min(Math.max(0, Math.round(index) || 0), this.length - 1);
    this.__before = Math.max(0, elapsedMs);
    this.play();
  }

  /** The events since the last call, in order. */
  takeEvents(): SessionEvent[] {
    return this.__pending.splice(0);
  }
}
