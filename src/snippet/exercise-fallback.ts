/**
 * The light-DOM fallback inside a card's snippet: the exercise's name, dose and steps as plain
 * HTML, for readers that do not run declarative shadow DOM (feed readers, crawlers, old
 * browsers). Dataset text is escaped, never markup.
 */
import { pickText } from '../data/localized-text.js';
import type { Dose, Exercise, LocalizedText } from '../data/types.js';
import { formatDose } from '../i18n/format-dose.js';
import { escapeHtml } from './snippet-html.js';

/** Dataset text, escaped, marked with its own `lang` where it fell back to another language. */
export function datasetText(value: LocalizedText | undefined, lang: string): string {
  if (!value) return '';
  const picked = pickText(value, lang);
  const language = (tag: string) => tag.split('-')[0]?.toLowerCase();
  const escaped = escapeHtml(picked.text);
  return language(picked.lang) === language(lang) ? escaped : `<span lang="${escapeHtml(picked.lang)}">${escaped}</span>`;
}

/** `<h3>` name, `<p>` dose, `<ol>` steps: one element per line. */
export function exerciseFallback(exercise: Exercise, dose: Dose, lang: string, locale: string): string[] {
  const words = formatDose(dose, locale);
  return [
    `<h3>${datasetText(exercise.name, lang)}</h3>`,
    ...(words ? [`<p>${escapeHtml(words)}</p>`] : []),
    '<ol>',
    ...exercise.steps.map((step) => `<li>${datasetText(step, lang)}</li>`),
    '</ol>',
  ];
}
