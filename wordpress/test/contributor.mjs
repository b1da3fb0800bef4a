// A Contributor's post (used by e2e.mjs). Contributors have neither `unfiltered_html` (kses filters
// what they save) nor `publish_posts`: they write blocks and shortcodes, paste a `<script>` and an
// `onclick` that kses must strip, submit the post for review and preview it; an Editor then
// publishes it as it stands. Readers get working elements: prerendered, upgraded, a timer and a
// routine that start.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loggedInPage } from './login.mjs';
import { allUpgraded, readWithoutScript } from './prerendered.mjs';

/** A tag or attribute a Contributor may not save: a `<script>` element or an event-handler attribute in a tag. */
const forbidden = /<script\b|<[a-z][^>]*\son[a-z]+\s*=/i;

/**
 * In the page: clicks (as a reader does) the control `control` inside the `index`th of our elements
 * and resolves with whether `event` came out of the element before `timeout` ms.
 */
async function startsOnClick(page, index, control, event, timeout = 10_000) {
  const host = page.locator('exercise-card, routine-player').nth(index);
  const heard = host.evaluate(
    (el, [name, ms]) => new Promise((resolve) => {
      el.addEventListener(name, () => resolve(true), { once: true });
      setTimeout(() => resolve(false), ms);   // a guard for the failure case, not a wait
    }),
    [event, timeout],
  ).catch(() => false);
  const clicked = await host.locator(control).first().click({ timeout: 5_000 }).then(() => true, () => false);
  return clicked && heard;
}

/**
 * @param {object} o
 * @param {(...args: string[]) => string} o.wp wp.php
 * @param {string} o.work a scratch folder
 * @param {string} o.site the site's URL
 * @param {import('playwright-core').Browser} o.browser
 * @param {import('playwright-core').BrowserContext} o.context the readers' context (no session)
 * @param {(url: string) => Promise<object>} o.read e2e.mjs's reader
 * @param {(name: string, ok: boolean, detail?: string) => void} o.check
 * @param {{ cardEs: string, cardFr: string, cardEn: string, routine: string, routineEs: string }} o.names
 */
