// `npm run bench:trace`: where the 200-card page of `npm run bench` spends its main thread. Loads the
// page in headless Chromium with a Chrome trace and a JS CPU profile running, then prints the
// trace's main-thread time by event (self time: style, layout, paint, microtasks...), the script
// time by function, and how many times each card rendered (`update()` calls). Writes the trace to
// bench-trace.json (open it in DevTools' Performance panel). `node scripts/bench-trace.mjs static`
// traces the static HTML page instead. Diagnostic only: the figures to compare come from `npm run bench`.
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { cardsPage, staticPage } from './bench-fixtures/pages.mjs';
import { startServer } from './serve.mjs';

const KIND = process.argv[2] === 'static' ? 'static' : 'cards';
const CARDS = 200;
const html = KIND === 'static' ? staticPage(CARDS) : cardsPage(CARDS);
const ready =
  KIND === 'static'
    ? () => document.querySelectorAll('article').length > 0
    : () => [...document.querySelectorAll('exercise-card')].every((c) => c.shadowRoot?.querySelector('[part="title"]'));

const { server, origin } = await startServer(0);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const tab = await context.newPage();
await tab.route(`${origin}/bench.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
// Counts the cards' update() calls: wraps the class as it is defined.
await tab.addInitScript(() => {
  const counts = { updates: 0 };
  Object.assign(window, { __cardUpdates: counts });
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    if (name === 'exercise-card') {
      const update = constructor.prototype.update;
      constructor.prototype.update = function (changed) {
        counts.updates++;
        return update.call(this, changed);
      };
    }
    return define(name, constructor, options);
  };
});
const cdp = await context.newCDPSession(tab);
const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Profiler.enable');
await cdp.send('Profiler.start');
await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,blink,loading,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
await tab.goto(`${origin}/bench.html`, { waitUntil: 'networkidle' });
await tab.waitForFunction(ready, null, { timeout: 60_000 });
await tab.waitForTimeout(200);
const updates = await tab.evaluate(() => window.__cardUpdates.updates);
await cdp.send('Tracing.end');
await traced;
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
server.close();

const ms = (us) => (us / 1000).toFixed(1).padStart(8);
const top = (totals, n) =>
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => `${ms(us)} ms  ${name}`)
    .join('\n');

// Self time of each trace event on the renderer's main thread (an event's time minus its children's).
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const spans = events.filter((e) => main && e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const bySelf = new Map();
const open = [];
for (const span of spans) {
  while (open.length && open.at(-1).ts + open.at(-1).dur <= span.ts) open.pop();
  const parent = open.at(-1);
  if (parent) bySelf.set(parent.name, (bySelf.get(parent.name) ?? 0) - span.dur);
  bySelf.set(span.name, (bySelf.get(span.name) ?? 0) + span.dur);
  open.push(span);
}
// Self time of each function in the CPU profile (sampled).
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const byFunction = new Map();
profile.samples.forEach((id, i) => {
  const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
  const name = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}${url ? `:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
});
byFunction.delete('(idle) ');

console.log(`${KIND === 'static' ? 'static HTML' : '<exercise-card>'} page of ${CARDS}: main thread by trace event (self time)\n${top(bySelf, 20)}`);
console.log(`\nscript by function (self time, sampled; minified names)\n${top(byFunction, 25)}`);
if (KIND === 'cards') console.log(`\nupdate() calls per card: ${(updates / CARDS).toFixed(2)}`);
await writeFile(new URL('../bench-trace.json', import.meta.url), JSON.stringify({ traceEvents: events }));
console.log('trace written to bench-trace.json');
