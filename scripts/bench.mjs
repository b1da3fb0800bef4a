// `npm run bench`: what 200 <exercise-card> elements cost a page's main thread against the same
// content as static HTML (the floor; budget: at most 2x), as a React 19 component rendered on the
// client, and as one iframe embed per card (what widget vendors ship); JS heap and DOM nodes per
// card for 1,000 cards; a timer's accuracy after a 2-second main-thread stall; and the timers and
// frame callbacks an idle page of cards schedules (budget: 0). Headless Debian Chromium through
// the DevTools protocol. The page kinds alternate within every round (a machine that slows down
// slows them all) and each ratio is taken between medians of the same run. Prints a table and
// writes bench-results.json. The React and iframe pages are fixtures: nothing of React ships.
import { writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { article, cardsPage, escape, exerciseById, page, pick, SCRIPT, staticPage } from './bench-fixtures/pages.mjs';
import { startServer } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CARDS = 200;
const HEAP_CARDS = 1000;
const RATIO_BUDGET = 2;
const STALL_MS = 2000;


const reactBundle = (
  await build({
    entryPoints: [new URL('./bench-fixtures/react-cards.jsx', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  })
).outputFiles[0].text;

const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
const KINDS = {
  static: {
    label: 'static HTML (the floor)',
    html: staticPage,
    ready: () => document.querySelectorAll('article').length > 0,
  },
  cards: {
    label: '<exercise-card> elements',
    html: cardsPage,
    ready: () => {
      const cards = [...document.querySelectorAll('exercise-card')];
      return cards.length > 0 && cards.every((c) => c.shadowRoot?.querySelector('[part="title"]'));
    },
  },
  react: {
    label: 'React 19 component, client-rendered',
    html: (n) => page(`<div id="root"></div><script type="application/json" id="exercises">${json(pick(n))}</script>`, '<script type="module" src="/bench/react-cards.js"></script>'),
    ready: () => document.querySelectorAll('#root article').length > 0,
  },
  iframe: {
    label: 'one iframe embed per card',
    html: (n) => page(pick(n).map((e) => `<iframe src="/bench/embed/${e.id}" title="${escape(e.name.en)}" style="display:block;inline-size:100%;block-size:860px;border:0"></iframe>`).join('\n')),
    ready: () => [...document.querySelectorAll('iframe')].every((f) => f.contentDocument?.readyState === 'complete' && f.contentDocument.querySelector('article')),
  },
};

const { server, origin } = await startServer(0);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function openPage(html) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  await tab.route(`${origin}/bench.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await tab.route(`${origin}/bench/react-cards.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: reactBundle }));
  await tab.route(`${origin}/bench/embed/*`, (route) => {
    const id = route.request().url().split('/').pop();
    const exercise = exerciseById(id);
    return route.fulfill({ contentType: 'text/html', body: page(exercise ? article(exercise) : '') });
  });
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  return { context, tab, cdp };
}

const metricsOf = async (cdp) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
};

/** Main-thread work from navigation until the content is on screen and the page has settled. */
async function work(kind) {
  const { context, tab, cdp } = await openPage(KINDS[kind].html(CARDS));
  await tab.goto(`${origin}/bench.html`, { waitUntil: 'networkidle' });
  await tab.waitForFunction(KINDS[kind].ready, null, { timeout: 60_000 });
  await tab.waitForTimeout(200);
  const m = await metricsOf(cdp);
  await context.close();
  return { taskMs: m.TaskDuration * 1000, scriptMs: m.ScriptDuration * 1000, layoutMs: m.LayoutDuration * 1000, styleMs: m.RecalcStyleDuration * 1000 };
}

/** JS heap and DOM nodes a page holds per card, after garbage collection, against the same page with none. */
async function footprint(kind) {
  const measure = async (n) => {
    const { context, tab, cdp } = await openPage(KINDS[kind].html(n));
    await tab.goto(`${origin}/bench.html`, { waitUntil: 'networkidle' });
    if (n > 0) await tab.waitForFunction(KINDS[kind].ready, null, { timeout: 120_000 });
    await tab.waitForTimeout(300);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const m = await metricsOf(cdp);
    await context.close();
    return { heap: m.JSHeapUsedSize, nodes: m.Nodes };
  };
  const none = await measure(0);
  const many = await measure(HEAP_CARDS);
  return { heapBytesPerCard: (many.heap - none.heap) / HEAP_CARDS, nodesPerCard: (many.nodes - none.nodes) / HEAP_CARDS };
}

