import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
await context.addInitScript(() => {
  window.__h = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__h.push('SHIFT ' + Math.round(e.startTime) + ' ' + e.value.toFixed(3)); }).observe({ type: 'layout-shift', buffered: true });
  const ro = new ResizeObserver((entries) => { for (const e of entries) window.__h.push(Math.round(performance.now()) + ' ' + e.target.localName + ' ' + Math.round(e.contentRect.height) + ' ' + (e.target.shadowRoot?.querySelector('[part=base]')?.className ?? '-')); });
  new MutationObserver(() => document.querySelectorAll('exercise-card,routine-player').forEach((e) => ro.observe(e))).observe(document, { childList: true, subtree: true });
});
const page = await context.newPage();
await page.goto(process.argv[2], { waitUntil: 'load' });
await page.waitForTimeout(3000);
console.log((await page.evaluate(() => window.__h)).join('\n'));
await browser.close();
