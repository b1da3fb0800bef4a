import { ElementEvent } from '../../internal/element-event.js';
import type { Exercise } from '../../data/types.js';

export type RoutinePlayerErrorCode = 'missing-routine' | 'not-found' | 'unknown-exercise' | 'empty' | 'invalid' | 'network' | 'http' | 'json';

export interface RoutinePlayerStepDetail {
  /** Index of the step in the expanded routine (rests and rounds included), as `index` and `goTo()` use it. */
  readonly index: number;
  /** The exercise of the step; `null` for a rest. */
  readonly exercise: Exercise | null;
}
export interface RoutinePlayerCompleteDetail {
  /** Exercises done (each round counted). */
  readonly items: number;
  /** Time from start to finish, pauses excluded. */
  readonly elapsedMs: number;
}
export interface RoutinePlayerErrorDetail {
  readonly code: RoutinePlayerErrorCode;
  readonly message: string;
}

/** `<routine-player>` events bubble and cross shadow roots, with a typed `detail`. */
export class RoutinePlayerEvent<T> extends ElementEvent<T> {}

export interface RoutinePlayerEventMap {
  'routine-player-start': RoutinePlayerEvent<RoutinePlayerStepDetail>;
  'routine-player-step': RoutinePlayerEvent<RoutinePlayerStepDetail>;
  'routine-player-pause': RoutinePlayerEvent<RoutinePlayerStepDetail>;
  'routine-player-resume': RoutinePlayerEvent<RoutinePlayerStepDetail>;
  'routine-player-complete': RoutinePlayerEvent<RoutinePlayerCompleteDetail>;
  'routine-player-error': RoutinePlayerEvent<RoutinePlayerErrorDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends RoutinePlayerEventMap {}
}
