/**
 * The zero-shift snippet, written by one renderer in Node (the `exercise-elements snippet`
 * command, static site generators) and in the browser (the embed builder): the script tag once,
 * then the element with its attributes, its finished rendering as a declarative shadow root
 * (markup and styles, painted before and without any script) and the light-DOM fallback for
 * readers without declarative shadow DOM (with a card's JSON-LD for crawlers when asked). The
 * rendering comes from Lit's own server renderer (`@lit-labs/ssr`) running the element's real
 * `render()`, so it is what the element shows.
 */
import { render } from '@lit-labs/ssr/lib/render.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { ExerciseCard } from '../components/exercise-card/exercise-card.js';
import { preloadExercise } from '../components/exercise-card/load-exercise.js';
import { RepTimer } from '../components/rep-timer/rep-timer.js';
import { preloadRoutine } from '../components/routine-player/load-routine.js';
import { RoutinePlayer } from '../components/routine-player/routine-player.js';
import { mergeDose, parseDoseAttributes } from '../engine/parse-dose.js';
import { intlLocaleOf, matchLocale } from '../i18n/resolve-locale.js';
import { loadTranslations } from '../i18n/translations.js';
import { defineElement } from '../internal/define.js';
import { exerciseFallback } from './exercise-fallback.js';
import { routineFallback } from './routine-fallback.js';
import { escapeHtml, openingTag, tidyRendering } from './snippet-html.js';
import { DEFAULT_SCRIPT, elementAttributes, isTimerOnly, type SnippetOptions } from './snippet-options.js';
import { structuredDataScript } from './structured-data-script.js';
import { timerFallback } from './timer-fallback.js';

// Lit's renderer finds the element by tag (in Node, in its server registry). Defined here rather
// than through a side-effect import, which bundlers may drop as the package marks it.
defineElement('exercise-card', ExerciseCard);
defineElement('routine-player', RoutinePlayer);
defineElement('rep-timer', RepTimer);

/** Why a snippet cannot be written (an unknown id): the command prints `message`. */
export class SnippetError extends Error {
  override name = 'SnippetError';
}

/** The shadow root a server rendering of one element holds: what lies inside its `<template>`. */
function shadowContent(rendered: string): string {
  const start = rendered.indexOf('>', rendered.indexOf('<template')) + 1;
  const end = rendered.lastIndexOf('</template>');
  if (start <= 0 || end < start) throw new SnippetError('the element rendered no shadow root');
  return rendered.slice(start, end);
}

/** The script tag (unless left out), the opening tag, the declarative shadow root, the fallback. */
function snippetOf(options: SnippetOptions, tag: string, attributes: [string, string][], rendered: string, fallback: string[]): string {
  const script = options.script === false ? [] : [`<script type="module" src="${escapeHtml(options.script ?? DEFAULT_SCRIPT)}"></script>`];
  return [
    ...script,
    openingTag(tag, attributes),
    '<template shadowrootmode="open">',
    tidyRendering(shadowContent(rendered)),
    '</template>',
    ...fallback,
    `</${tag}>`,
  ].join('\n') + '\n';
}

/** The value of attribute `name` among `attributes`, or Lit's `nothing` (no attribute). */
const valueOf = (attributes: readonly [string, string][], name: string) => attributes.find(([n]) => n === name)?.[1] ?? nothing;

/** What is wrong with an attribute, as the command prints it. */
const problemText = (attribute: string, value: string, reason: string) => `${attribute}="${value}": ${reason}`;

