// End-to-end checks of the built plugin in a real WordPress (run by run.sh, which installs and
// activates it first). Posts are saved as an Author (no unfiltered_html) through WordPress's own
// save path, and one as a Contributor (contributor.mjs); each is then read in Chromium at 390 px.
// Prints one line per check and ends with "N passed, N failed"; exits 1 on any failure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { checkContributor } from './contributor.mjs';
import { checkEditor } from './editor.mjs';
import { allUpgraded, checkSameAsRenderer, paint, readWithoutScript, upgradedFacts } from './prerendered.mjs';

const here = new URL('.', import.meta.url).pathname;
const site = process.env.WP_URL ?? 'http://127.0.0.1:8089';
const budget = 0.05;
const work = mkdtempSync(join(tmpdir(), 'ee-wp-'));
let passed = 0;
let failed = 0;

function check(name, ok, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

function wp(...args) {
  return execFileSync('php', [join(here, 'wp.php'), ...args], { encoding: 'utf8', timeout: 60_000 });
}

function post(name, content, role = 'author') {
  const file = join(work, `${name}.html`);
  writeFileSync(file, content);
  const [head, ...stored] = wp('post', role, file).split('\n');
  return { url: head.match(/url=(\S+)/)[1], stored: stored.join('\n') };
}

const intro = '<!-- wp:paragraph -->\n<p>A stiff upper back after a day at the desk? Try this one.</p>\n<!-- /wp:paragraph -->\n\n';
const outro = '\n\n<!-- wp:paragraph -->\n<p>Do it slowly, and stop if anything hurts. More exercises below.</p>\n<!-- /wp:paragraph -->';
const block = (name, attributes) => wp('block', 'author', `exercise-elements/${name}`, JSON.stringify(attributes));
const classicIntro = 'A stiff upper back after a day at the desk? Try this one.\n\n';
const classicOutro = '\n\nDo it slowly, and stop if anything hurts.\nMore exercises below.';

const posts = {
  blockCard: post('block-card', intro + block('exercise-card', { exercise: 'wall-angels', lang: 'es' }) + outro),
  blockDose: post('block-dose', intro + block('exercise-card', { exercise: 'wall-angels', lang: 'es', sets: '2', reps: '8-12' }) + outro),
  blockPlayer: post('block-player', intro + block('routine-player', { routine: 'healthy-upper-back' }) + outro),
  blockCardDark: post('block-card-dark', intro + block('exercise-card', { exercise: 'wall-angels', theme: 'dark', timer: true, headingLevel: '4' }) + outro),
  shortcodeCard: post('shortcode-card', `${classicIntro}[exercise-card exercise="wall-angels" lang="es"]${classicOutro}`),
  shortcodeDose: post('shortcode-dose', `${classicIntro}[exercise-card exercise="wall-angels" lang="es" sets="2" reps="8-12"]${classicOutro}`),
  shortcodeHoldAr: post('shortcode-hold-ar', `${classicIntro}[exercise-card exercise="wall-angels" lang="ar" sets="2" hold="15-30" rest="1m" side="each"]${classicOutro}`),
  shortcodeInline: post('shortcode-inline', `Try this one: [exercise-card exercise="wall-angels" variant="compact"] and breathe.${classicOutro}`),
  shortcodePlayer: post('shortcode-player', `${classicIntro}[routine-player routine="healthy-upper-back" lang="es" rounds="2" lead-in="10"]${classicOutro}`),
  html: post(
    'custom-html',
    `${intro}<!-- wp:html -->\n<script>window.injected = true</script>\n<exercise-card exercise="wall-angels" variant="compact" onclick="window.injected = true"></exercise-card>\n<!-- /wp:html -->${outro}`,
  ),
  twoCards: post('two-cards', `${intro}${block('exercise-card', { exercise: 'wall-angels' })}\n\n${block('exercise-card', { exercise: 'wall-angels', lang: 'fr', variant: 'compact' })}${outro}`),
  plain: post('plain', `${intro}${outro}`),
};

const dataset = JSON.parse(execFileSync('php', ['-r', `echo file_get_contents('/usr/share/wordpress/wp-content/plugins/exercise-elements/assets/data/dataset.json');`], { encoding: 'utf8' }));
const nameOf = (list, id, lang) => dataset[list].find((e) => e.id === id).name[lang];

check('kses keeps our tag for an Author but drops <script> and on* attributes',
  posts.html.stored.includes('<exercise-card exercise="wall-angels" variant="compact">') && !posts.html.stored.includes('<script') && !posts.html.stored.includes('onclick'));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
await context.addInitScript(() => {
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
});
await context.addInitScript(paint);
context.setDefaultTimeout(20_000);

/** Opens a post, waits until every element has rendered, and reports what a reader gets. */
async function read(url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url, { waitUntil: 'load' });
  const count = await page.locator('exercise-card, routine-player').count();
  if (count) {
    await page.waitForFunction(allUpgraded);
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  const report = await page.evaluate(() => {
    const elements = [...document.querySelectorAll('exercise-card, routine-player')];
    const outside = (node) => !node.closest('exercise-card, routine-player');
    return {
      titles: elements.map((el) => el.shadowRoot?.querySelector('[part="title"]')?.textContent.trim() ?? ''),
      inParagraph: elements.some((el) => el.closest('p') !== null),
      fallbackShown: elements.some((el) => [...el.children].some((child) => child.checkVisibility?.() && !child.slot)),
      strayText: [...document.querySelectorAll('main h2, main h3, main h4, main ol, main li')].filter(outside).map((n) => n.textContent.trim()),
      scripts: [...document.querySelectorAll('script[src*="exercise-elements.js"]')].map((s) => s.type),
      layoutShift: window.__layoutShift,
      injected: window.injected === true,
      theme: elements.map((el) => {
        const title = el.shadowRoot?.querySelector('[part="title"]');
        const probe = document.createElement('span');
        probe.style.color = 'var(--wp--preset--color--contrast)';
        document.body.append(probe);
        const contrast = getComputedStyle(probe).color;
        probe.remove();
        const accentProbe = document.createElement('span');
        accentProbe.style.color = getComputedStyle(el).getPropertyValue('--ee-accent').trim();
        document.body.append(accentProbe);
        const accent = getComputedStyle(accentProbe).color;
        accentProbe.remove();
        return {
          accent,
          titleColor: title ? getComputedStyle(title).color : '',
          titleWeight: title ? getComputedStyle(title).fontWeight : '',
          pageHeadingWeight: getComputedStyle(document.querySelector('h1, h2') ?? document.body).fontWeight,
          contrast,
        };
      }),
    };
  });
  report.errors = errors;
  report.upgraded = await page.evaluate(upgradedFacts);
  report.html = await page.content();
  await page.close();
  return report;
}

const results = {};
for (const [name, { url }] of Object.entries(posts)) results[name] = await read(url);

const wall = { es: nameOf('exercises', 'wall-angels', 'es'), en: nameOf('exercises', 'wall-angels', 'en'), fr: nameOf('exercises', 'wall-angels', 'fr') };
const routine = nameOf('routines', 'healthy-upper-back', 'en');
const routineEs = nameOf('routines', 'healthy-upper-back', 'es');
const expectTitles = {
  blockCard: [wall.es],
  blockDose: [wall.es],
  blockCardDark: [wall.en],
  blockPlayer: [routine],
  shortcodeCard: [wall.es],
  shortcodeDose: [wall.es],
  shortcodeHoldAr: [nameOf('exercises', 'wall-angels', 'ar')],
  shortcodeInline: [wall.en],
  shortcodePlayer: [routineEs],
  html: [wall.en],
  twoCards: [wall.en, wall.fr],
};
for (const [name, titles] of Object.entries(expectTitles)) {
  const r = results[name];
  check(`${name}: renders ${titles.join(' + ')} in the shadow root`, JSON.stringify(r.titles) === JSON.stringify(titles), JSON.stringify(r.titles));
  check(`${name}: the library is enqueued once, as a module`, r.scripts.length === 1 && r.scripts[0] === 'module', JSON.stringify(r.scripts));
  check(`${name}: shows each exercise once (no fallback beside or inside the rendered element)`,
    !r.fallbackShown && !r.strayText.some((t) => titles.some((title) => t.includes(title))), JSON.stringify(r.strayText).slice(0, 200));
  check(`${name}: no element inside a paragraph`, !r.inParagraph);
  check(`${name}: no page errors`, r.errors.length === 0, r.errors.join('; ').slice(0, 200));
}
{
  const [theme] = results.blockCard.theme;
  check('fits the theme: accent from the theme.json link colour, title weight from its headings',
    theme.accent === theme.contrast && theme.titleWeight === theme.pageHeadingWeight, JSON.stringify(theme));
}
check('plain: no library where no element is used', results.plain.scripts.length === 0, JSON.stringify(results.plain.scripts));
check('custom-html: the pasted script did not run', !results.html.injected);
for (const name of ['blockCard', 'blockDose', 'blockCardDark', 'blockPlayer', 'shortcodeCard', 'shortcodeDose', 'shortcodeHoldAr', 'shortcodeInline', 'shortcodePlayer', 'twoCards']) {
  const shift = results[name].layoutShift;
  check(`${name}: layout shift at 390 px ${shift.toFixed(4)} within ${budget}`, shift <= budget);
}

// The zero-shift markup: PHP's shadow roots are the renderer's, and published posts paint the
// finished element from the HTML alone (the library's script blocked), as it is once upgraded.
await checkSameAsRenderer({ wp, work, dataset, check });
for (const name of ['blockCard', 'blockDose', 'blockCardDark', 'blockPlayer', 'shortcodeCard', 'shortcodeDose', 'shortcodeHoldAr', 'shortcodeInline', 'shortcodePlayer', 'twoCards']) {
  const before = await readWithoutScript(context, posts[name].url);
  const after = results[name].upgraded;
  const same = before.elements.length === after.length && before.elements.every((b, i) =>
    b.shadow && !b.defined && b.title === after[i].title && b.text === after[i].text && Math.abs(b.height - after[i].height) <= 1
    && b.base === after[i].base && JSON.stringify(b.colors) === JSON.stringify(after[i].colors));
  const heights = before.elements.map((b, i) => `${b.height.toFixed(0)}→${after[i]?.height.toFixed(0)} px`).join(', ');
  check(`${name}: painted finished before the script (declarative shadow root, same text, height and colours once upgraded: ${heights})`,
    same && before.requested > 0, same ? '' : JSON.stringify(before.elements.map((b, i) => ({ ...b, text: b.text.slice(0, 80), upgraded: after[i]?.text.slice(0, 80) }))).slice(0, 600));
  if (name === 'blockCardDark') {
    const [b] = before.elements;
    check('blockCardDark: theme, timer and heading level prerendered (dark class, aria-level 4 before and after the upgrade)',
      b.dark && b.text.includes('timer') && b.levels[0] === '4' && after[0].levels[0] === '4', JSON.stringify({ dark: b.dark, levels: b.levels, after: after[0].levels }));
  }
}
for (const name of ['blockDose', 'shortcodeDose', 'shortcodeHoldAr']) {
  // The light-DOM fallback words an overridden dose as the element does (feeds, readers without declarative shadow DOM).
  const [{ dose }] = results[name].upgraded;
  // page.content() serializes the light DOM only: the <strong> is the fallback's.
  check(`${name}: the fallback's dose reads as the element's ("${dose}")`, dose !== '' && results[name].html.includes(`<strong>${dose}</strong>`));
}
{
  const feed = await (await fetch(`${site}/?feed=rss2`)).text();
  check('feed: elements with their fallback, no shadow root', feed.includes('exercise-card') && !feed.includes('shadowrootmode'), `${feed.length} bytes`);
}

// The block editor, as an Author; then the published post, read like the others.
{
  const editorContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  editorContext.setDefaultTimeout(30_000);
  const link = await checkEditor(editorContext, site, check).catch((error) => {
    check('editor: the block editor session ran', false, String(error).slice(0, 300));
    return '';
  });
  await editorContext.close();
  if (link) {
    const r = await read(link);
    check('editor: the published post renders the card', JSON.stringify(r.titles) === JSON.stringify([wall.en]), JSON.stringify(r.titles));
  }
}

// A Contributor's post: submitted for review, previewed, published by an Editor as it stands.
await checkContributor({
  wp, work, site, browser, context, read, check,
  names: { cardEs: wall.es, cardFr: wall.fr, cardEn: wall.en, routine, routineEs },
}).catch((error) => check('contributor: the Contributor\'s post was checked', false, String(error).slice(0, 300)));

// The setting that serves the library from the CDN instead of the site.
wp('option', 'exercise_elements_settings', JSON.stringify({ source: 'cdn' }));
try {
  const html = await (await fetch(posts.blockCard.url)).text();
  const sources = [...html.matchAll(/<script[^>]*src=["']([^"']*exercise-elements\.js[^"']*)/g)].map((m) => m[1]);
  check('setting "CDN": the one script comes from cdn.jsdelivr.net', sources.length === 1 && sources[0].startsWith('https://cdn.jsdelivr.net/npm/exercise-elements@'), JSON.stringify(sources));
} finally {
  wp('option', 'exercise_elements_settings', JSON.stringify({ source: 'plugin' }));
}

