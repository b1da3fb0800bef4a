/** Registers `<routine-step>`: `import 'exercise-elements/routine-step.js'` (routine-player.js does it too). */
import { RoutineStep } from './components/routine-step/routine-step.js';
import { defineElement } from './internal/define.js';

export { RoutineStep };

defineElement('routine-step', RoutineStep);

declare global {
  interface HTMLElementTagNameMap {
    'routine-step': RoutineStep;
  }
}
