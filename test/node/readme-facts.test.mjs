// The README's counts of the bundled dataset are the dataset's (they drifted once).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const dataset = JSON.parse(readFileSync(new URL('dist/data/dataset.json', root), 'utf8'));
const readme = readFileSync(new URL('README.md', root), 'utf8');

test('every count of exercises and routines in the README is the bundled dataset’s', () => {
  const counts = [...readme.matchAll(/(\d+) (?:upper-back, neck and shoulder )?exercises and (\d+) routines/g)];
  assert.ok(counts.length >= 1, 'the README states the dataset’s size');
  for (const [phrase, exercises, routines] of counts) {
    assert.equal(Number(exercises), dataset.exercises.length, phrase);
    assert.equal(Number(routines), dataset.routines.length, phrase);
  }
});
