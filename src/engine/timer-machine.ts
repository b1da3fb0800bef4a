/**
 * The timer state machine over a plan, driven by an injected monotonic clock. Where the timer is
 * (phase, rep, remaining time) is always derived from timestamps, never from counted ticks: a
 * throttled tab, a sleeping phone or a long stall shows the right phase as soon as it is asked.
 */
import type { Clock } from './clock.js';
import { inSet, type Phase, type PhaseKind, type PlanSide, type TimerPlan } from './timer-plan.js';

export type { Clock } from './clock.js';
export type TimerStatus = 'idle' | 'running' | 'paused' | 'complete';

export interface TimerSnapshot {
  readonly status: TimerStatus;
  readonly phase: PhaseKind | 'idle';
  readonly phaseIndex: number;
  readonly set: number;
  readonly rep: number;
  readonly side: PlanSide;
  /** Milliseconds left in a timed phase; `null` in phases that wait for the reader. */
  readonly remainingMs: number | null;
  /** Milliseconds into the current phase (pauses excluded). */
  readonly phaseElapsedMs: number;
  /** Milliseconds since start, pauses excluded. */
  readonly elapsedMs: number;
  /** Reps counted so far in the current work phase. */
  readonly repsDone: number;
}

/** What happened between two looks at the timer, in order. */
export type TimerEvent =
  | { readonly type: 'start' }
  | { readonly type: 'phase'; readonly phase: PhaseKind; readonly set: number; readonly rep: number; readonly side: PlanSide; readonly index: number }
  | { readonly type: 'rep'; readonly set: number; readonly rep: number; readonly side: PlanSide }
  | { readonly type: 'set'; readonly set: number; readonly sets: number }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'complete'; readonly sets: number; readonly reps: number; readonly elapsedMs: number };

const FINISHED: Phase = { kind: 'complete', durationMs: null, set: 0, rep: 0, repTarget: null, tempoMs: null, side: null };

export class TimerMachine {
  private __status: TimerStatus = 'idle';
  private __index = 0;
  /** Clock time at which the current phase started, shifted forward by pauses. */
  private __phaseStart = 0;
  private __startedAt = 0;
  private __pausedAt = 0;
  private __pausedTotal = 0;
  private __repsDone = 0;
  private __totalReps = 0;
  private __completedAt = 0;
  private readonly __pending: TimerEvent[] = [];

  constructor(
    readonly plan: TimerPlan,
    private readonly now: Clock,
  ) {}

  get phases(): readonly Phase[] {
    return this.plan.phases;
  }

  start(): void {
    if (this.__status === 'running' || this.__status === 'paused') return;
    this.reset();
    const t = this.now();
    this.__status = 'running';
    this.__startedAt = t;
    this.__phaseStart = t;
    this.__pending.push({ type: 'start' });
    this.__enter(0);
  }

  pause(): void {
    this.advance();
    if (this.__status !== 'running') return;
    this.__status = 'paused';
    this.__pausedAt = this.now();
    this.__pending.push({ type: 'pause' });
  }

  resume(): void {
    if (this.__status !== 'paused') return;
    const paused = this.now() - this.__pausedAt;
    this.__pausedTotal += paused;
    this.__phaseStart += paused;
    this.__status = 'running';
    this.__pending.push({ type: 'resume' });
  }

  reset(): void {
    this.__status = 'idle';
    this.__index = 0;
    this.__repsDone = 0;
    this.__totalReps = 0;
    this.__pausedTotal = 0;
    this.__pending.length = 0;
  }

  /** Ends the current phase now and moves to the next (paused stays paused, at the next phase's start). */
  skip(): void {
    this.advance();
    if (this.__status !== 'running' && this.__status !== 'paused') return;
    const t = this.__status === 'paused' ? this.__pausedAt : this.now();
    this.__finishPhase(t);
  }

  /**
   * Ends the current set at once (on this side, for a dose done on each side): the holds,
   * releases and reps left in it are dropped and the next phase follows (switch, rest, next set,
   * complete). Outside a set (lead-in, rest, switch, idle, complete) it does nothing.
   */
  done(): void {
    this.advance();
    if (this.__status !== 'running' && this.__status !== 'paused') return;
    const phase = this.__current();
    if (!inSet(phase)) return;
    const t = this.__status === 'paused' ? this.__pausedAt : this.now();
    if (this.__status === 'running') this.__countPacedReps(phase, t);
    let last = this.__index;
    for (let next = this.plan.phases[last + 1]; next && inSet(next) && next.set === phase.set && next.side === phase.side; next = this.plan.phases[last + 1]) last++;
    // The hold under way counts as done; holds jumped over do not.
    if (phase.kind === 'hold' && last !== this.__index) {
      this.__totalReps++;
      this.__pending.push({ type: 'rep', set: phase.set, rep: phase.rep, side: phase.side });
    }
    const countLast = last === this.__index;
    this.__index = last;
    this.__finishPhase(t, true, countLast);
  }

