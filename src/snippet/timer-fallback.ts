/**
 * The light-DOM fallback inside a timer's snippet: what is timed and the dose in words, as plain
 * HTML, for readers that do not run declarative shadow DOM. The label is the author's text,
 * escaped, never markup.
 */
import type { Dose } from '../data/types.js';
import { formatDose } from '../i18n/format-dose.js';
import { escapeHtml } from './snippet-html.js';

/** `<p>` "Wall sit: 3 sets of 10 reps" (the label left out when there is none). */
export function timerFallback(dose: Dose, label: string | undefined, locale: string): string[] {
  const words = escapeHtml(formatDose(dose, locale));
  return [`<p>${label ? `${escapeHtml(label)}: ` : ''}${words}</p>`];
}
