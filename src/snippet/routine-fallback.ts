/**
 * The light-DOM fallback inside a routine player's snippet: the routine's name and its exercises
 * with their doses as plain HTML, for readers that do not run declarative shadow DOM. Dataset
 * text is escaped, never markup.
 */
import type { PreloadedRoutine } from '../components/routine-player/load-routine.js';
import { isRestItem } from '../data/types.js';
import { mergeDose } from '../engine/parse-dose.js';
import { formatDose } from '../i18n/format-dose.js';
import { datasetText } from './exercise-fallback.js';
import { escapeHtml } from './snippet-html.js';

/** `<h3>` name, `<ol>` of "exercise: dose": one element per line. */
export function routineFallback(preloaded: PreloadedRoutine, lang: string, locale: string): string[] {
  const items = (preloaded.routine?.items ?? []).flatMap((item) => {
    if (isRestItem(item)) return [];
    const exercise = preloaded.exercises.get(item.exercise);
    if (!exercise) return [];
    const words = formatDose(mergeDose(exercise.dose, item.dose), locale);
    return [`<li>${datasetText(exercise.name, lang)}${words ? `: ${escapeHtml(words)}` : ''}</li>`];
  });
  return [`<h3>${datasetText(preloaded.routine?.name, lang)}</h3>`, '<ol>', ...items, '</ol>'];
}
