// `exercise-elements/api.js`: the data API without any element, for servers and for pages that
// only read data. Runs in a process of its own (node:test runs each file apart), so nothing else
// has registered an element here.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

const api = await import('exercise-elements/api.js');
const dist = new URL('../../dist/', import.meta.url);

test('the data API works in Node', async () => {
  assert.equal((await api.getExercise('wall-angels'))?.name.en, 'Wall angels');
  assert.ok((await api.getRoutine('healthy-upper-back'))?.items.length > 0);
  assert.ok(api.exerciseIds().includes('wall-angels'));
  assert.equal(api.getSource('kaiser-healthy-upper-back')?.publisher, 'Kaiser Permanente');
  const bad = await api.validateDataset({ version: 1, exercises: [{ id: 'x' }] });
  assert.equal(bad.ok, false);
  assert.ok(bad.issues.length > 0);
});

test('registerDataset adds data that getExercise then finds', async () => {
  const dataset = {
    version: 1,
    exercises: [{ id: 'node-move', name: { en: 'Node move' }, category: 'stretch', equipment: [], steps: [{ en: 'Move.' }] }],
  };
  const result = await api.registerDataset(dataset);
  assert.deepEqual(result.issues, []);
  assert.equal((await api.getExercise('node-move'))?.name.en, 'Node move');
});

test('a relative dataset URL in Node is an error result, not a rejection', async () => {
  const result = await api.loadDataset('./nowhere.json');
  assert.equal(result.ok, false);
  assert.equal(result.error.code, 'network');
});

test('importing api.js registers no element and pulls in no element code', async () => {
  assert.equal(globalThis.customElements, undefined, 'Lit (and its server registry) never loaded');
  // Walk the static import graph of dist/api.js: no element module, no Lit (element base classes).
  const seen = new Set();
  const walk = async (url) => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    const code = await readFile(url, 'utf8');
    for (const [, spec] of code.matchAll(/^(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]/gm)) {
      if (!spec) continue;
      if (!spec.startsWith('.')) {
        assert.ok(!/^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(spec), `${url.pathname.replace(dist.pathname, '')} imports ${spec}`);
        continue;
      }
      await walk(new URL(spec, url));
    }
  };
  await walk(new URL('api.js', dist));
  const files = [...seen].map((href) => href.replace(dist.href, ''));
  assert.ok(files.length > 1, files.join(', '));
  assert.deepEqual(files.filter((f) => f.startsWith('components/') || /^(exercise-card|rep-timer|routine-player|routine-step)\.js$/.test(f)), []);
});
