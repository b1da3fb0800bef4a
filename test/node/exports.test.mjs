// Every module the package exports imports in Node 20 without a DOM and without throwing (Next.js,
// Astro, SvelteKit and Nuxt import modules on the server). Imports the built package by its own
// name, as an app would, so `exports` itself is under test.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
const jsEntries = Object.entries(pkg.exports).filter(([, target]) => (typeof target === 'string' ? target : target.default ?? '').endsWith('.js'));

test('there is no DOM here', () => {
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
});

test('exports lists the element-free API and each element by name, and nothing by wildcard', () => {
  const subpaths = Object.keys(pkg.exports);
  assert.ok(!subpaths.some((s) => s.includes('*')), `no wildcard subpath: ${subpaths.join(', ')}`);
  for (const entry of ['.', './api.js', './exercise-card.js', './rep-timer.js', './routine-player.js', './routine-step.js', './cdn/exercise-elements.js']) {
    assert.ok(subpaths.includes(entry), `${entry} is exported`);
  }
});

for (const [subpath] of jsEntries) {
  const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  test(`import('${specifier}') works without a DOM`, async () => {
    const module = await import(specifier);
    assert.ok(Object.keys(module).length > 0, `${specifier} exports something`);
  });
}

test('the root exports the data API and the element classes, and registers the elements where a registry exists', async () => {
  const root = await import(pkg.name);
  assert.equal(typeof root.getExercise, 'function');
  assert.equal((await root.getExercise('wall-angels'))?.name.en, 'Wall angels');
  for (const name of ['ExerciseCard', 'RepTimer', 'RoutinePlayer', 'RoutineStep']) assert.equal(typeof root[name], 'function', name);
  // Lit's server shim gives Node a customElements registry; our guarded define uses it.
  assert.equal(globalThis.customElements?.get('routine-step'), root.RoutineStep);
  assert.equal(globalThis.customElements?.get('exercise-card'), root.ExerciseCard);
});

test('internal files are not reachable through the package name', async () => {
  await assert.rejects(import(`${pkg.name}/internal/define.js`), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
  await assert.rejects(import(`${pkg.name}/data/store.js`), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
});
