// The WordPress plugin's prerendered shadow roots, written at plugin build time by the package's
// own renderer (renderSnippet() of exercise-elements/snippet.js: Lit's server renderer running the
// elements' real render()), since PHP can run neither Node nor Lit. PHP only assembles them
// (includes/prerendered.php): `<style>` + markup inside `<template shadowrootmode="open">`.
//
// What is shipped, in assets/prerendered/:
//   <tag>.css           the element's styles, once per element kind (identical in every rendering)
//   <lang>.json         { "exercise-card": { id: { full, compact } }, "routine-player": { id: markup },
//                         "timer": { variant: [anchor, replacement] }, "base": { tag: { variant: { auto, light, dark, auto-dark } } },
//                         "dose": the messages, plurals, units and patterns of the dose line and the player's
//                         header (wp-dose-tables.mjs), "plans": each routine's plan (routinePlans() below) }
// The markup is written for theme "auto" without a timer; the other themes change only the class
// of the `part="base"` element and the timer adds one block at a fixed place and dose overrides change the text of
// the dose line, so PHP makes those by substitution (the dose worded by includes/dose-format.php;
// a player's rounds, rest between and lead-in change its header, worded by includes/routine-plan.php). Every substitution is checked here against the renderer's own output for
// every exercise, routine and language: the build fails rather than ship a rendering that differs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { doseTables } from './wp-dose-tables.mjs';

const THEMES = ['auto', 'light', 'dark'];
const VARIANTS = ['full', 'compact'];
// Where the timer block goes: after the notes slot in a full card, before the disclaimer slot in a compact one.
const TIMER_AT = { full: ['<slot name="notes"></slot>\n', 'after'], compact: ['<slot name="disclaimer"></slot>', 'before'] };

/** The shadow root of a snippet: what lies inside its `<template>`, split into styles and markup. */
function shadowOf(snippet, what) {
  const start = snippet.indexOf('<template shadowrootmode="open">\n');
  const end = snippet.lastIndexOf('\n</template>');
  const content = start >= 0 && end > start ? snippet.slice(start + '<template shadowrootmode="open">\n'.length, end) : '';
  const styles = content.match(/^<style>\n([\s\S]*?)\n<\/style>/);
  if (!styles) throw new Error(`wp-prerender: ${what}: no <style> at the start of the shadow root`);
  return { css: styles[1], markup: content.slice(styles[0].length) };
}

/** The class of the `part="base"` element (the first one: the element's own frame). */
function baseClass(markup, what) {
  const match = markup.match(/part="base"[^>]*? class="([^"]*)"/);
  if (!match) throw new Error(`wp-prerender: ${what}: no part="base" class`);
  return match[1];
}

/** `markup` with the base class `from` made `to`: what PHP does for a theme (first occurrence only). */
export const withBaseClass = (markup, from, to) => markup.replace(`class="${from}"`, `class="${to}"`);

/**
 * The base class of theme "auto" on a dark page, which no server render can write (the element
 * judges the page in the browser: src/internal/color-scheme.ts): the element writes its scheme
 * ("dark" or "") then "themed" for a forced theme, so it is the dark theme's class without
 * "themed", checked by the light theme's class being the automatic one plus "themed".
 */
function autoOnDark(classes, what) {
  const forced = 'themed';
  if (!classes.dark.endsWith(forced) || classes.light !== classes.auto + forced || !classes.dark.startsWith(classes.auto.trimEnd())) {
    throw new Error(`wp-prerender: ${what}: the theme classes ${JSON.stringify(classes)} are not "<scheme> themed"`);
  }
  return classes.dark.slice(0, -forced.length);
}

/** `markup` with its first `anchor` made `replacement`: what PHP does for `timer` (first occurrence only). */
export const withTimer = (markup, [anchor, replacement]) => markup.replace(anchor, replacement);

/** The timer block of a card: what `timed` has more than `markup`, as [anchor, replacement]. */
function timerBlock(markup, timed, variant) {
  const [anchor, side] = TIMER_AT[variant];
  const at = markup.indexOf(anchor);
  if (at < 0) return undefined;
  const cut = side === 'after' ? at + anchor.length : at;
  if (!timed.startsWith(markup.slice(0, cut)) || !timed.endsWith(markup.slice(cut))) return undefined;
  const block = timed.slice(cut, timed.length - (markup.length - cut));
  return [anchor, side === 'after' ? anchor + block : block + anchor];
}

/**
 * What PHP needs to plan a routine as buildRoutineSteps() does (src/engine/routine-plan.ts) when an
 * author sets `rounds`, `rest-between` or `lead-in` (includes/routine-plan.php): the routine's own
 * rounds and rest between, the player's lead-in when `lead-in` is not set, and per item either an exercise's estimated seconds without lead-in
 * (["e", seconds], its dose merged over the exercise's) or an explicit rest (["r", seconds]). A
 * lead-in adds its own seconds to every exercise: checked here for each item from 0 to 60 s.
 */
