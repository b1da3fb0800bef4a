// What the scripts that load the budget pages (demo/budget/) share: Debian's Chromium (never a
// downloaded browser), and a page in any shipped language.
import { chromium } from 'playwright-core';

export const launchChromium = () =>
  chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });

/**
 * The URL of `demo/budget/<file>` for `page`, in `lang`: the English page with its `<html lang>`
 * changed (served under its own URL, so that no cache mixes the two).
 */
export async function budgetPage(page, origin, file, lang) {
  const url = `${origin}/demo/budget/${file}${lang && lang !== 'en' ? `?lang=${lang}` : ''}`;
  if (lang && lang !== 'en') {
    const english = await (await fetch(`${origin}/demo/budget/${file}`)).text();
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: english.replace('<html lang="en">', `<html lang="${lang}">`) }));
  }
  return url;
}
