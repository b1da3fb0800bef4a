/**
 * Turns a dose into the ordered phases a timer counts: lead-in, work (reps or timed work), hold,
 * rest, switch (change sides), complete. Pure data, no clock.
 *
 * Ranges count to their upper bound (8-12 reps: up to 12; hold 15-30 s: 30 s): the reader can
 * always end a phase early with Skip, never extend one.
 */
import type { Dose } from '../data/types.js';
import { MIN_TIMED_HOLD_SECONDS, upper } from './timed-amount.js';

export type PhaseKind = 'lead-in' | 'work' | 'hold' | 'rest' | 'switch' | 'complete';
export type PlanSide = 'left' | 'right' | null;

export interface Phase {
  readonly kind: PhaseKind;
  /** Milliseconds the phase lasts; `null` until the reader says done (manual reps, `max`). */
  readonly durationMs: number | null;
  /** 1-based set number (0 for lead-in and complete). */
  readonly set: number;
  /** 1-based rep or hold number within the set (0 where it does not apply). */
  readonly rep: number;
  /** Reps to count in this phase: manual or paced reps of a work phase; `null` for `max`. */
  readonly repTarget: number | null;
  /** Milliseconds per paced rep (tempo), or null when the reader counts reps. */
  readonly tempoMs: number | null;
  readonly side: PlanSide;
}

export interface PlanOptions {
  /** Seconds of get-ready countdown before the first phase (default 3, 0 for none). */
  readonly leadInSeconds?: number;
  /** Seconds to change sides between the sides of an `each` dose (default 5). */
  readonly switchSeconds?: number;
}

export interface TimerPlan {
  readonly phases: readonly Phase[];
  readonly sets: number;
  /** Reps (or holds) per set and side; `null` for `max`. */
  readonly reps: number | null;
}

export const DEFAULT_LEAD_IN_SECONDS = 3;
export const DEFAULT_SWITCH_SECONDS = 5;
export { MIN_TIMED_HOLD_SECONDS, upper };

const seconds = (value: number) => Math.round(value * 1000);

export function buildPlan(dose: Dose, options: PlanOptions = {}): TimerPlan {
  const leadIn = Math.max(0, options.leadInSeconds ?? DEFAULT_LEAD_IN_SECONDS);
  const switchMs = seconds(Math.max(0, options.switchSeconds ?? DEFAULT_SWITCH_SECONDS));
  const sets = Math.max(1, Math.round(upper(dose.sets)) || 1);
  const reps = dose.reps === 'max' ? null : Math.max(1, Math.round(upper(dose.reps)) || 1);
  // A hold of a few seconds is a pause inside each rep (counted by the reader), not a timed hold.
  const holdMs = upper(dose.holdSeconds) >= MIN_TIMED_HOLD_SECONDS ? seconds(upper(dose.holdSeconds)) : 0;
  const restMs = seconds(upper(dose.restSeconds));
  const durationMs = seconds(upper(dose.durationSeconds));
  const tempoMs = dose.tempoSeconds ? seconds(dose.tempoSeconds) : null;
  const sides: PlanSide[] = dose.side === 'each' ? ['left', 'right'] : dose.side === 'left' || dose.side === 'right' ? [dose.side] : [null];

  const phases: Phase[] = [];
  const add = (kind: PhaseKind, durationMs: number | null, set: number, rep = 0, side: PlanSide = null, repTarget: number | null = null, tempo: number | null = null) =>
    phases.push({ kind, durationMs, set, rep, side, repTarget, tempoMs: tempo });

  // A dose that is only a rest (a routine's rest between exercises) is one rest phase.
  const restOnly = restMs > 0 && dose.reps === undefined && dose.sets === undefined && !holdMs && !durationMs;
  if (restOnly) {
    add('rest', restMs, 1);
    add('complete', null, 1);
    return { phases, sets: 1, reps: null };
  }
  if (leadIn > 0) add('lead-in', seconds(leadIn), 0);
  for (let set = 1; set <= sets; set++) {
    sides.forEach((side, sideIndex) => {
      if (sideIndex > 0 && switchMs > 0) add('switch', switchMs, set, 0, side);
      if (holdMs > 0) {
        // Holds: each rep is one hold; with one set, the rest comes between holds.
        const holds = reps ?? 1;
        for (let rep = 1; rep <= holds; rep++) {
          if (rep > 1 && restMs > 0 && sets === 1) add('rest', restMs, set, rep, side);
          add('hold', holdMs, set, rep, side);
        }
      } else if (durationMs > 0) {
        add('work', durationMs, set, 0, side);
      } else if (tempoMs !== null && reps !== null) {
        add('work', reps * tempoMs, set, 1, side, reps, tempoMs);
      } else {
        add('work', null, set, 1, side, reps);
      }
    });
    if (set < sets && restMs > 0) add('rest', restMs, set + 1, 0, null);
  }
  add('complete', null, sets, 0);
  return { phases, sets, reps };
}

/** The timed part of a plan: total milliseconds of every phase of `kind`. */
export const totalMs = (plan: TimerPlan, kind: PhaseKind): number =>
  plan.phases.filter((p) => p.kind === kind).reduce((sum, p) => sum + (p.durationMs ?? 0), 0);
