// The CDN build gives private class members named `__like-this` short names (rollup.config.mjs):
// the player's and the timer's long private names would otherwise be downloaded by every page
// with a player. Reads the built script and its chunks.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';

const cdn = new URL('../../dist/cdn/', import.meta.url);

test('no script of the CDN build ships a `__` member name', async () => {
  const files = ['exercise-elements.js', ...(await readdir(new URL('chunks/', cdn))).map((f) => `chunks/${f}`)];
  const sources = await Promise.all(files.map(async (file) => ({ file, code: await readFile(new URL(file, cdn), 'utf8') })));
  assert.ok(sources.some(({ file }) => file.startsWith('chunks/routine-player-')), 'the player chunk was built');
  for (const { file, code } of sources) {
    const names = [...new Set([...code.matchAll(/\.(__(?!proto__)[\w$]+)/g)].map((m) => m[1]))];
    assert.deepEqual(names, [], `${file} ships ${names.join(', ')}`);
  }
});
