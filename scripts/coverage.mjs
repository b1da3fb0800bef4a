// `node scripts/coverage.mjs [page] [lang]` after a build: how much of the code a budget page
// downloads actually runs (Chromium's block coverage), per file, with the gzip size it would have
// if only the code that ran were shipped (scaled by the share that ran). What a perfect split of
// the code could save at best: error paths, other variants and the rest of Lit included.
import { gzipSync } from 'node:zlib';
import { budgetPage, launchChromium } from './budget-page.mjs';
import { startServer } from './serve.mjs';

const [file = 'one-card.html', lang] = process.argv.slice(2);
const { server, origin } = await startServer(0);
const browser = await launchChromium();
const page = await browser.newPage();
const url = await budgetPage(page, origin, file, lang);
await page.coverage.startJSCoverage({ resetOnNavigation: false });
await page.goto(url, { waitUntil: 'networkidle' });
await page.evaluate(() => Promise.all([...document.querySelectorAll('exercise-card, routine-player')].map((el) => el.updateComplete)));
const entries = (await page.coverage.stopJSCoverage()).filter((entry) => entry.url.includes('/dist/cdn/'));
await browser.close();
server.close();

const rows = [];
let gzipTotal = 0;
let ranTotal = 0;
for (const { url: entryUrl, source = '', functions } of entries) {
  // A range that never ran is marked 0 within the ranges that did (block coverage nests them).
  const ran = new Uint8Array(source.length).fill(1);
  for (const fn of functions) for (const range of fn.ranges) if (range.count === 0) ran.fill(0, range.startOffset, range.endOffset);
  const share = ran.reduce((sum, b) => sum + b, 0) / Math.max(1, source.length);
  const gzip = gzipSync(source, { level: 9 }).length;
  gzipTotal += gzip;
  ranTotal += gzip * share;
  rows.push(`${(gzip / 1024).toFixed(1).padStart(5)} KB gzip, ${String(Math.round(share * 100)).padStart(3)}% ran  ${entryUrl.replace(origin, '')}`);
}
console.log(rows.join('\n'));
console.log(`${file}${lang ? ` (${lang})` : ''}: ${(gzipTotal / 1024).toFixed(1)} KB downloaded; the code that ran, alone: about ${(ranTotal / 1024).toFixed(1)} KB`);
