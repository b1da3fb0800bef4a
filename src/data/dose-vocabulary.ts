/**
 * The vocabulary a dose is read with: its sides and its limits. Apart from the dataset's other
 * vocabularies (vocabulary.ts, which re-exports these), which only the validator needs.
 */
export const SIDES = ['both', 'each', 'alternate', 'left', 'right'] as const;

export type Side = (typeof SIDES)[number];

/** Upper bounds that keep a dose humane and a display sane; larger values are data errors. */
export const DOSE_LIMITS = {
  sets: 50,
  reps: 1000,
  holdSeconds: 3600,
  restSeconds: 3600,
  durationSeconds: 4 * 3600,
  tempoSeconds: 60,
} as const;
