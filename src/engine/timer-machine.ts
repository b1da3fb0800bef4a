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
  private status: TimerStatus = 'idle';
  private index = 0;
  /** Clock time at which the current phase started, shifted forward by pauses. */
  private phaseStart = 0;
  private startedAt = 0;
  private pausedAt = 0;
  private pausedTotal = 0;
  private repsDone = 0;
  private totalReps = 0;
  private completedAt = 0;
  private readonly pending: TimerEvent[] = [];

  constructor(
    readonly plan: TimerPlan,
    private readonly now: Clock,
  ) {}

  get phases(): readonly Phase[] {
    return this.plan.phases;
  }

  start(): void {
    if (this.status === 'running' || this.status === 'paused') return;
    this.reset();
    const t = this.now();
    this.status = 'running';
    this.startedAt = t;
    this.phaseStart = t;
    this.pending.push({ type: 'start' });
    this.enter(0);
  }

  pause(): void {
    this.advance();
    if (this.status !== 'running') return;
    this.status = 'paused';
    this.pausedAt = this.now();
    this.pending.push({ type: 'pause' });
  }

  resume(): void {
    if (this.status !== 'paused') return;
    const paused = this.now() - this.pausedAt;
    this.pausedTotal += paused;
    this.phaseStart += paused;
    this.status = 'running';
    this.pending.push({ type: 'resume' });
  }

  reset(): void {
    this.status = 'idle';
    this.index = 0;
    this.repsDone = 0;
    this.totalReps = 0;
    this.pausedTotal = 0;
    this.pending.length = 0;
  }

  /** Ends the current phase now and moves to the next (paused stays paused, at the next phase's start). */
  skip(): void {
    this.advance();
    if (this.status !== 'running' && this.status !== 'paused') return;
    const t = this.status === 'paused' ? this.pausedAt : this.now();
    this.finishPhase(t);
  }

  /**
   * Ends the current set at once (on this side, for a dose done on each side): the holds,
   * releases and reps left in it are dropped and the next phase follows (switch, rest, next set,
   * complete). Outside a set (lead-in, rest, switch, idle, complete) it does nothing.
   */
  done(): void {
    this.advance();
    if (this.status !== 'running' && this.status !== 'paused') return;
    const phase = this.current();
    if (!inSet(phase)) return;
    const t = this.status === 'paused' ? this.pausedAt : this.now();
    if (this.status === 'running') this.countPacedReps(phase, t);
    let last = this.index;
    for (let next = this.plan.phases[last + 1]; next && inSet(next) && next.set === phase.set && next.side === phase.side; next = this.plan.phases[last + 1]) last++;
    // The hold under way counts as done; holds jumped over do not.
    if (phase.kind === 'hold' && last !== this.index) {
      this.totalReps++;
      this.pending.push({ type: 'rep', set: phase.set, rep: phase.rep, side: phase.side });
    }
    const countLast = last === this.index;
    this.index = last;
    this.finishPhase(t, true, countLast);
  }

  /** Counts one rep in a work phase where the reader counts; ends the phase at its target. */
  repDone(): void {
    this.advance();
    const phase = this.current();
    if (this.status !== 'running' || phase.kind !== 'work' || phase.tempoMs !== null || phase.durationMs !== null) return;
    this.repsDone++;
    this.totalReps++;
    this.pending.push({ type: 'rep', set: phase.set, rep: this.repsDone, side: phase.side });
    if (phase.repTarget !== null && this.repsDone >= phase.repTarget) this.finishPhase(this.now(), false);
  }

  /** Brings the state up to the clock's time. */
  advance(): void {
    if (this.status !== 'running') return;
    const t = this.now();
    for (;;) {
      const phase = this.current();
      this.countPacedReps(phase, t);
      if (phase.durationMs === null || t - this.phaseStart < phase.durationMs) break;
      this.finishPhase(this.phaseStart + phase.durationMs, false);
    }
  }

  /** Where the timer is now; call `takeEvents()` after it for what happened on the way. */
  snapshot(): TimerSnapshot {
    this.advance();
    const phase = this.current();
    const t = this.status === 'paused' ? this.pausedAt : this.status === 'complete' ? this.completedAt : this.now();
    const idle = this.status === 'idle';
    const phaseElapsedMs = idle ? 0 : Math.max(0, t - this.phaseStart);
    const remainingMs =
      phase.durationMs === null ? null : idle ? phase.durationMs : Math.max(0, phase.durationMs - phaseElapsedMs);
    return {
      status: this.status,
      phase: idle ? 'idle' : phase.kind,
      phaseIndex: this.index,
      set: phase.set,
      rep: phase.tempoMs !== null ? Math.min(phase.repTarget ?? Infinity, Math.floor(phaseElapsedMs / phase.tempoMs) + 1) : phase.kind === 'work' ? this.repsDone : phase.rep,
      side: phase.side,
      remainingMs,
      phaseElapsedMs,
      elapsedMs: idle ? 0 : Math.max(0, t - this.startedAt - this.pausedTotal),
      repsDone: this.repsDone,
    };
  }

  /** The events since the last call, oldest first. */
  takeEvents(): TimerEvent[] {
    return this.pending.splice(0);
  }

  /** Milliseconds of clock time until the timer next changes by itself (phase end or paced rep), or null. */
  msUntilNextChange(): number | null {
    if (this.status !== 'running') return null;
    this.advance();
    const phase = this.current();
    const elapsed = this.now() - this.phaseStart;
    const toEnd = phase.durationMs === null ? Infinity : phase.durationMs - elapsed;
    const toBeat = phase.tempoMs === null ? Infinity : phase.tempoMs - (elapsed % phase.tempoMs);
    const next = Math.min(toEnd, toBeat);
    return next === Infinity ? null : Math.max(0, next);
  }

  private current(): Phase {
    return this.plan.phases[this.index] ?? FINISHED;
  }

  private countPacedReps(phase: Phase, t: number): void {
    if (phase.tempoMs === null) return;
    const reached = Math.min(phase.repTarget ?? Infinity, Math.floor((t - this.phaseStart) / phase.tempoMs));
    while (this.repsDone < reached) {
      this.repsDone++;
      this.totalReps++;
      this.pending.push({ type: 'rep', set: phase.set, rep: this.repsDone, side: phase.side });
    }
  }

  private finishPhase(at: number, skipped = true, countHold = true): void {
    const phase = this.current();
    if (!skipped) this.countPacedReps(phase, at);
    if (phase.kind === 'hold' && countHold) {
      this.totalReps++;
      this.pending.push({ type: 'rep', set: phase.set, rep: phase.rep, side: phase.side });
    }
    const next = this.plan.phases[this.index + 1];
    if (phase.kind !== 'lead-in' && phase.kind !== 'complete' && (!next || next.set !== phase.set || next.kind === 'complete')) {
      this.pending.push({ type: 'set', set: phase.set, sets: this.plan.sets });
    }
    this.phaseStart = at;
    this.enter(this.index + 1);
  }

  private enter(index: number): void {
    this.index = Math.min(index, this.plan.phases.length - 1);
    this.repsDone = 0;
    const phase = this.current();
    this.pending.push({ type: 'phase', phase: phase.kind, set: phase.set, rep: phase.rep, side: phase.side, index: this.index });
    if (phase.kind === 'complete') {
      this.status = 'complete';
      this.completedAt = this.phaseStart;
      this.pending.push({
        type: 'complete',
        sets: this.plan.sets,
        reps: this.totalReps,
        elapsedMs: Math.max(0, this.phaseStart - this.startedAt - this.pausedTotal),
      });
    }
  }
}
