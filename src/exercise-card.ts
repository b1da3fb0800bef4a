/** Registers `<exercise-card>`: `import 'exercise-elements/exercise-card.js'`. */
import { ExerciseCard } from './components/exercise-card/exercise-card.js';
import { defineElement } from './internal/define.js';

export { ExerciseCard };
export * from './components/exercise-card/exercise-card.events.js';

defineElement('exercise-card', ExerciseCard);

declare global {
  interface HTMLElementTagNameMap {
    'exercise-card': ExerciseCard;
  }
}
