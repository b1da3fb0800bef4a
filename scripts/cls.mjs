// Part of `npm run bench` (bench.mjs imports it at its end; `node scripts/cls.mjs` alone after a build): cumulative layout shift of an article page (text,
// snippet, text) at 390 px, in Debian Chromium, for an exercise card, a routine player and a timer
// of its own, each pasted the three ways a blogger can:
//   prerendered: the builder's / `exercise-elements snippet` output (declarative shadow root);
//   short:       the tag with its text fallback (the same snippet without its shadow root);
//   bare:        the tag alone.
// The library's script is held back (CLS_SCRIPT_DELAY_MS, default 400 ms) as a CDN over a phone
// network would, so the first paint happens before any script runs, as it does for readers.
// Budget for every prerendered snippet: 0.05. Median of CLS_RUNS runs (default 3). The figures are
// printed and written into bench-results.json (key `cls`).
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { LOCAL_SCRIPT, SCRIPT } from './bench-fixtures/pages.mjs';
import { startServer } from './serve.mjs';

const RUNS = Number(process.env.CLS_RUNS ?? 3);
const DELAY_MS = Number(process.env.CLS_SCRIPT_DELAY_MS ?? 400);
const BUDGET = 0.05;
const RESULTS = new URL('../bench-results.json', import.meta.url);

const { renderSnippet, elementAttributes } = await import('../dist/snippet.js');

/** What is pasted, element by element: the options of its snippet. */
const ELEMENTS = {
  card: { tag: 'exercise-card', label: '<exercise-card> (wall-angels)', options: { exercise: 'wall-angels' } },
  player: { tag: 'routine-player', label: '<routine-player> (healthy-upper-back)', options: { routine: 'healthy-upper-back' } },
  timer: { tag: 'rep-timer', label: '<rep-timer> (3 sets of 10 reps)', options: { timer: true, dose: { sets: '3', reps: '10' } } },
};

/** The three ways to paste `element`, each written from the renderer's own output. */
async function snippetsOf({ tag, options }) {
  const prerendered = await renderSnippet({ ...options, script: LOCAL_SCRIPT });
  const shadowRoot = /<template shadowrootmode="open">[\s\S]*<\/template>\n/;
  if (!shadowRoot.test(prerendered)) throw new Error(`cls: the ${tag} snippet has no shadow root`);
  const attributes = elementAttributes(options).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value}"`)).join('');
  return {
    prerendered,
    short: prerendered.replace(shadowRoot, ''),
    bare: `${SCRIPT}\n<${tag}${attributes}></${tag}>`,
  };
}

const paragraph = '<p>Upper-back stiffness often comes from long hours at a desk. A few minutes of gentle movement, done every day, helps more than a long session once a week, and it takes no equipment but a wall.</p>';
const article = (snippet) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head><body style="font-family: Georgia, serif; line-height: 1.6; margin: 0 auto; max-width: 42rem; padding: 1rem"><h1>An article</h1>${paragraph}\n${snippet}\n${paragraph}${paragraph}</body></html>`;

const { server, origin } = await startServer(0);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function measure(html, tag) {
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
  });
  await tab.goto(`${origin}/article.html`);
  const cls = await tab.evaluate(async (tag) => {
    await customElements.whenDefined(tag);
    // Every element's updateComplete covers its loading (data, language) and the render after it.
    await document.querySelector(tag).updateComplete;
    // Two frames: the shift of the element's rendering is reported after it is painted.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return window.__cls;
  }, tag);
  await context.close();
  return cls;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = {};
for (const [name, element] of Object.entries(ELEMENTS)) {
  results[name] = {};
  for (const [way, snippet] of Object.entries(await snippetsOf(element))) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(article(snippet), element.tag));
    results[name][way] = median(runs);
  }
}
await browser.close();
server.close();

const fmt = (value) => value.toFixed(3);
console.log(`layout shift of an article at 390 px (script held ${DELAY_MS} ms, median of ${RUNS} runs):`);
console.log('| pasted | prerendered snippet (builder, `exercise-elements snippet`) | short snippet (tag + text fallback) | bare tag |');
console.log('| --- | --- | --- | --- |');
for (const [name, element] of Object.entries(ELEMENTS)) {
  const r = results[name];
  console.log(`| ${element.label} | ${fmt(r.prerendered)} (budget ${BUDGET}) | ${fmt(r.short)} | ${fmt(r.bare)} |`);
}

let previous = {};
try {
  previous = JSON.parse(await readFile(RESULTS, 'utf8'));
} catch {
  // No bench run yet: the file holds the layout shift alone.
}
const cls = { date: new Date().toISOString(), widthPx: 390, scriptDelayMs: DELAY_MS, runs: RUNS, budget: BUDGET, ...results };
await writeFile(RESULTS, `${JSON.stringify({ ...previous, cls }, null, 2)}\n`);

const over = Object.keys(ELEMENTS).filter((name) => results[name].prerendered > BUDGET);
console.log(over.length === 0 ? 'cls: within budget (written to bench-results.json)' : `cls: OVER budget for ${over.join(', ')} (written to bench-results.json)`);
if (over.length > 0) process.exitCode = 1;
