import type { Exercise } from './types.js';

/**
 * The ids of the vocabulary words a card shows for an exercise (`category.strength`,
 * `position.standing`, `equipment.wall`, `muscle.lower-trapezius` for its main muscles): what a
 * bundled exercise's chunk carries in its language (scripts/build-data.mjs), and what a card
 * checks it can say before it renders. No imports: the build reads it before anything is generated.
 */
export const vocabularyIds = (exercise: Pick<Exercise, 'category' | 'position' | 'equipment' | 'muscles'>): string[] => [
  `category.${exercise.category}`,
  ...(exercise.position ? [`position.${exercise.position}`] : []),
  ...exercise.equipment.map((e) => `equipment.${e}`),
  ...(exercise.muscles?.primary ?? []).map((m) => `muscle.${m}`),
];
