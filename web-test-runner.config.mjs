// Tests run in Debian's headless Chromium (no test tool downloads a browser here).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const quiet = process.env.CI === 'true';

/**
 * Serves the built CDN folder under `/<prefix>/` as a network would that treats some files its own
 * way: `twist(file, context)` answers a request itself (and returns true), or lets it through.
 */
const builtCdnAt = (prefix, twist) => async (context, next) => {
  const file = new RegExp(`^/${prefix}/(.*)$`).exec(context.path)?.[1];
  if (file === undefined) return next();
  if (await twist?.(file, context)) return undefined;
  context.path = `/dist/cdn/${file}`;
  return next();
};
/** A request the network dropped. */
const offline = (context) => {
  context.status = 503;
  context.body = 'offline';
  return true;
};

const failedOnce = new Set();

/**
 * Serves the built CDN folder under `/<element>-last/` as a network where the element's own chunk
 * arrives last: it is held until every kind of file in `needs` has been asked for, which only
 * happens if the script asks for them beside it (test/package/early-fetch.test.ts). The kinds:
 * `data` and `strings` files, or a chunk by name (`timing`).
 */
const lastOf = (element, needs) => {
  const asked = new Set();
  const waiting = [];
  return builtCdnAt(`${element}-last`, async (file) => {
    if (file === 'exercise-elements.js') asked.clear();
    const kind = file.startsWith('data/') ? 'data' : file.startsWith('locales/') ? 'strings' : /^chunks\/([a-z-]+)-[\w-]{8}\.js$/.exec(file)?.[1];
    if (kind) asked.add(kind);
    if (needs.every((need) => asked.has(need))) waiting.splice(0).forEach((release) => release());
    else if (kind === element) await new Promise((release) => waiting.push(release));
    return false;
  });
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'default'] },
  middleware: [
    // Each /test-copies/<letter>/ is one more copy of the built CDN script (test/package/two-copies.test.ts).
    builtCdnAt('test-copies/[a-z]'),
    // /offline-timer/ is the built CDN script on a page that went offline once loaded: the timer's
    // chunk, fetched when a reader starts a timer, fails (test/package/lazy-timer.test.ts).
    builtCdnAt('offline-timer', (file, context) => file.startsWith('chunks/rep-timer-') && offline(context)),
    // /flaky-data/ is the built CDN script on a flaky network: each dataset file fails the first
    // time it is asked for, then loads (test/package/data-chunks.test.ts).
    builtCdnAt('flaky-data', (file, context) => {
      if (!file.startsWith('data/') || failedOnce.has(file)) return false;
      failedOnce.add(file);
      // A path with no extension: the test runner marks any file's response cacheable for a
      // year, and the browser would then never ask for it again.
      context.path = '/flaky-data/failed';
      return offline(context);
    }),
    // /exercise-card-last/ and /routine-player-last/: the element's chunk is held until its data,
    // its UI strings (and the player's `timing` chunk, which its chunk imports) were asked for.
    lastOf('exercise-card', ['data', 'strings']),
    lastOf('routine-player', ['timing', 'data', 'strings']),
    // The CSP fixture page is served as a strict site would serve it.
    async (context, next) => {
      await next();
      if (context.path.startsWith('/test/fixtures/csp/')) {
        context.set(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html exercise-elements",
        );
      }
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }),
    // executeServerCommand('exercise-elements-snippet', { args }): the Node command's output (test/snippet/).
    {
      name: 'exercise-elements-snippet',
      async executeCommand({ command, payload }) {
        if (command !== 'exercise-elements-snippet') return undefined;
        const { stdout } = await promisify(execFile)(process.execPath, ['bin/exercise-elements.mjs', 'snippet', ...payload.args]);
        return stdout;
      },
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // Test pages run side by side; a page in the background must still get frames and timers.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  concurrency: 2,
  // Coverage of src/ (not the generated modules); the run fails below these figures.
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/generated/**'],
    threshold: { statements: 85, branches: 75, functions: 80, lines: 85 },
  },
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  staticLogging: quiet,
};
