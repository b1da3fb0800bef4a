/** Registers `<rep-timer>`: `import 'exercise-elements/rep-timer.js'`. */
import { RepTimer } from './components/rep-timer/rep-timer.js';
import { defineElement } from './internal/define.js';

export { RepTimer };
export * from './components/rep-timer/rep-timer.events.js';

defineElement('rep-timer', RepTimer);

declare global {
  interface HTMLElementTagNameMap {
    'rep-timer': RepTimer;
  }
}
