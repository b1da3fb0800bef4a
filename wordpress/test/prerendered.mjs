// The plugin's zero-shift markup (used by e2e.mjs): PHP's declarative shadow roots equal the
// package renderer's, and a published post paints the finished element before the script runs.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'ar'];

/** The `<template>` element of a snippet or of the plugin's markup. */
const templateOf = (html) => {
  const start = html.indexOf('<template');
  const end = html.indexOf('</template>');
  return start < 0 || end < 0 ? '' : html.slice(start, end + '</template>'.length);
};
const md5 = (text) => createHash('md5').update(text).digest('hex');

/**
 * For every exercise (full and compact, with and without a timer) and every routine, in every
 * language and theme: the shadow root PHP writes (exercise_elements_render(), as blocks and
 * shortcodes call it) is byte for byte the one renderSnippet() writes for the same options.
 */
export async function checkSameAsRenderer({ wp, work, dataset, check }) {
  const { renderSnippet } = await import(join(root, 'dist/snippet.js'));
  const cases = [];
  for (const lang of LANGUAGES) {
    for (const theme of ['auto', 'light', 'dark']) {
      for (const { id } of dataset.exercises) {
        for (const variant of ['full', 'compact']) {
          for (const timer of [false, true]) cases.push({ tag: 'exercise-card', options: { exercise: id, lang, theme, variant, timer } });
        }
      }
      for (const { id } of dataset.routines) cases.push({ tag: 'routine-player', options: { routine: id, lang, theme } });
    }
  }
  // Dose overrides: PHP words the dose line (includes/dose-format.php) as the element does.
  const doses = [
    { sets: '2', reps: '8-12' }, { reps: 'max' }, { sets: '3', reps: 'max' }, { reps: '1' }, { reps: '2' }, { sets: '11', reps: '3-10' },
    { hold: '30' }, { hold: '15-30', reps: '3' }, { sets: '2', hold: '1' }, { sets: '3', rest: '40' }, { hold: '100', rest: '1m', sets: '2' },
    { duration: '90s' }, { duration: '5-10m' }, { duration: '1.5 min', sets: '2' }, { duration: '3661' }, { duration: '2h' },
    { side: 'each' }, { side: 'alternate', reps: '1' }, { side: 'left', hold: '20-45s', reps: '2-4', rest: '15' }, { reps: '12 to 15', sets: '1-2' },
  ];
  for (const lang of LANGUAGES) {
    for (const { id } of dataset.exercises) {
      for (const dose of doses) cases.push({ tag: 'exercise-card', options: { exercise: id, lang, variant: 'full', dose } });
    }
  }
  // A player's plan: PHP writes its header (includes/routine-plan.php) as the element does.
  const plans = [
    { rounds: '3' }, { rounds: '1' }, { restBetween: '0' }, { restBetween: '1m' }, { restBetween: '7' }, { leadIn: '0' }, { leadIn: '60' },
    { rounds: '2', restBetween: '45', leadIn: '10' }, { rounds: '50', restBetween: '3600', leadIn: '60' }, { rounds: '4', leadIn: '0', restBetween: '0' },
    { label: 'Morning routine' },
  ];
  for (const lang of LANGUAGES) {
    for (const { id } of dataset.routines) {
      for (const plan of plans) cases.push({ tag: 'routine-player', options: { routine: id, lang, ...plan } });
    }
  }
  const attributes = ({ exercise, routine, lang, theme = 'auto', variant, timer, dose = {}, rounds, restBetween, leadIn, label }) => ({
    ...(exercise
      ? { exercise, variant, ...(timer ? { timer: true } : {}), ...dose }
      : { routine, ...Object.fromEntries(Object.entries({ rounds, 'rest-between': restBetween, 'lead-in': leadIn, label }).filter(([, v]) => v !== undefined)) }),
    lang,
    ...(theme === 'auto' ? {} : { theme }),
  });
  const file = join(work, 'render-cases.json');
  writeFileSync(file, JSON.stringify(cases.map(({ tag, options }) => [tag, attributes(options)])));
  const written = JSON.parse(wp('render', file));
  const differing = [];
  for (const [i, { options }] of cases.entries()) {
    const expected = templateOf(await renderSnippet({ ...options, script: false }));
    const got = written[i];
    if (!expected || (got.md5 ?? md5(got.template)) !== md5(expected)) differing.push(JSON.stringify(options));
  }
  check(`PHP's shadow roots equal renderSnippet()'s for ${cases.length} cases: exercises and routines × language × theme × variant × timer, exercises × language × ${doses.length} dose overrides, routines × language × ${plans.length} plans`,
    differing.length === 0, `${differing.length} differ: ${differing.slice(0, 3).join(' ')}`);

  // What gets no prerendered root (the element renders it over the fallback), and feeds.
  const none = [
    ['exercise-card', { exercise: 'wall-angels', lang: 'es', reps: 'lots' }],
    ['exercise-card', { exercise: 'wall-angels', lang: 'es', reps: '1000' }],
    ['exercise-card', { exercise: 'wall-angels', lang: 'pt-BR' }],
    ['exercise-card', { exercise: 'no-such-exercise' }],
    ['routine-player', { routine: 'healthy-upper-back', rounds: 'lots' }],
    ['routine-player', { routine: 'healthy-upper-back', rounds: '2-3' }],
    ['routine-player', { routine: 'healthy-upper-back', rounds: '51' }],
    ['routine-player', { routine: 'healthy-upper-back', 'lead-in': '61' }],
    ['routine-player', { routine: 'healthy-upper-back', 'rest-between': '30-60' }],
  ];
  writeFileSync(file, JSON.stringify(none));
  const bare = JSON.parse(wp('render', file));
  check('no shadow root for a dose or plan the element rejects or beyond the tables, region tags or unknown ids (the element renders those itself)',
    bare.every((r) => r.template === ''), JSON.stringify(bare.map((r) => r.template?.length ?? r.md5)));
}

