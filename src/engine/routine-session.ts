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
  private state: SessionStatus = 'idle';
  private current = 0;
  private before = 0;
  private since: number | null = null;
  private readonly pending: SessionEvent[] = [];

  constructor(
    /** Steps in the routine (rests and rounds included); at least one. */
    private length: number,
    private readonly now: Clock,
  ) {}

  /** The routine changed under the reader: keep the place, within the new length. */
  resize(length: number): void {
    this.length = Math.max(1, length);
    this.current = Math.min(this.current, this.length - 1);
  }

  get status(): SessionStatus {
    return this.state;
  }

  get index(): number {
    return this.current;
  }

  /** Milliseconds spent playing, pauses excluded. */
  elapsed(): number {
    return this.before + (this.since === null ? 0 : this.now() - this.since);
  }

  /** Plays from idle, resumes when paused, starts over when complete. */
  play(): void {
    if (this.state === 'playing') return;
    if (this.state === 'complete') this.restart();
    const resuming = this.state === 'paused';
    this.state = 'playing';
    this.since = this.now();
    if (resuming) this.pending.push({ type: 'resume', index: this.current });
    else this.pending.push({ type: 'start', index: this.current }, { type: 'step', index: this.current, run: true });
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.before = this.elapsed();
    this.since = null;
    this.state = 'paused';
    this.pending.push({ type: 'pause', index: this.current });
  }

  /** Jumps to step `index` (clamped), playing or paused as it was; from the summary, paused. */
  goTo(index: number): void {
    const target = Math.min(Math.max(0, Math.round(index) || 0), this.length - 1);
    if (this.state === 'complete') {
      this.state = 'paused';
      this.since = null;
    }
    if (target === this.current && this.state !== 'idle') return;
    this.current = target;
    if (this.state !== 'idle') this.pending.push({ type: 'step', index: target, run: this.state === 'playing' });
  }

  /** The current step is done: on to the next one, or the routine is complete. */
  advance(): void {
    if (this.state !== 'playing') return;
    if (this.current < this.length - 1) {
      this.current++;
      this.pending.push({ type: 'step', index: this.current, run: true });
      return;
    }
    this.before = this.elapsed();
    this.since = null;
    this.state = 'complete';
    this.pending.push({ type: 'complete', elapsedMs: this.before });
  }

  /** Back to the first step, idle, nothing spent. */
  restart(): void {
    this.state = 'idle';
    this.current = 0;
    this.before = 0;
    this.since = null;
  }

  /** Continues a remembered session: step `index`, `elapsedMs` already spent; then plays. */
  resumeAt(index: number, elapsedMs: number): void {
    this.restart();
    this.current = Math.min(Math.max(0, Math.round(index) || 0), this.length - 1);
    this.before = Math.max(0, elapsedMs);
    this.play();
  }

  /** The events since the last call, in order. */
  takeEvents(): SessionEvent[] {
    return this.pending.splice(0);
  }
}