/** A `<routine-player>` snippet: the player before it starts (its introduction and list). */
async function renderRoutineSnippet(options: SnippetOptions, id: string, lang: string): Promise<string> {
  const problems: string[] = [];
  const preloaded = await preloadRoutine(id, lang, options, (...problem) => problems.push(problemText(...problem)));
  if (!preloaded) throw new SnippetError(`no routine "${id}"`);
  if (problems[0]) throw new SnippetError(problems[0]);
  await loadTranslations(matchLocale(lang));
  const attributes = elementAttributes({ ...options, exercise: undefined, routine: id, lang });
  const attribute = (name: string) => valueOf(attributes, name);
  const rendered = await collectResult(render(html`<routine-player routine=${id} lang=${lang} theme=${attribute('theme')} rounds=${attribute('rounds')}
    rest-between=${attribute('rest-between')} lead-in=${attribute('lead-in')} .preloaded=${preloaded}></routine-player>`));
  return snippetOf(options, 'routine-player', attributes, rendered, routineFallback(preloaded, lang, intlLocaleOf(lang)));
}

/** A `<rep-timer>` snippet: the timer ready to start, counting the dose given. */
async function renderTimerSnippet(options: SnippetOptions, lang: string): Promise<string> {
  const { dose, problems } = parseDoseAttributes(options.dose ?? {});
  const problem = problems[0];
  if (problem) throw new SnippetError(problemText(problem.attribute, problem.value, problem.reason));
  if (!['reps', 'holdSeconds', 'durationSeconds'].some((field) => field in dose)) {
    throw new SnippetError('a timer needs a dose: give reps, hold or duration (e.g. --sets 3 --reps 10)');
  }
  await loadTranslations(matchLocale(lang));
  const attributes = elementAttributes({ ...options, lang });
  const value = (name: string) => valueOf(attributes, name);
  const rendered = await collectResult(
    render(html`<rep-timer lang=${lang} theme=${value('theme')} label=${value('label')} count=${value('count')} sets=${value('sets')}
      reps=${value('reps')} hold=${value('hold')} rest=${value('rest')} duration=${value('duration')} side=${value('side')}
      tempo=${value('tempo')}></rep-timer>`),
  );
  return snippetOf(options, 'rep-timer', attributes, rendered, timerFallback(dose, options.label?.trim(), intlLocaleOf(lang)));
}

/**
 * Writes the snippet for `options`: an exercise card, with `routine` a routine player, with
 * `timer` and neither a timer. Rejects with a {@link SnippetError} for an unknown id or a timer
 * without a dose.
 */
export async function renderSnippet(options: SnippetOptions): Promise<string> {
  const lang = options.lang?.trim() || 'en';
  if (isTimerOnly(options)) return renderTimerSnippet(options, lang);
  const routine = options.routine?.trim();
  if (routine) return renderRoutineSnippet(options, routine, lang);
  const id = options.exercise?.trim();
  if (!id) throw new SnippetError('no exercise: give an exercise id (e.g. wall-angels)');
  // In the snippet's language: its text, and its source's cautions, as the live card loads them.
  const preloaded = await preloadExercise(id, undefined, lang);
  if (!preloaded) throw new SnippetError(`no exercise "${id}"`);
  await loadTranslations(matchLocale(lang));

  const attributes = elementAttributes({ ...options, exercise: id, lang });
  const value = (name: string) => valueOf(attributes, name);
  const dose = options.dose ?? {};
  const rendered = await collectResult(
    render(html`<exercise-card exercise=${id} lang=${lang} theme=${value('theme')} variant=${value('variant')}
      ?timer=${value('timer') !== nothing} sets=${dose.sets ?? nothing} reps=${dose.reps ?? nothing} hold=${dose.hold ?? nothing}
      rest=${dose.rest ?? nothing} duration=${dose.duration ?? nothing} side=${dose.side ?? nothing} tempo=${dose.tempo ?? nothing}
      .preloaded=${preloaded}></exercise-card>`),
  );

  const shownDose = mergeDose(preloaded.exercise.dose, parseDoseAttributes(dose).dose);
  const locale = intlLocaleOf(lang);
  const fallback = exerciseFallback(preloaded.exercise, shownDose, lang, locale);
  if (options.structuredData) fallback.push(structuredDataScript(preloaded.exercise, shownDose, lang, locale));
  return snippetOf(options, 'exercise-card', attributes, rendered, fallback);
}