/**
 * Opens `url` with the library's script blocked: what the reader sees before it runs (or without
 * it), from the declarative shadow roots alone.
 */
export async function readWithoutScript(context, url) {
  const page = await context.newPage();
  await page.route(/exercise-elements\.js/, (route) => route.abort());
  let requested = 0;
  page.on('request', (request) => {
    if (/exercise-elements\.js/.test(request.url())) requested += 1;
  });
  await page.addInitScript(paint);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const elements = await page.evaluate(async () => {
    const facts = [];
    for (const el of document.querySelectorAll('exercise-card, routine-player')) {
      facts.push({
        defined: customElements.get(el.localName) !== undefined,
        shadow: el.shadowRoot !== null,
        title: el.shadowRoot?.querySelector('[part="title"]')?.textContent.trim() ?? '',
        text: el.shadowRoot?.querySelector('[part="base"]')?.innerText.replace(/\s+/g, ' ').trim() ?? '',
        height: await window.eeHeight(el),
        levels: [...(el.shadowRoot?.querySelectorAll('[role="heading"]') ?? [])].map((h) => h.getAttribute('aria-level')),
        dark: el.shadowRoot?.querySelector('[part="base"]')?.classList.contains('dark') ?? false,
        ...window.eePaint(el),
      });
    }
    return facts;
  });
  await page.close();
  return { elements, requested };
}

/**
 * Run in the page (an init script): defines `window.eeHeight(element)` (below) and
 * `window.eePaint(element)`, the class of an element's
 * `part="base"` and the colours a reader sees: its surface, text, title, dose line, first step and
 * cautions (which the dark palette recolours even where the theme sets the accent).
 */
export const paint = () => {
  // A card holds `content-visibility: auto`: until a reader has come near it, an off-screen card
  // is laid out at its size estimate (54rem), or at the size remembered from before, which
  // Chromium may or may not still hold after the upgrade replaced the shadow root's content. Its
  // height is read as a reader meets it: scrolled to, two frames later.
  window.eeHeight = async (el) => {
    el.scrollIntoView({ block: 'start' });
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return el.getBoundingClientRect().height;
  };
  window.eePaint = (el) => {
    const root = el.shadowRoot;
    const base = root?.querySelector('[part="base"]');
    const color = (selector, property = 'color') => {
      const node = root?.querySelector(selector);
      return node ? getComputedStyle(node)[property] : '';
    };
    return {
      base: base?.getAttribute('class') ?? '',
      colors: [color('[part="base"]', 'backgroundColor'), color('[part="base"]'), color('[part="title"]'), color('[part="dose"]'), color('[part="step"], li'), color('.cautions', 'borderInlineStartColor')],
    };
  };
};

/** The same facts from a page read with the script (after every element upgraded), and the dose line's words. */
export const upgradedFacts = async () => {
  const facts = [];
  for (const el of document.querySelectorAll('exercise-card, routine-player')) {
    facts.push({
      dose: [...(el.shadowRoot?.querySelector('[part="dose"]')?.childNodes ?? [])].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim(),
      title: el.shadowRoot?.querySelector('[part="title"]')?.textContent.trim() ?? '',
      text: el.shadowRoot?.querySelector('[part="base"]')?.innerText.replace(/\s+/g, ' ').trim() ?? '',
      height: await window.eeHeight(el),
      levels: [...(el.shadowRoot?.querySelectorAll('[role="heading"]') ?? [])].map((h) => h.getAttribute('aria-level')),
      ...window.eePaint(el),
    });
  }
  return facts;
};

/** In the page: every element upgraded (its prerendered nodes, `<style>` included, released) and rendered. */
export const allUpgraded = () =>
  [...document.querySelectorAll('exercise-card, routine-player')].every((el) => {
    const title = el.shadowRoot?.querySelector('[part="title"]');
    return customElements.get(el.localName) && !el.shadowRoot.querySelector(':scope > style') && title && title.textContent.trim() !== '';
  });