async function routinePlans(root, dataset) {
  const { mergeDose } = await import(join(root, 'dist/engine/parse-dose.js'));
  const { estimateSeconds } = await import(join(root, 'dist/engine/routine-plan.js'));
  const { DEFAULT_LEAD_IN } = await import(join(root, 'dist/components/routine-player/load-routine.js'));
  const upper = (amount) => (typeof amount === 'object' ? amount.max : (amount ?? 0));
  const plans = {};
  for (const routine of dataset.routines) {
    if (!routine.name?.en) throw new Error(`wp-prerender: routine ${routine.id} has no name (a player's label would show instead)`);
    const items = routine.items.map((item) => {
      if (item.exercise === undefined) return ['r', upper(item.restSeconds)];
      const dose = mergeDose(dataset.exercises.find((e) => e.id === item.exercise)?.dose, item.dose);
      const seconds = estimateSeconds(dose, 0);
      for (let lead = 1; lead <= 60; lead += 1) {
        if (estimateSeconds(dose, lead) !== seconds + lead) throw new Error(`wp-prerender: routine ${routine.id}: a ${lead} s lead-in does not add ${lead} s to ${item.exercise}`);
      }
      return ['e', seconds];
    });
    plans[routine.id] = { rounds: routine.rounds ?? 1, restBetween: upper(routine.restBetweenSeconds), leadIn: DEFAULT_LEAD_IN, items };
  }
  return plans;
}

/**
 * Writes assets/prerendered/ into `pluginDir` for every exercise and routine of `dataset` in every
 * language of `languages`, and returns what it wrote (counts and bytes).
 */
export async function prerender({ root, pluginDir, dataset, languages, renderSnippet }) {
  const dose = doseTables(root, languages);
  const plans = await routinePlans(root, dataset);
  const out = join(pluginDir, 'assets/prerendered');
  mkdirSync(out, { recursive: true });
  const css = {};
  const keepCss = (tag, value, what) => {
    css[tag] ??= value;
    if (css[tag] !== value) throw new Error(`wp-prerender: ${what}: styles differ from the other ${tag} renderings`);
  };
  const shadow = async (options, what) => {
    const { css: styles, markup } = shadowOf(await renderSnippet({ ...options, script: false }), what);
    keepCss(options.routine ? 'routine-player' : 'exercise-card', styles, what);
    return markup;
  };
  let templates = 0;
  let checked = 0;
  const files = {};
  for (const lang of languages) {
    const data = { 'exercise-card': {}, 'routine-player': {}, timer: {}, base: { 'exercise-card': {}, 'routine-player': {} }, dose: dose[lang], plans };
    const base = (tag, variant, theme, value, what) => {
      const themes = (data.base[tag][variant] ??= {});
      themes[theme] ??= value;
      if (themes[theme] !== value) throw new Error(`wp-prerender: ${what}: base class "${value}" differs from "${themes[theme]}"`);
    };
    for (const { id } of dataset.exercises) {
      data['exercise-card'][id] = {};
      for (const variant of VARIANTS) {
        const what = `${id} (${lang}, ${variant})`;
        const markup = await shadow({ exercise: id, lang, variant }, what);
        data['exercise-card'][id][variant] = markup;
        templates += 1;
        const auto = baseClass(markup, what);
        base('exercise-card', variant, 'auto', auto, what);
        for (const theme of THEMES.filter((t) => t !== 'auto')) {
          const themed = await shadow({ exercise: id, lang, variant, theme }, `${what}, ${theme}`);
          base('exercise-card', variant, theme, baseClass(themed, what), `${what}, ${theme}`);
          if (withBaseClass(markup, auto, data.base['exercise-card'][variant][theme]) !== themed) throw new Error(`wp-prerender: ${what}: theme ${theme} is more than a class`);
          checked += 1;
        }
        const timed = await shadow({ exercise: id, lang, variant, timer: true }, `${what}, timer`);
        const timer = timerBlock(markup, timed, variant);
        data.timer[variant] ??= timer;
        if (!timer || JSON.stringify(timer) !== JSON.stringify(data.timer[variant]) || withTimer(markup, timer) !== timed) {
          throw new Error(`wp-prerender: ${what}: the timer is not the same block at the same place as in the other cards`);
        }
        checked += 1;
      }
    }
    for (const { id } of dataset.routines) {
      const what = `routine ${id} (${lang})`;
      const markup = await shadow({ routine: id, lang }, what);
      data['routine-player'][id] = markup;
      templates += 1;
      const auto = baseClass(markup, what);
      base('routine-player', 'full', 'auto', auto, what);
      for (const theme of THEMES.filter((t) => t !== 'auto')) {
        const themed = await shadow({ routine: id, lang, theme }, `${what}, ${theme}`);
        base('routine-player', 'full', theme, baseClass(themed, what), `${what}, ${theme}`);
        if (withBaseClass(markup, auto, data.base['routine-player'].full[theme]) !== themed) throw new Error(`wp-prerender: ${what}: theme ${theme} is more than a class`);
        checked += 1;
      }
    }
    for (const [tag, variants] of Object.entries(data.base)) {
      for (const [variant, classes] of Object.entries(variants)) classes['auto-dark'] = autoOnDark(classes, `${tag} ${variant} (${lang})`);
    }
    const file = join(out, `${lang}.json`);
    writeFileSync(file, JSON.stringify(data));
    files[`${lang}.json`] = readFileSync(file).length;
  }
  for (const [tag, value] of Object.entries(css)) {
    writeFileSync(join(out, `${tag}.css`), value);
    files[`${tag}.css`] = value.length;
  }
  return { templates, checked, files };
}
