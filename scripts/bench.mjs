// `npm run bench`: main-thread work of 200 <exercise-card> elements against the same content as
// static HTML (budget: at most 2x), and a check that a page of idle elements schedules no timers
// or frame callbacks. Measured in Debian Chromium with the Chrome DevTools Protocol; median of runs.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CARDS = 200;
const RATIO_BUDGET = 2;

const dataset = JSON.parse(await readFile(new URL('../dist/data/dataset.json', import.meta.url), 'utf8'));
const variety = Number(process.env.BENCH_VARIETY ?? dataset.exercises.length);
const exercises = Array.from({ length: CARDS }, (_, i) => dataset.exercises[i % variety]);
const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const list = (tag, items) => (items?.length ? `<${tag}>${items.map((t) => `<li>${escape(t.en)}</li>`).join('')}</${tag}>` : '');
const page = (body, script = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${script}</head><body style="font-family: Georgia, serif; max-width: 42rem; margin: auto">${body}</body></html>`;

const staticHtml = page(
  exercises
    .map((e) => `<article><h3>${escape(e.name.en)}</h3><p>${escape(e.summary?.en ?? '')}</p><p><strong>${escape(JSON.stringify(e.dose))}</strong></p><h4>How to do it</h4>${list('ol', e.steps)}<h4>Tips</h4>${list('ul', e.tips)}<h4>Take care</h4>${list('ul', e.cautions)}</article>`)
    .join('\n'),
);
const cardsHtml = page(
  exercises.map((e) => `<exercise-card exercise="${e.id}"></exercise-card>`).join('\n'),
  '<script type="module" src="/dist/cdn/exercise-elements.js"></script>',
);

const { server, origin } = await startServer(0);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function measure(html, { ready, idle = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  await tab.route(`${origin}/bench.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  if (idle) {
    await tab.addInitScript(() => {
      const counts = { timers: 0, frames: 0 };
      Object.assign(window, { __scheduled: counts, __counting: false });
      const wrap = (name, key) => {
        const original = window[name].bind(window);
        window[name] = (...args) => {
          if (window.__counting) counts[key]++;
          return original(...args);
        };
      };
      wrap('setTimeout', 'timers');
      wrap('setInterval', 'timers');
      wrap('requestAnimationFrame', 'frames');
    });
  }
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  await tab.goto(`${origin}/bench.html`, { waitUntil: 'networkidle' });
  if (ready) await tab.waitForFunction(ready, null, { timeout: 30_000 });
  await tab.waitForTimeout(200);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  let scheduled;
  if (idle) {
    await tab.evaluate(() => (window.__counting = true));
    await tab.waitForTimeout(2000);
    scheduled = await tab.evaluate(() => window.__scheduled);
  }
  await context.close();
  if (process.env.BENCH_DEBUG) console.log(metrics.filter((m) => /Duration|Count/.test(m.name)).map((m) => `${m.name}=${m.value.toFixed(3)}`).join(' '));
  return { taskMs: get('TaskDuration') * 1000, scriptMs: get('ScriptDuration') * 1000, layoutMs: get('LayoutDuration') * 1000, scheduled };
}

const cardsReady = () => {
  const cards = [...document.querySelectorAll('exercise-card')];
  return cards.length > 0 && cards.every((c) => c.shadowRoot?.querySelector('[part="title"]'));
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const runs = { static: [], cards: [] };
for (let i = 0; i < RUNS; i++) {
  runs.static.push(await measure(staticHtml));
  runs.cards.push(await measure(cardsHtml, { ready: cardsReady }));
}
const idle = await measure(cardsHtml, { ready: cardsReady, idle: true });
await browser.close();
server.close();

const staticMs = median(runs.static.map((r) => r.taskMs));
const cardsMs = median(runs.cards.map((r) => r.taskMs));
const ratio = cardsMs / staticMs;
const rows = [
  `main-thread work, median of ${RUNS} runs (Chromium TaskDuration):`,
  `  ${CARDS} exercises as static HTML:   ${staticMs.toFixed(0)} ms`,
  `  ${CARDS} <exercise-card> elements:   ${cardsMs.toFixed(0)} ms (script ${median(runs.cards.map((r) => r.scriptMs)).toFixed(0)} ms, layout ${median(runs.cards.map((r) => r.layoutMs)).toFixed(0)} ms)`,
  `  ratio: ${ratio.toFixed(2)}x (budget ${RATIO_BUDGET}x)`,
  `idle page of ${CARDS} cards, 2 s after load: ${idle.scheduled.timers} timers, ${idle.scheduled.frames} frame callbacks (budget 0)`,
];
console.log(rows.join('\n'));
const ok = ratio <= RATIO_BUDGET && idle.scheduled.timers === 0 && idle.scheduled.frames === 0;
console.log(ok ? 'bench: within budget' : 'bench: OVER budget');
process.exitCode = ok ? 0 : 1;

// Layout shift of the bloggers' snippets (issue 14): its own script, run as part of the bench.
await import('./cls.mjs');
