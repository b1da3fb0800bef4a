/**
 * schema.org JSON-LD for search engines: the exercise as a HowTo (steps, tools) that is also an
 * ExercisePlan (repetitions, rest, duration), in the card's language.
 */
import type { Amount, Dose, Exercise } from '../../data/types.js';
import { pickText } from '../../data/localized-text.js';

const upper = (amount: Amount | undefined) => (amount === undefined ? undefined : typeof amount === 'number' ? amount : amount.max);
const isoSeconds = (amount: Amount | undefined) => {
  const seconds = upper(amount);
  return seconds ? `PT${Math.round(seconds)}S` : undefined;
};

export function structuredData(exercise: Exercise, dose: Dose, lang: string, equipment: readonly string[]): Record<string, unknown> {
  const text = (value: Exercise['name'] | undefined) => (value ? pickText(value, lang).text : undefined);
  const reps = dose.reps === 'max' ? undefined : upper(dose.reps);
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': ['HowTo', 'ExercisePlan'],
    name: text(exercise.name),
    description: text(exercise.summary),
    inLanguage: lang,
    exerciseType: exercise.category,
    step: exercise.steps.map((step, i) => ({ '@type': 'HowToStep', position: i + 1, text: text(step) })),
    tool: equipment.map((name) => ({ '@type': 'HowToTool', name })),
    repetitions: reps,
    restPeriods: isoSeconds(dose.restSeconds),
    activityDuration: isoSeconds(dose.durationSeconds) ?? isoSeconds(dose.holdSeconds),
  };
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

/**
 * The JSON-LD as the text of a `<script type="application/ld+json">`, `<` escaped: dataset text can
 * never close the script, even when the page is saved as HTML. The card writes it, and so does a
 * snippet (exercise-elements/snippet.js), the same text, so the card finds it already written.
 */
export const structuredDataJson = (exercise: Exercise, dose: Dose, lang: string, equipment: readonly string[]): string =>
  JSON.stringify(structuredData(exercise, dose, lang, equipment)).replace(/</g, '\\u003c');
