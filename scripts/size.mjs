// `npm run size`: loads budget pages (demo/budget/*.html) in Chromium against the built CDN
// script and adds up the gzip size of every script and JSON file each page really downloads.
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const KB = 1024;
/**
 * DESIGN.md "Fast and small": what a page may load, Lit and data included. `target` is the
 * design's budget; `limit` is what CI enforces today: where the two differ the page is over its
 * design budget (reported on every run), and the limit is a ratchet that only ever comes down.
 */
const BUDGETS = [
  { page: 'script-only.html', what: 'the script tag alone', target: 15 * KB, limit: 15 * KB },
  { page: 'one-card.html', what: 'a blog page with one <exercise-card>', target: 15 * KB, limit: 24 * KB },
  { page: 'one-player.html', what: 'a page with one <routine-player>', target: 30 * KB, limit: 37 * KB },
];

const { server, origin } = await startServer(0);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let over = 0;
const rows = [];
for (const { page: file, what, target, limit } of BUDGETS) {
  const page = await browser.newPage();
  const files = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    const url = response.url();
    if (type === 'script' || url.endsWith('.json') || type === 'fetch') {
      files.push(response.body().then((body) => ({ url: url.replace(origin, ''), gzip: gzipSync(body, { level: 9 }).length })));
    }
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${origin}/demo/budget/${file}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const loaded = await Promise.all(files);
  const total = loaded.reduce((sum, f) => sum + f.gzip, 0);
  const ok = total <= limit && errors.length === 0;
  if (!ok) over++;
  const design = total <= target ? 'within the design budget' : `OVER the design budget of ${(target / KB).toFixed(0)} KB by ${((total - target) / KB).toFixed(1)} KB`;
  rows.push(`${ok ? 'ok  ' : 'FAIL'} ${what}: ${(total / KB).toFixed(1)} KB gzip (limit ${(limit / KB).toFixed(0)} KB; ${design}), ${loaded.length} files`);
  for (const f of loaded.sort((a, b) => b.gzip - a.gzip)) rows.push(`       ${(f.gzip / KB).toFixed(1).padStart(5)} KB  ${f.url}`);
  for (const e of errors) rows.push(`       page error: ${e}`);
  await page.close();
}
await browser.close();
server.close();
console.log(rows.join('\n'));
process.exitCode = over === 0 ? 0 : 1;
