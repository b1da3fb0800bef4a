/**
 * The two facts about amounts that the dose wording shares with the timer. A module of their own
 * so that a page showing a card (dose in words, no timer) does not download the timer's planner.
 */
import type { Amount } from '../data/types.js';

/** Holds shorter than this are part of a rep ("pause for a second at the top"), not phases of their own. */
export const MIN_TIMED_HOLD_SECONDS = 2;

/** The number a timer counts for an amount: its upper bound. */
export const upper = (amount: Amount | undefined): number =>
  amount === undefined ? 0 : typeof amount === 'number' ? amount : amount.max;
