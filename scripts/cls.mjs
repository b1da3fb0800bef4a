// Part of `npm run bench` (bench.mjs imports it at its end; `node scripts/cls.mjs` alone after a build): cumulative layout shift of an article page (text,
// snippet, text) at 390 px, in Debian Chromium, for the three ways a blogger can paste a card:
//   prerendered: the builder's / `exercise-elements snippet` output (declarative shadow root);
//   short:       the tag with its text fallback (the README's hand-written snippet before 0.2);
//   bare:        the tag alone.
// The library's script is held back (CLS_SCRIPT_DELAY_MS, default 400 ms) as a CDN over a phone
// network would, so the first paint happens before any script runs, as it does for readers.
// Budget for the prerendered snippet: 0.05. Median of CLS_RUNS runs (default 3).
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const RUNS = Number(process.env.CLS_RUNS ?? 3);
const DELAY_MS = Number(process.env.CLS_SCRIPT_DELAY_MS ?? 400);
const BUDGET = 0.05;
const LOCAL_SCRIPT = '/dist/cdn/exercise-elements.js';

const { renderSnippet, DEFAULT_SCRIPT } = await import('../dist/snippet.js');
const dataset = JSON.parse(await readFile(new URL('../dist/data/dataset.json', import.meta.url), 'utf8'));
const wallAngels = dataset.exercises.find((e) => e.id === 'wall-angels');
const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const script = `<script type="module" src="${LOCAL_SCRIPT}"></script>`;

const snippets = {
  prerendered: (await renderSnippet({ exercise: 'wall-angels' })).replace(DEFAULT_SCRIPT, LOCAL_SCRIPT),
  short: [script, '<exercise-card exercise="wall-angels">', `<h3>${escape(wallAngels.name.en)}</h3>`, '<p>5-10 reps</p>', '<ol>', ...wallAngels.steps.map((s) => `<li>${escape(s.en)}</li>`), '</ol>', '</exercise-card>'].join('\n'),
  bare: `${script}\n<exercise-card exercise="wall-angels"></exercise-card>`,
};
const paragraph = '<p>Upper-back stiffness often comes from long hours at a desk. A few minutes of gentle movement, done every day, helps more than a long session once a week, and it takes no equipment but a wall.</p>';
const article = (snippet) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head><body style="font-family: Georgia, serif; line-height: 1.6; margin: 0 auto; max-width: 42rem; padding: 1rem"><h1>An article</h1>${paragraph}\n${snippet}\n${paragraph}${paragraph}</body></html>`;

const { server, origin } = await startServer(0);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function measure(html) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const tab = await context.newPage();
  await tab.route(`${origin}/article.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await tab.route(`${origin}${LOCAL_SCRIPT}`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
    await route.continue();
  });
  await tab.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    window.__cardLoaded = new Promise((resolve) => document.addEventListener('exercise-card-load', resolve, { once: true }));
  });
  await tab.goto(`${origin}/article.html`);
  const cls = await tab.evaluate(async () => {
    await window.__cardLoaded;
    await document.querySelector('exercise-card').updateComplete;
    // Two frames: the shift of the card's rendering is reported after it is painted.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return window.__cls;
  });
  await context.close();
  return cls;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = {};
for (const [name, snippet] of Object.entries(snippets)) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(article(snippet)));
  results[name] = median(runs);
}
await browser.close();
server.close();

console.log(`layout shift of an article at 390 px (script held ${DELAY_MS} ms, median of ${RUNS} runs):`);
console.log(`  prerendered snippet (builder, \`exercise-elements snippet\`): CLS ${results.prerendered.toFixed(3)} (budget ${BUDGET})`);
console.log(`  short snippet (tag + text fallback):                        CLS ${results.short.toFixed(3)}`);
console.log(`  bare tag:                                                   CLS ${results.bare.toFixed(3)}`);
const ok = results.prerendered <= BUDGET;
console.log(ok ? 'cls: within budget' : 'cls: OVER budget');
if (!ok) process.exitCode = 1;
