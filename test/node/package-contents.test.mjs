// What `npm pack` would publish is consistent: everything package.json and custom-elements.json
// name is in it, and nothing points at a file that is not.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(await readFile(new URL('package.json', `file://${root}`), 'utf8'));
let files;

before(async () => {
  const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--silent', '--ignore-scripts'], { cwd: root });
  files = new Set(JSON.parse(stdout)[0].files.map((f) => f.path));
});

test('every exports target and sideEffects entry is a shipped file', () => {
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      assert.ok(files.has(file.replace(/^\.\//, '')), `${subpath} -> ${file}`);
    }
  }
  for (const file of pkg.sideEffects) assert.ok(files.has(file.replace(/^\.\//, '')), `sideEffects ${file}`);
});

test('custom-elements.json names shipped modules, and every event has a payload type', async () => {
  const manifest = JSON.parse(await readFile(new URL('custom-elements.json', `file://${root}`), 'utf8'));
  for (const mod of manifest.modules) assert.ok(files.has(mod.path), mod.path);
  const events = manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => d.events ?? []));
  assert.ok(events.length >= 15, `${events.length} events`);
  assert.deepEqual(events.filter((e) => !e.type?.text).map((e) => e.name), []);
});

test('no source map is named without being shipped, and nothing is shipped from node_modules or src', async () => {
  for (const file of files) {
    assert.ok(!file.includes('node_modules/') && !file.startsWith('src/'), file);
    if (!file.endsWith('.js')) continue;
    const code = await readFile(new URL(file, `file://${root}`), 'utf8');
    const map = /sourceMappingURL=(\S+)/.exec(code)?.[1];
    if (map) assert.ok(files.has(new URL(map, `file:///${file}`).pathname.slice(1)), `${file} names ${map}`);
  }
});


test('the UI strings\' XLIFF files ship (apps translate them into their own languages); the dataset\'s, for our translators, do not', () => {
  for (const lang of ['es', 'fr', 'de', 'pt', 'ar']) assert.ok(files.has(`xliff/${lang}.xlf`), `xliff/${lang}.xlf`);
  assert.deepEqual([...files].filter((file) => file.startsWith('xliff/content/')), []);
});

test('every shipped declaration file describes a shipped module (or is a types-only entry)', () => {
  const typesOnly = ['dist/page-api.d.ts', 'dist/importers.d.ts'];
  const orphans = [...files].filter((file) => file.endsWith('.d.ts') && !file.startsWith('dist/types/') && !typesOnly.includes(file) && !files.has(file.replace(/\.d\.ts$/, '.js')));
  assert.deepEqual(orphans, []);
});

test('custom-elements.json says which shipped entry registers each element', async () => {
  const manifest = JSON.parse(await readFile(new URL('custom-elements.json', `file://${root}`), 'utf8'));
  const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName));
  assert.deepEqual(tags.sort(), ['exercise-card', 'rep-timer', 'routine-player', 'routine-step']);
  for (const tag of tags) {
    const entry = manifest.modules.find((m) => (m.exports ?? []).some((e) => e.kind === 'custom-element-definition' && e.name === tag));
    assert.equal(entry?.path, `dist/${tag}.js`, tag);
    assert.ok(files.has(entry.path), entry.path);
    assert.ok(pkg.exports[`./${tag}.js`], `./${tag}.js is exported`);
  }
});
