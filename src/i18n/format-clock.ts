/**
 * The timer's clock face, apart from format.ts so that the CDN script (which holds the dose
 * formatting of the JS API) does not carry it to a page without a timer.
 */
import { numberFormat } from './format.js';

/** `1:05` or `0:25`: a countdown on a clock face, in the locale's digits. */
export function formatClock(ms: number, locale: string): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${numberFormat(locale).format(minutes)}:${numberFormat(locale, { minimumIntegerDigits: 2 }).format(seconds)}`;
}
