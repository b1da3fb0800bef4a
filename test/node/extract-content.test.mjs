// `npm run extract-content` on a copy of the repository's content: a changed English text keeps
// its translation but is flagged for review, a new text gets an empty unit, and the build's reader
// does not use a flagged target.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repo = new URL('../../', import.meta.url).pathname;

test('a translation whose English changed is flagged for review, not silently kept; a new text gets an empty unit', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'extract-content-'));
  try {
    for (const path of ['scripts/content-text.mjs', 'scripts/extract-content.mjs', 'lit-localize.json', 'src/data/bundled/sources', 'xliff/content']) {
      await cp(join(repo, path), join(dir, path), { recursive: true });
    }
    const file = join(dir, 'src/data/bundled/sources/carex-upper-back-pain.json');
    const data = JSON.parse(await readFile(file, 'utf8'));
    const wallAngels = data.exercises.find((e) => e.id === 'wall-angels');
    const before = wallAngels.steps[0].en;
    wallAngels.steps[0].en = 'Stand with your heels a hand’s width from a wall.';
    wallAngels.tips.push({ en: 'Breathe out as your arms rise.' });
    await writeFile(file, JSON.stringify(data, null, 2));

    await run('node', [join(dir, 'scripts/extract-content.mjs')], { cwd: dir });

    const { readContentXliff } = await import(join(dir, 'scripts/content-text.mjs'));
    const units = await readContentXliff('es');
    const changed = units.get('exercise.wall-angels.steps.0');
    assert.equal(changed.source, 'Stand with your heels a hand’s width from a wall.');
    assert.equal(changed.target, 'Póngase de pie con los talones a unos 20 cm de una pared.');
    assert.match(changed.state, /^needs-review/);
    const xml = await readFile(join(dir, 'xliff/content/es.xlf'), 'utf8');
    assert.ok(xml.includes(before), 'the English it was translated from is kept in a note');
    const added = units.get(`exercise.wall-angels.tips.${wallAngels.tips.length - 1}`);
    assert.equal(added.source, 'Breathe out as your arms rise.');
    assert.ok(!added.target, 'a new text has no target yet');
    const untouched = units.get('exercise.wall-angels.steps.1');
    assert.ok(untouched.target && !/^needs-review/.test(untouched.state ?? ''));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
