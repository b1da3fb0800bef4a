import { ElementEvent } from '../../internal/element-event.js';
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

/** `<exercise-card>` events bubble and cross shadow roots, with a typed `detail`. */
export class ExerciseCardEvent<T> extends ElementEvent<T> {}

export interface ExerciseCardEventMap {
  'exercise-card-load': ExerciseCardEvent<ExerciseCardLoadDetail>;
  'exercise-card-error': ExerciseCardEvent<ExerciseCardErrorDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ExerciseCardEventMap {}
}