/** A 10-second timer, started; after 1 s the main thread is blocked for 2 s; then what it shows against the true remaining time. */
async function timerAfterStall() {
  const { context, tab } = await openPage(page('<rep-timer duration="10" lead-in="0" muted></rep-timer>', SCRIPT));
  await tab.goto(`${origin}/bench.html`, { waitUntil: 'networkidle' });
  await tab.waitForFunction(() => customElements.get('rep-timer') && document.querySelector('rep-timer').shadowRoot?.querySelector('[part="time"]'));
  const result = await tab.evaluate(async (stallMs) => {
    const timer = document.querySelector('rep-timer');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    timer.start();
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const stallEnd = performance.now() + stallMs;
    while (performance.now() < stallEnd) {
      /* a long task: the main thread does nothing else */
    }
    await frame();
    await frame();
    await timer.updateComplete;
    const elapsed = performance.now() - started;
    const shown = timer.shadowRoot.querySelector('[part="time"]').textContent.trim();
    const [m, s] = shown.includes(':') ? shown.split(':').map(Number) : [0, Number(shown)];
    return { shownSeconds: m * 60 + s, trueRemainingSeconds: 10 - elapsed / 1000, msAfterStall: performance.now() - stallEnd };
  }, STALL_MS);
  await context.close();
  // The display counts whole seconds up (0.4 s left reads 1): its error is against the ceiling.
  return { ...result, errorSeconds: result.shownSeconds - Math.ceil(result.trueRemainingSeconds) };
}

/** Timers and frame callbacks scheduled by a page of idle cards over 2 s once loaded. */
async function idleScheduling() {
  const { context, tab } = await openPage(KINDS.cards.html(CARDS));
  await tab.addInitScript(() => {
    const counts = { timers: 0, frames: 0 };
    Object.assign(window, { __scheduled: counts, __counting: false });
    for (const [name, key] of [['setTimeout', 'timers'], ['setInterval', 'timers'], ['requestAnimationFrame', 'frames'], ['requestIdleCallback', 'timers']]) {
      const original = window[name].bind(window);
      window[name] = (...args) => {
        if (window.__counting) counts[key]++;
        return original(...args);
      };
    }
  });
  await tab.goto(`${origin}/bench.html`, { waitUntil: 'networkidle' });
  await tab.waitForFunction(KINDS.cards.ready, null, { timeout: 60_000 });
  await tab.evaluate(() => (window.__counting = true));
  await tab.waitForTimeout(2000);
  const scheduled = await tab.evaluate(() => window.__scheduled);
  await context.close();
  return scheduled;
}

const order = Object.keys(KINDS);
const runs = Object.fromEntries(order.map((k) => [k, []]));
for (let i = 0; i < RUNS; i++) {
  // Rotate the order every round so that no kind always goes first (cold caches) or last.
  for (const kind of [...order.slice(i % order.length), ...order.slice(0, i % order.length)]) runs[kind].push(await work(kind));
}
const footprints = {};
for (const kind of ['static', 'cards', 'react']) footprints[kind] = await footprint(kind);
const stall = await timerAfterStall();
const idle = await idleScheduling();
await browser.close();
server.close();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const summary = Object.fromEntries(
  order.map((k) => [k, Object.fromEntries(['taskMs', 'scriptMs', 'layoutMs', 'styleMs'].map((f) => [f, median(runs[k].map((r) => r[f]))]))]),
);
const ratio = (k) => summary[k].taskMs / summary.static.taskMs;
const fmt = (n, d = 0) => n.toFixed(d);
const table = [
  `| ${CARDS} exercises as | main-thread work (median of ${RUNS}) | vs static HTML | script | style | layout |`,
  '| --- | --- | --- | --- | --- | --- |',
  ...order.map((k) => `| ${KINDS[k].label} | ${fmt(summary[k].taskMs)} ms | ${fmt(ratio(k), 2)}x | ${fmt(summary[k].scriptMs)} ms | ${fmt(summary[k].styleMs)} ms | ${fmt(summary[k].layoutMs)} ms |`),
  '',
  `| ${HEAP_CARDS} exercises as | JS heap per card | DOM nodes per card |`,
  '| --- | --- | --- |',
  ...Object.entries(footprints).map(([k, f]) => `| ${KINDS[k].label} | ${fmt(f.heapBytesPerCard / 1024, 1)} KB | ${fmt(f.nodesPerCard, 0)} |`),
  '',
  `| check | result | budget |`,
  '| --- | --- | --- |',
  `| <exercise-card> vs static HTML | ${fmt(ratio('cards'), 2)}x | ${RATIO_BUDGET}x |`,
  `| 10 s timer after a ${STALL_MS / 1000} s main-thread stall | shows ${stall.shownSeconds} s, true ${fmt(stall.trueRemainingSeconds, 2)} s (error ${stall.errorSeconds} s, ${fmt(stall.msAfterStall)} ms after the stall) | 0 s |`,
  `| idle page of ${CARDS} cards, 2 s | ${idle.timers} timers, ${idle.frames} frame callbacks | 0 |`,
];
console.log(table.join('\n'));
await writeFile(
  new URL('../bench-results.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), browser: browser.version?.() ?? 'chromium', runs: RUNS, cards: CARDS, work: summary, ratios: Object.fromEntries(order.map((k) => [k, ratio(k)])), rawRuns: runs, footprintPerCard: footprints, timerAfterStall: stall, idle }, null, 2)}\n`,
);
const ok = ratio('cards') <= RATIO_BUDGET && stall.errorSeconds === 0 && idle.timers === 0 && idle.frames === 0;
console.log(ok ? 'bench: within budget (written to bench-results.json)' : 'bench: OVER budget (written to bench-results.json)');
process.exitCode = ok ? 0 : 1;

// Layout shift of the bloggers' snippets (issue 14): its own script, run as part of the bench.
await import('./cls.mjs');