export async function checkContributor({ wp, work, site, browser, context, read, check, names }) {
  const block = (name, attributes) => wp('block', 'contributor', `exercise-elements/${name}`, JSON.stringify(attributes));
  const content = [
    '<!-- wp:paragraph -->\n<p>Two for the upper back, from a guest writer.</p>\n<!-- /wp:paragraph -->',
    block('exercise-card', { exercise: 'wall-angels', lang: 'es', timer: true }),
    block('routine-player', { routine: 'healthy-upper-back' }),
    '<!-- wp:shortcode -->\n[exercise-card exercise="wall-angels" lang="fr" sets="2" reps="8-12" timer onclick="window.injected = true"]\n<!-- /wp:shortcode -->',
    '<!-- wp:shortcode -->\n[routine-player routine="healthy-upper-back" lang="es"]\n<!-- /wp:shortcode -->',
    '<!-- wp:html -->\n<script>window.injected = true</script>\n<exercise-card exercise="wall-angels" variant="compact" onclick="window.injected = true"></exercise-card>\n<!-- /wp:html -->',
    '<!-- wp:paragraph -->\n<p onclick="window.injected = true">Stop if anything hurts.</p>\n<!-- /wp:paragraph -->',
  ].join('\n\n');
  const expected = [names.cardEs, names.routine, names.cardFr, names.routineEs, names.cardEn];
  const file = join(work, 'contributor-post.html');
  writeFileSync(file, content);

  // Saved as check-contributor, submitted for review.
  const [head, ...rest] = wp('post', 'contributor', file, 'pending').split('\n');
  const pending = rest.join('\n');
  const id = head.match(/id=(\d+)/)[1];
  const preview = head.match(/preview=(\S+)/)[1];
  const tags = (html) => [...html.matchAll(/<(exercise-card|routine-player)\b/g)].length;
  const shortcodes = [...pending.matchAll(/\[(exercise-card|routine-player) /g)].length;
  check('contributor: kses keeps our blocks\' and the pasted elements (3) and the shortcodes (2) but strips the pasted <script> and every on* attribute',
    /unfiltered_html=no/.test(head) && tags(pending) === 3 && shortcodes === 2 && !forbidden.test(pending),
    `${tags(pending)} elements, ${shortcodes} shortcodes; ${head}`);

  // The Contributor previews the post while it awaits review.
  {
    const session = await browser.newContext({ viewport: { width: 390, height: 844 } });
    session.setDefaultTimeout(20_000);
    const { page, errors } = await loggedInPage(session, site, 'check-contributor');
    await page.goto(preview, { waitUntil: 'load' });
    const shown = await page.waitForFunction(allUpgraded).then(() => true, () => false);
    const titles = await page.evaluate(() =>
      [...document.querySelectorAll('exercise-card, routine-player')].map((el) => el.shadowRoot?.querySelector('[part="title"]')?.textContent.trim() ?? ''));
    check('contributor: the preview of the post awaiting review renders every element', shown && JSON.stringify(titles) === JSON.stringify(expected) && errors.length === 0,
      `${JSON.stringify(titles)} ${errors.join('; ').slice(0, 200)}`);
    await session.close();
  }

  // An Editor publishes it as it stands.
  const [published, ...after] = wp('publish', id).split('\n');
  const url = published.match(/url=(\S+)/)[1];
  check('contributor: an Editor publishes the post without changing what the Contributor saved',
    /status=publish/.test(published) && after.join('\n') === pending, published);

  const r = await read(url);
  check('contributor: the published post renders every element in its shadow root', JSON.stringify(r.titles) === JSON.stringify(expected), JSON.stringify(r.titles));
  check('contributor: the library is enqueued once, as a module', r.scripts.length === 1 && r.scripts[0] === 'module', JSON.stringify(r.scripts));
  check('contributor: each exercise shown once, no page errors', !r.fallbackShown && r.errors.length === 0, r.errors.join('; ').slice(0, 200));

  // Prerendered: the blocks and shortcodes paint finished before the script (the pasted tag is plain HTML: the element renders it).
  const before = await readWithoutScript(context, url);
  const prerendered = before.elements.slice(0, 4);
  check('contributor: blocks and shortcodes painted finished before the script (declarative shadow roots, same text and height once upgraded)',
    before.elements.length === 5 && prerendered.every((b, i) => b.shadow && !b.defined && b.text === r.upgraded[i].text && Math.abs(b.height - r.upgraded[i].height) <= 1),
    JSON.stringify(before.elements.map((b, i) => ({ shadow: b.shadow, defined: b.defined, height: Math.round(b.height), upgraded: Math.round(r.upgraded[i]?.height ?? 0) }))));

  // What a reader does: start the card's timer and the routine; click what the Contributor wanted to hijack.
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(allUpgraded);
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll('body *')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName}[${a.name}]`)));
  const timer = await startsOnClick(page, 0, '[part="timer-button"]', 'rep-timer-start');
  const phase = timer ? await page.locator('exercise-card').first().locator('rep-timer').getAttribute('phase') : 'no timer';
  check(`contributor: the block card's "Start the timer" starts its timer (phase ${phase})`, timer && phase !== 'idle');
  const shortcodeTimer = await startsOnClick(page, 2, '[part="timer-button"]', 'rep-timer-start');
  check('contributor: the shortcode card\'s timer starts too', shortcodeTimer);
  const routine = await startsOnClick(page, 1, '[part="start"] button', 'routine-player-start');
  check('contributor: the routine player starts the routine', routine);
  await page.locator('exercise-card').last().click();
  await page.getByText('Stop if anything hurts.').click();
  const injected = await page.evaluate(() => window.injected === true);
  check('contributor: no on* attribute on the page and nothing the Contributor pasted ran, clicked or not',
    handlers.length === 0 && !injected && errors.length === 0, `${handlers.join(' ')} ${errors.join('; ').slice(0, 200)}`);
  await page.close();
}
