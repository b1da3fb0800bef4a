/** What the player says about its steps, for a given language: names, doses, positions, cues. */
import { pickText } from '../../data/localized-text.js';
import type { ExerciseOutline } from '../../data/exercise-outline.js';
import type { LocalizedText, Routine } from '../../data/types.js';
import type { RoutineStep } from '../../engine/routine-plan.js';
import { formatNumber } from '../../i18n/format.js';
import { formatDose } from '../../i18n/format-dose.js';
import * as t from './routine-player.phrases.js';

export interface Words {
  /** UI locale (numbers, phrases). */
  readonly locale: string;
  /** Content language (dataset text). */
  readonly lang: string;
  readonly steps: readonly RoutineStep[];
  /** Full exercises, or outlines (name, dose) of those not reached yet: what is said needs no more. */
  readonly exercises: ReadonlyMap<string, ExerciseOutline>;
}

export const text = (w: Words, value: LocalizedText | string | undefined): string =>
  value === undefined ? '' : typeof value === 'string' ? value : pickText(value, w.lang).text;

export const exerciseName = (w: Words, step: RoutineStep | undefined): string =>
  text(w, step?.exercise ? w.exercises.get(step.exercise)?.name : undefined);

export const nextExercise = (w: Words, index: number): RoutineStep | undefined => w.steps.slice(index + 1).find((s) => s.kind === 'exercise');

/** Exercises (not rests) up to and including step `index`; at least 1. */
export const exerciseNumber = (w: Words, index: number): number => w.steps.slice(0, index + 1).filter((s) => s.kind === 'exercise').length || 1;

export const exerciseCount = (w: Words): number => w.steps.filter((s) => s.kind === 'exercise').length;

/** What "Next up" and the cues say about an exercise step: "Wall angels, 5–10 reps". */
export function describe(w: Words, step: RoutineStep | undefined): string {
  if (!step) return '';
  const dose = formatDose(step.dose, w.locale);
  return [exerciseName(w, step), dose.charAt(0).toLocaleLowerCase(w.locale) + dose.slice(1)].filter(Boolean).join(', ');
}

/** "Exercise 2 of 5". */
export const positionText = (w: Words, index: number): string =>
  t.exerciseOf(w.locale, formatNumber(exerciseNumber(w, index), w.locale), formatNumber(exerciseCount(w), w.locale));

/** The words said when step `index` begins: spoken, and announced (with the position). */
export function stepCue(w: Words, index: number): { text: string; announce: string } | undefined {
  const step = w.steps[index];
  if (!step) return undefined;
  const { locale } = w;
  if (step.kind === 'rest') {
    const spoken = t.restCue(locale, describe(w, nextExercise(w, index)) || t.complete(locale));
    return { text: spoken, announce: spoken };
  }
  const spoken = index === 0 ? t.firstUp(locale, describe(w, step)) : t.nextCue(locale, describe(w, step));
  return { text: spoken, announce: `${positionText(w, index)}: ${describe(w, step)}` };
}

/** "Do this 3 times a week for 6 weeks.", or '' when the routine says nothing of it. */
export function frequencyText(locale: string, routine: Routine | undefined): string {
  const frequency = routine?.frequency;
  if (!frequency) return '';
  const times = frequency.timesPerWeek;
  let words: string;
  if (typeof times === 'number') words = times >= 7 ? t.everyDay(locale) : t.timesPerWeek(locale, formatNumber(times, locale));
  else if (times.max === undefined) words = t.atLeastTimesPerWeek(locale, formatNumber(times.min, locale));
  else words = t.timesPerWeek(locale, new Intl.NumberFormat(locale).formatRange(times.min, times.max));
  if (frequency.weeks) words = t.forWeeks(locale, words, formatNumber(frequency.weeks, locale));
  return routine?.suggested?.includes('frequency') ? t.suggested(locale, t.frequency(locale, words)) : t.frequency(locale, words);
}
