import { ElementEvent, type EventsOf } from '../../internal/element-event.js';
import type { Exercise } from '../../data/types.js';

export type ExerciseCardErrorCode = 'missing-id' | 'not-found' | 'invalid' | 'network' | 'http' | 'json';

export interface ExerciseCardLoadDetail {
  /** The exercise as the dataset has it (the card's dose attributes are not merged in). */
  readonly exercise: Exercise;
}

export interface ExerciseCardErrorDetail {
  readonly code: ExerciseCardErrorCode;
  /** What went wrong, in English, with the JSON path where there is one (the element shows a localized message). */
  readonly message: string;
}

/** The `detail` of each `<exercise-card>` event. */
export interface ExerciseCardEventDetails {
  'exercise-card-load': ExerciseCardLoadDetail;
  'exercise-card-error': ExerciseCardErrorDetail;
}

/** `<exercise-card>` events bubble and cross shadow roots, with a typed `detail` (the elements' one event class). */
export type ExerciseCardEvent<T> = ElementEvent<T>;
export const ExerciseCardEvent = ElementEvent;

export type ExerciseCardEventMap = EventsOf<ExerciseCardEventDetails>;

declare module '../../internal/element-event.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ElementEventDetails extends ExerciseCardEventDetails {}
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends ExerciseCardEventMap {}
}
