/**
 * What both the dose wording (in every card) and the timer plan (only in timers and players) need
 * to agree on, in a module of its own so that a card page does not load the plan builder.
 */
import type { Amount } from '../data/types.js';

/** Holds shorter than this are part of a rep ("pull, hold for a second"), not phases of their own. */
export const MIN_TIMED_HOLD_SECONDS = 5;

/** The number a timer counts for an amount: its upper bound. */
export const upper = (amount: Amount | undefined): number =>
  amount === undefined ? 0 : typeof amount === 'number' ? amount : amount.max;
