/**
 * The timer's code (`<rep-timer>`), fetched when a reader is about to use a timer: a card's Start
 * button, a routine's start (or a pointer or focus on either first, to get a head start). A page
 * that only shows cards and players never downloads it.
 */
import { html } from 'lit';
import { msg } from '../i18n/msg.js';
import { loadTranslations } from '../i18n/translations.js';

/** What a card or player says when the timer's code cannot be fetched (offline). */
const timerUnavailable = msg('The timer could not be loaded. Check your connection and try again.', { id: 'load.timer-unavailable' });

let loading: Promise<unknown> | undefined;

/**
 * Resolves once `<rep-timer>` is defined and its strings in `locale` are loaded (fetched side by
 * side); rejects when its code cannot be fetched (a later call tries again).
 */
export function loadTimer(locale: string): Promise<void> {
  const strings = loadTranslations(locale, ['timer']);
  if (customElements.get('rep-timer')) return strings;
  loading ??= import('../rep-timer.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return Promise.all([loading, strings]).then(() => undefined);
}

/**
 * `loadTimer(locale)` for an element, with whatever else it needs to play (`more`); when any of it
 * cannot be fetched, one console error names the element (`exercise-card exercise="x"`) in its
 * `intlLocale`, and it resolves false.
 */
export async function loadTimerFor(element: string, locale: string, intlLocale: string, more?: Promise<unknown>): Promise<boolean> {
  try {
    await Promise.all([loadTimer(locale), more]);
    return true;
  } catch (error) {
    console.error(`<${element}>: ${timerUnavailable(intlLocale)}`, error);
    return false;
  }
}

/** The message a card or player shows where its timer would be, once `loadTimerFor` resolved false. */
export const timerNotice = (locale: string) => html`<p part="error" class="error" role="alert">${timerUnavailable(locale)}</p>`;

/** Starts fetching the timer's code and strings, quietly: a head start when a reader points at or focuses a timer. */
export const warmTimer = (locale: string): void => void loadTimer(locale).catch(() => undefined);
