/** Registers `<routine-player>` and `<routine-step>`: `import 'exercise-elements/routine-player.js'`. */
import { RoutinePlayer } from './components/routine-player/routine-player.js';
import { defineElement } from './internal/define.js';
import './routine-step.js';

export { RoutinePlayer };
export * from './components/routine-player/routine-player.events.js';

defineElement('routine-player', RoutinePlayer);

declare global {
  interface HTMLElementTagNameMap {
    'routine-player': RoutinePlayer;
  }
}