// A dark style variation of the theme: the accent follows its presets, the card reads light on dark;
// cards and players with theme "auto" are painted dark from the HTML, as they are once upgraded.
wp('style-variation', 'pitch');
try {
  const [theme] = (await read(posts.blockCard.url)).theme;
  const [r, g, b] = theme.titleColor.match(/\d+/g).map(Number);
  check('dark style variation: accent follows the presets, title light on dark',
    theme.accent === theme.contrast && (r + g + b) / 3 > 160, JSON.stringify(theme));
  for (const name of ['blockCard', 'blockPlayer', 'shortcodeInline', 'twoCards']) {
    const before = await readWithoutScript(context, posts[name].url);
    const after = (await read(posts[name].url)).upgraded;
    const same = before.elements.length === after.length && before.elements.every((e, i) =>
      e.shadow && !e.defined && e.dark && e.base === after[i].base && JSON.stringify(e.colors) === JSON.stringify(after[i].colors));
    check(`dark style variation, ${name} (theme "auto"): painted dark before the script, no colour change at the upgrade`, same,
      JSON.stringify(before.elements.map((e, i) => ({ base: [e.base, after[i]?.base], colors: [e.colors, after[i]?.colors] }))).slice(0, 600));
  }
} finally {
  wp('style-variation', 'default');
}

