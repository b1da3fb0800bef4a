/**
 * A routine expanded into the ordered steps a player walks through: every item of every round,
 * with the rests between them (explicit rest items, and `restBetween` between exercises), and
 * an estimate of how long each takes. Pure data.
 */
import type { Dose } from '../data/types.js';
import { buildPlan, upper } from './timer-plan.js';

export interface RoutineInputItem {
  /** Exercise id, or undefined for an explicit rest. */
  readonly exercise?: string;
  readonly dose?: Dose;
  /** Seconds, for an explicit rest item. */
  readonly restSeconds?: number;
}

export interface RoutineStep {
  readonly kind: 'exercise' | 'rest';
  /** Position in the routine's own item list (before rounds are expanded). */
  readonly item: number;
  /** 1-based round. */
  readonly round: number;
  readonly exercise?: string;
  /** For an exercise: its dose (item dose over exercise dose). For a rest: `{ restSeconds }`. */
  readonly dose: Dose;
  /** Estimated seconds, for "time left". */
  readonly estimateSeconds: number;
}

/**
 * Reps a player counts in a set of "as many as you can" before the set ends on its own: a routine
 * plays hands-free, so every set needs an end (the reader may end it sooner with Done).
 */
export const ROUTINE_MAX_REPS = 20;

/**
 * How long a dose takes, from the very plan the player's timer runs (paced reps, timed holds and
 * releases, side switches, rests between sets); `leadInSeconds` is the get-ready countdown.
 */
export function estimateSeconds(dose: Dose, leadInSeconds = 0): number {
  const plan = buildPlan(dose, { leadInSeconds, maxReps: ROUTINE_MAX_REPS });
  return Math.round(plan.phases.reduce((ms, phase) => ms + (phase.durationMs ?? 0), 0) / 1000);
}

export function buildRoutineSteps(
  items: readonly RoutineInputItem[],
  options: { rounds?: number; restBetweenSeconds?: number; leadInSeconds?: number } = {},
): RoutineStep[] {
  const rounds = Math.max(1, Math.round(options.rounds ?? 1));
  const between = Math.max(0, options.restBetweenSeconds ?? 0);
  const steps: RoutineStep[] = [];
  const rest = (item: number, round: number, seconds: number) =>
    steps.push({ kind: 'rest', item, round, dose: { restSeconds: seconds }, estimateSeconds: Math.round(seconds) });
  for (let round = 1; round <= rounds; round++) {
    items.forEach((input, item) => {
      if (input.exercise === undefined) {
        if (upper(input.restSeconds) > 0 && steps.length > 0) rest(item, round, upper(input.restSeconds));
        return;
      }
      const previous = steps.at(-1);
      if (previous?.kind === 'exercise' && between > 0) rest(item, round, between);
      const dose = input.dose ?? {};
      steps.push({ kind: 'exercise', item, round, exercise: input.exercise, dose, estimateSeconds: estimateSeconds(dose, options.leadInSeconds) });
    });
  }
  // A rest never ends the routine.
  while (steps.at(-1)?.kind === 'rest') steps.pop();
  return steps;
}

/** Estimated seconds from step `index` (included) to the end. */
export const secondsLeft = (steps: readonly RoutineStep[], index: number): number =>
  steps.slice(Math.max(0, index)).reduce((sum, step) => sum + step.estimateSeconds, 0);
