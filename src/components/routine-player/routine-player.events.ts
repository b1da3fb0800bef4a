import { ElementEvent, type EventsOf } from '../../internal/element-event.js';
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

/** The `detail` of each `<routine-player>` event. */
export interface RoutinePlayerEventDetails {
  'routine-player-start': RoutinePlayerStepDetail;
  'routine-player-step': RoutinePlayerStepDetail;
  'routine-player-pause': RoutinePlayerStepDetail;
  'routine-player-resume': RoutinePlayerStepDetail;
  'routine-player-complete': RoutinePlayerCompleteDetail;
  'routine-player-error': RoutinePlayerErrorDetail;
}

/** `<routine-player>` events bubble and cross shadow roots, with a typed `detail` (the elements' one event class). */
export type RoutinePlayerEvent<T> = ElementEvent<T>;
export const RoutinePlayerEvent = ElementEvent;

export type RoutinePlayerEventMap = EventsOf<RoutinePlayerEventDetails>;

declare module '../../internal/element-event.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ElementEventDetails extends RoutinePlayerEventDetails {}
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends RoutinePlayerEventMap {}
}
