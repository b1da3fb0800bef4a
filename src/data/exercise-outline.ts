/**
 * What a routine player shows of an exercise before its step is reached: its name and default
 * dose (the list, "next up", the cues). A bundled routine's chunk carries its exercises' outlines,
 * and its first exercise in full (what a player shows first: no fetch of its own); each other full
 * exercise (steps, media, cautions) loads when its step comes.
 */
import { bundledRoutineIds } from './generated/bundled.js';
import { pageRegistry as registered } from './page-registry.js';
import { bundledChunk } from './store.js';
import type { Dataset, Exercise } from './types.js';

export type ExerciseOutline = Pick<Exercise, 'id' | 'name' | 'dose'>;

/** Whether `exercise` is the full exercise rather than its outline. */
export const isFullExercise = (exercise: ExerciseOutline | undefined): exercise is Exercise => exercise !== undefined && 'steps' in exercise;

/**
 * The outlines a bundled routine's chunk carries, in `lang`, by exercise id; none for a routine or
 * an exercise that `scope` or registered data defines (theirs win, as in `getExercise`).
 */
export async function bundledOutlines(routineId: string, scope: Dataset | undefined, lang: string): Promise<Map<string, ExerciseOutline>> {
  const at = bundledRoutineIds.indexOf(routineId);
  if (at === -1 || scope?.routines?.some((r) => r.id === routineId) || registered.routines.has(routineId)) return new Map();
  const chunk = await bundledChunk('routines', at, lang);
  const own = (id: string) => !scope?.exercises?.some((e) => e.id === id) && !registered.exercises.has(id);
  return new Map((chunk?.outline ?? []).flatMap((e) => (own(e.id) ? [[e.id, e] as const] : [])));
}
