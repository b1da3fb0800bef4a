// Importing the package root registers every element, and routine-player.js brings <routine-step>
// (checked in a process where nothing else was imported first). Lit's server shim provides the
// registry in Node, so this runs without a browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('routine-player.js alone registers <routine-player> and <routine-step>', async () => {
  const { RoutinePlayer } = await import('exercise-elements/routine-player.js');
  assert.equal(customElements.get('routine-player'), RoutinePlayer);
  assert.equal(typeof customElements.get('routine-step'), 'function');
  assert.equal(customElements.get('exercise-card'), undefined);
});

test('the package root registers every element', async () => {
  const root = await import('exercise-elements');
  assert.equal(customElements.get('exercise-card'), root.ExerciseCard);
  assert.equal(customElements.get('rep-timer'), root.RepTimer);
  assert.equal(customElements.get('routine-player'), root.RoutinePlayer);
  assert.equal(customElements.get('routine-step'), root.RoutineStep);
});
