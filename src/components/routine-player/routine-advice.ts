/**
 * The player's safety and honesty lines: the cautions that go with a routine or an exercise (its
 * own and its source's), and the routine values that are the dataset's suggestion, not the source's.
 */
import { html, nothing } from 'lit';
import { withSourceCautions } from '../../data/cautions.js';
import type { Exercise, LocalizedText, Routine, Source } from '../../data/types.js';
import { formatSeconds } from '../../i18n/format.js';
import * as t from './routine-player.phrases.js';

/** A "Take care" list, or nothing when there is no caution. */
export function cautionsList(locale: string, cautions: readonly LocalizedText[], text: (value: LocalizedText) => string) {
  if (!cautions.length) return nothing;
  return html`<div part="cautions" class="cautions">
    <p class="cautions-label">${t.cautions(locale)}</p>
    <ul>${cautions.map((caution) => html`<li>${text(caution)}</li>`)}</ul>
  </div>`;
}

/** The cautions of an exercise: its own and those its source states for all its exercises. */
export const exerciseCautions = (exercise: Exercise, source: Source | undefined) => withSourceCautions(exercise.cautions, source);

/** The cautions of a routine: those its source states for everything it describes. */
export const routineCautions = (source: Source | undefined) => withSourceCautions([], source);

/** "Suggested: rest 30 s between exercises." when the routine's rest is ours, not the article's. */
export function suggestedRest(routine: Routine | undefined, locale: string): string {
  const rest = routine?.restBetweenSeconds;
  if (!rest || !routine?.suggested?.includes('restBetweenSeconds')) return '';
  return t.suggested(locale, t.restBetween(locale, formatSeconds(rest, locale)));
}
