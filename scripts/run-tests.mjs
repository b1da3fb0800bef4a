// `npm test`: builds the package, runs the Node tests (node:test: the built package imported and
// server-rendered without a DOM, and its typings compiled as React and Vue apps would) and then
// the browser tests (web-test-runner), and ends with one line adding both up, "N passed, N failed",
// which CI reads. Each part runs whatever the other did; the exit code is non-zero if any failed.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line no-control-regex -- terminal colour codes are what it removes
const stripAnsi = (text) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

/** Runs a command with its output shown as it comes; resolves with its exit code and output. */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

let passed = 0;
let failed = 0;
const problems = [];

console.log('::: build');
const build = await run('npm', ['run', 'build', '--silent']);
if (build.code !== 0) {
  failed += 1;
  problems.push(`build exited ${build.code}`);
}

console.log('::: node tests (node:test)');
const scratch = await mkdtemp(join(tmpdir(), 'ee-node-tests-'));
const tapFile = join(scratch, 'results.tap');
const node = await run(process.execPath, [
  '--test',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tapFile}`,
  'test/node/',
]);
const tap = await readFile(tapFile, 'utf8').catch(() => '');
await rm(scratch, { recursive: true, force: true });
const tapCount = (name) => Number(/^# (\w+) (\d+)$/m.exec(tap.split('\n').filter((l) => l.startsWith(`# ${name} `)).at(-1) ?? '')?.[2] ?? NaN);
const nodePassed = tapCount('pass');
const nodeFailed = tapCount('fail');
if (Number.isNaN(nodePassed) || Number.isNaN(nodeFailed)) {
  failed += 1;
  problems.push(`node tests exited ${node.code} without a summary`);
} else {
  passed += nodePassed;
  failed += nodeFailed;
  if (node.code !== 0 && nodeFailed === 0) {
    failed += 1;
    problems.push(`node tests exited ${node.code}`);
  }
}

console.log('::: browser tests (web-test-runner)');
const wtr = await run('npx', ['wtr']);
const counts = [...stripAnsi(wtr.output).matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
if (!counts) {
  failed += 1;
  problems.push(`browser tests exited ${wtr.code} without a summary`);
} else {
  passed += Number(counts[1]);
  failed += Number(counts[2]);
  if (wtr.code !== 0 && Number(counts[2]) === 0) {
    failed += 1;
    problems.push(`browser tests exited ${wtr.code}`);
  }
}

for (const problem of problems) console.log(`problem: ${problem}`);
console.log(`node tests: ${Number.isNaN(nodePassed) ? '?' : nodePassed} passed; browser tests: ${counts?.[1] ?? '?'} passed`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