  /** Counts one rep in a work phase where the reader counts; ends the phase at its target. */
  repDone(): void {
    this.advance();
    const phase = this.__current();
    if (this.__status !== 'running' || phase.kind !== 'work' || phase.tempoMs !== null || phase.durationMs !== null) return;
    this.__repsDone++;
    this.__totalReps++;
    this.__pending.push({ type: 'rep', set: phase.set, rep: this.__repsDone, side: phase.side });
    if (phase.repTarget !== null && this.__repsDone >= phase.repTarget) this.__finishPhase(this.now(), false);
  }

  /** Brings the state up to the clock's time. */
  advance(): void {
    if (this.__status !== 'running') return;
    const t = this.now();
    for (;;) {
      const phase = this.__current();
      this.__countPacedReps(phase, t);
      if (phase.durationMs === null || t - this.__phaseStart < phase.durationMs) break;
      this.__finishPhase(this.__phaseStart + phase.durationMs, false);
    }
  }

  /** Where the timer is now; call `takeEvents()` after it for what happened on the way. */
  snapshot(): TimerSnapshot {
    this.advance();
    const phase = this.__current();
    const t = this.__status === 'paused' ? this.__pausedAt : this.__status === 'complete' ? this.__completedAt : this.now();
    const idle = this.__status === 'idle';
    const phaseElapsedMs = idle ? 0 : Math.max(0, t - this.__phaseStart);
    const remainingMs =
      phase.durationMs === null ? null : idle ? phase.durationMs : Math.max(0, phase.durationMs - phaseElapsedMs);
    return {
      status: this.__status,
      phase: idle ? 'idle' : phase.kind,
      phaseIndex: this.__index,
      set: phase.set,
      rep: phase.tempoMs !== null ? Math.min(phase.repTarget ?? Infinity, Math.floor(phaseElapsedMs / phase.tempoMs) + 1) : phase.kind === 'work' ? this.__repsDone : phase.rep,
      side: phase.side,
      remainingMs,
      phaseElapsedMs,
      elapsedMs: idle ? 0 : Math.max(0, t - this.__startedAt - this.__pausedTotal),
      repsDone: this.__repsDone,
    };
  }

  /** The events since the last call, oldest first. */
  takeEvents(): TimerEvent[] {
    return this.__pending.splice(0);
  }

  /** Milliseconds of clock time until the timer next changes by itself (phase end or paced rep), or null. */
  msUntilNextChange(): number | null {
    if (this.__status !== 'running') return null;
    this.advance();
    const phase = this.__current();
    const elapsed = this.now() - this.__phaseStart;
    const toEnd = phase.durationMs === null ? Infinity : phase.durationMs - elapsed;
    const toBeat = phase.tempoMs === null ? Infinity : phase.tempoMs - (elapsed % phase.tempoMs);
    const next = Math.min(toEnd, toBeat);
    return next === Infinity ? null : Math.max(0, next);
  }

  private __current(): Phase {
    return this.plan.phases[this.__index] ?? FINISHED;
  }

  private __countPacedReps(phase: Phase, t: number): void {
    if (phase.tempoMs === null) return;
    const reached = Math.min(phase.repTarget ?? Infinity, Math.floor((t - this.__phaseStart) / phase.tempoMs));
    while (this.__repsDone < reached) {
      this.__repsDone++;
      this.__totalReps++;
      this.__pending.push({ type: 'rep', set: phase.set, rep: this.__repsDone, side: phase.side });
    }
  }

  private __finishPhase(at: number, skipped = true, countHold = true): void {
    const phase = this.__current();
    if (!skipped) this.__countPacedReps(phase, at);
    if (phase.kind === 'hold' && countHold) {
      this.__totalReps++;
      this.__pending.push({ type: 'rep', set: phase.set, rep: phase.rep, side: phase.side });
    }
    const next = this.plan.phases[this.__index + 1];
    if (phase.kind !== 'lead-in' && phase.kind !== 'complete' && (!next || next.set !== phase.set || next.kind === 'complete')) {
      this.__pending.push({ type: 'set', set: phase.set, sets: this.plan.sets });
    }
    this.__phaseStart = at;
    this.__enter(this.__index + 1);
  }

  private __enter(index: number): void {
    this.__index = Math.min(index, this.plan.phases.length - 1);
    this.__repsDone = 0;
    const phase = this.__current();
    this.__pending.push({ type: 'phase', phase: phase.kind, set: phase.set, rep: phase.rep, side: phase.side, index: this.__index });
    if (phase.kind === 'complete') {
      this.__status = 'complete';
      this.__completedAt = this.__phaseStart;
      this.__pending.push({
        type: 'complete',
        sets: this.plan.sets,
        reps: this.__totalReps,
        elapsedMs: Math.max(0, this.__phaseStart - this.__startedAt - this.__pausedTotal),
      });
    }
  }
}