// Every style variation of the theme, light or dark: a card with theme "auto" is painted in the
// scheme it upgrades to (PHP's judgement of the theme.json text colour is the element's of the page).
{
  const variations = ['default', ...readdirSync('/usr/share/wordpress/wp-content/themes/twentytwentythree/styles').map((f) => f.replace(/\.json$/, ''))];
  const judged = [];
  try {
    for (const variation of variations) {
      wp('style-variation', variation);
      const [before] = (await readWithoutScript(context, posts.blockCard.url)).elements;
      const [after] = (await read(posts.blockCard.url)).upgraded;
      judged.push({ variation, dark: before.dark, same: before.base === after.base && JSON.stringify(before.colors) === JSON.stringify(after.colors) });
    }
  } finally {
    wp('style-variation', 'default');
  }
  const dark = judged.filter((j) => j.dark).map((j) => j.variation);
  check(`every style variation (${judged.length}): theme "auto" painted in the scheme it upgrades to (dark: ${dark.join(', ')})`,
    judged.length === variations.length && judged.every((j) => j.same) && dark.length > 0 && dark.length < judged.length,
    JSON.stringify(judged.filter((j) => !j.same)));
}

// Deactivated: the blocks' stored markup stays, and without the library its fallback is the text.
wp('deactivate');
try {
  for (const name of ['blockCard', 'blockPlayer']) {
    check(`${name}: the stored post content has no shadow root`, !posts[name].stored.includes('<template'));
    const page = await context.newPage();
    await page.goto(posts[name].url, { waitUntil: 'load' });
    const text = await page.locator('main').innerText();
    const expected = name === 'blockCard' ? wall.es : routine;
    const scripts = await page.locator('script[src*="exercise-elements.js"]').count();
    check(`deactivated, ${name}: the fallback stays readable`, text.includes(expected) && scripts === 0, `${scripts} scripts`);
    await page.close();
  }
} finally {
  wp('activate');
}

const uninstalled = wp('uninstall').trim();
check('uninstall.php removes the plugin\'s option', uninstalled === 'gone', uninstalled);

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
