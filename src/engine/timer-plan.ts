/**
 * Turns a dose into the ordered phases a timer counts: lead-in, work (reps or timed work), hold,
 * release (letting go between holds), rest, switch (change sides), complete. Pure data, no clock.
 *
 * Counting is hands-free by default: reps are paced by the clock (the dose's tempo, else 3 s a
 * rep), holds of 2 s or more are timed, repeated holds are separated by a release. `count: 'tap'`
 * keeps reps counted by the reader. Ranges count to their upper bound (8-12 reps: up to 12; hold
 * 15-30 s: 30 s): the reader can always end a set early with Done or a phase with Skip.
 */
import type { Dose } from '../data/types.js';
import { MIN_TIMED_HOLD_SECONDS, upper } from './amount.js';

export type PhaseKind = 'lead-in' | 'work' | 'hold' | 'release' | 'rest' | 'switch' | 'complete';
/** `pace`: the clock counts reps (default); `tap`: the reader counts them with "Rep done". */
export type CountMode = 'pace' | 'tap';
export type PlanSide = 'left' | 'right' | null;

export interface Phase {
  readonly kind: PhaseKind;
  /** Milliseconds the phase lasts; `null` until the reader says done (tapped reps, paced `max`). */
  readonly durationMs: number | null;
  /** 1-based set number (0 for lead-in and complete). */
  readonly set: number;
  /** 1-based rep or hold number within the set (0 where it does not apply). */
  readonly rep: number;
  /** Reps to count in this phase: tapped or paced reps of a work phase; `null` for `max`. */
  readonly repTarget: number | null;
  /** Milliseconds per paced rep, or null when the reader counts reps (or the phase has none). */
  readonly tempoMs: number | null;
  readonly side: PlanSide;
}

export interface PlanOptions {
  /** Seconds of get-ready countdown before the first phase (default 3, 0 for none). */
  readonly leadInSeconds?: number;
  /** Seconds to change sides between the sides of an `each` dose (default 5). */
  readonly switchSeconds?: number;
  /** Who counts reps: the clock (`pace`, default) or the reader (`tap`). */
  readonly count?: CountMode;
  /** Seconds of release between repeated holds (default: the dose's rest when given, else 3). */
  readonly releaseSeconds?: number;
  /**
   * Ends a paced set of `max` reps on its own after this many reps (a routine played hands-free
   * needs every set to end); without it such a set counts up until Done.
   */
  readonly maxReps?: number;
}

export interface TimerPlan {
  readonly phases: readonly Phase[];
  readonly sets: number;
  /** Reps (or holds) per set and side; `null` for `max`. */
  readonly reps: number | null;
}

export const DEFAULT_LEAD_IN_SECONDS = 3;
export const DEFAULT_SWITCH_SECONDS = 5;
export { MIN_TIMED_HOLD_SECONDS, upper } from './amount.js';
/** Seconds a paced rep takes when neither the author nor the dataset gives a tempo. */
export const DEFAULT_PACE_SECONDS = 3;
/** Seconds to let go between repeated holds when the dose gives no rest. */
export const DEFAULT_RELEASE_SECONDS = 3;

const seconds = (value: number) => Math.round(value * 1000);

export function buildPlan(dose: Dose, options: PlanOptions = {}): TimerPlan {
  const leadIn = Math.max(0, options.leadInSeconds ?? DEFAULT_LEAD_IN_SECONDS);
  const switchMs = seconds(Math.max(0, options.switchSeconds ?? DEFAULT_SWITCH_SECONDS));
  const sets = Math.max(1, Math.round(upper(dose.sets)) || 1);
  const reps = dose.reps === 'max' ? null : Math.max(1, Math.round(upper(dose.reps)) || 1);
  const hold = upper(dose.holdSeconds);
  // A hold under 2 s is a pause inside each rep (its time is part of the rep's pace), not a phase.
  const holdMs = hold >= MIN_TIMED_HOLD_SECONDS ? seconds(hold) : 0;
  const restMs = seconds(upper(dose.restSeconds));
  const releaseMs = seconds(Math.max(0, options.releaseSeconds ?? (restMs > 0 ? upper(dose.restSeconds) : DEFAULT_RELEASE_SECONDS)));
  const durationMs = seconds(upper(dose.durationSeconds));
  const paceMs = seconds((dose.tempoSeconds ?? DEFAULT_PACE_SECONDS) + (holdMs ? 0 : hold));
  const tempoMs = options.count === 'tap' ? null : paceMs;
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
        // Holds: each rep is one hold, with a release between them so they never run back to back.
        const holds = reps ?? 1;
        for (let rep = 1; rep <= holds; rep++) {
          if (rep > 1 && releaseMs > 0) add('release', releaseMs, set, rep, side);
          add('hold', holdMs, set, rep, side);
        }
      } else if (durationMs > 0) {
        add('work', durationMs, set, 0, side);
      } else if (tempoMs !== null) {
        // Paced reps end on their own at the target; "as many as you can" counts up until Done.
        const cap = reps ?? (options.maxReps && options.maxReps > 0 ? Math.round(options.maxReps) : null);
        add('work', cap === null ? null : cap * tempoMs, set, 1, side, reps, tempoMs);
      } else {
        add('work', null, set, 1, side, reps);
      }
    });
    if (set < sets && restMs > 0) add('rest', restMs, set + 1, 0, null);
  }
  add('complete', null, sets, 0);
  return { phases, sets, reps };
}

/** Whether a phase is part of a set (what "Done" ends), as opposed to lead-in, rest, switch or the end. */
export const inSet = (phase: Phase): boolean => phase.kind === 'work' || phase.kind === 'hold' || phase.kind === 'release';

/** The timed part of a plan: total milliseconds of every phase of `kind`. */
export const totalMs = (plan: TimerPlan, kind: PhaseKind): number =>
  plan.phases.filter((p) => p.kind === kind).reduce((sum, p) => sum + (p.durationMs ?? 0), 0);
