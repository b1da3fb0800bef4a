// Looks at a page the way readers do: `node scripts/screenshot.mjs <url> <out-prefix> [selector]`
// writes <out-prefix>-<width>-<scheme>.png at 320 px and 1280 px, light and dark.
import { chromium } from 'playwright-core';

const [url, prefix = '/tmp/shot', selector] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const errors = [];
for (const width of [320, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const target = selector ? page.locator(selector).first() : page;
    await target.screenshot({ path: `${prefix}-${width}-${colorScheme}.png`, fullPage: !selector });
    await page.close();
  }
}
await browser.close();
console.log(errors.length ? `console errors:\n${errors.join('\n')}` : 'no console errors');
