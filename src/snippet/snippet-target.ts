/** Whether an id names a routine rather than an exercise: the command takes either. */
import { routineIds } from '../data/store.js';

/** `id` is a bundled or registered routine's (exercise ids are checked as cards are written). */
export const isRoutineId = (id: string): boolean => routineIds().includes(id);
