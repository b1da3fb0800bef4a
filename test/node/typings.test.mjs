// The framework typings as users meet them: the package is packed and installed into a scratch
// app, then a React 19 file (tsc, skipLibCheck off) and a Vue SFC (vue-tsc, strictTemplates) are
// compiled against it. Their `@ts-expect-error` / `@vue-expect-error` lines must be errors: an
// unused one fails the compile, so typings that stop rejecting bad usage fail this test too.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
let app;

before(async () => {
  app = await mkdtemp(join(tmpdir(), 'ee-typings-'));
  const installed = join(app, 'node_modules', 'exercise-elements');
  await mkdir(installed, { recursive: true });
  const { stdout } = await exec('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', app], { cwd: root });
  const tarball = stdout.trim().split('\n').at(-1);
  await exec('tar', ['-xzf', join(app, tarball), '-C', installed, '--strip-components=1']);
  // The app's other dependencies (react, vue, lit, their types) are this project's own.
  for (const name of await readdir(join(root, 'node_modules'))) {
    if (name !== 'exercise-elements') await symlink(join(root, 'node_modules', name), join(app, 'node_modules', name));
  }
  await cp(join(root, 'test', 'types'), app, { recursive: true });
});

after(() => rm(app, { recursive: true, force: true }));

async function compile(tool, project) {
  try {
    await exec(join(root, 'node_modules', '.bin', tool), ['-p', project], { cwd: app });
    return '';
  } catch (error) {
    return `${error.stdout}${error.stderr}` || String(error);
  }
}

test('the package ships the typings its exports name', async () => {
  const files = await readdir(join(app, 'node_modules', 'exercise-elements', 'dist', 'types'));
  assert.deepEqual(files.sort(), ['jsx.d.ts', 'react.d.ts', 'vue.d.ts']);
});

test('a React 19 app compiles against the packed typings, and what must be rejected is', { timeout: 120_000 }, async () => {
  assert.equal(await compile('tsc', 'tsconfig.react.json'), '');
});

test('a Vue SFC compiles under strictTemplates, and what must be rejected is', { timeout: 120_000 }, async () => {
  assert.equal(await compile('vue-tsc', 'tsconfig.vue.json'), '');
});

test('a Node program type-checks the data API without the DOM\'s types', { timeout: 120_000 }, async () => {
  assert.equal(await compile('tsc', 'tsconfig.node.json'), '');
});
