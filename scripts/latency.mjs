// `node scripts/latency.mjs [pages] [langs]` after a build: how long the budget pages (demo/budget/)
// take until their element has rendered on a phone network (Chromium's network emulation: 300 ms
// round trips, 1.6 Mbit/s down, no cache), median of 3, and when each request of the first run started.
import { budgetPage, launchChromium } from './budget-page.mjs';
import { startServer } from './serve.mjs';
const { server, origin } = await startServer(0);
const browser = await launchChromium();
const pages = (process.argv[2] ?? 'one-card.html,one-player.html').split(',');
const langs = (process.argv[3] ?? 'en,es').split(',');
for (const file of pages) for (const lang of langs) {
  const results = [];
  for (let round = 0; round < 3; round++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 300, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    const url = await budgetPage(page, origin, file, lang);
    const starts = [];
    const t0 = Date.now();
    page.on('request', (r) => starts.push(`${Date.now() - t0}ms ${r.url().replace(origin, '')}`));
    await page.goto(url);
    const tag = file.includes('player') ? 'routine-player' : 'exercise-card';
    await page.waitForFunction((t) => { const r = document.querySelector(t)?.shadowRoot; return r && r.querySelector('[part~="title"],[part~="heading"], h2, [role=heading]') && !r.querySelector('[aria-busy="true"]'); }, tag, { timeout: 60000, polling: 20 });
    results.push(Date.now() - t0);
    if (round === 0) console.log(starts.join('\n'));
    await context.close();
  }
  results.sort((a, b) => a - b);
  console.log(`${file} ${lang}: rendered after ${results[1]} ms (median of ${results.join(', ')})`);
}
await browser.close(); server.close();
