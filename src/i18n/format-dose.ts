/**
 * A dose in words, in the locale it is given: "2 sets of 8–12 reps, rest 40 s",
 * "Hold 15–30 s, repeat 2–4 times", "As many as you can with good form, each side".
 */
import type { Amount, Dose } from '../data/types.js';
import { MIN_TIMED_HOLD_SECONDS, upper } from '../engine/timed-amount.js';
import { formatSeconds, formatSecondsRange } from './format.js';
import { msg, str } from './msg.js';
import { repsText, setsText, timesText } from './plural.js';

const time = (amount: Amount, locale: string) =>
  typeof amount === 'number' ? formatSeconds(amount, locale) : formatSecondsRange(amount.min, amount.max, locale);

const isMoreThanOne = (amount: Amount | undefined) => amount !== undefined && (typeof amount === 'number' ? amount > 1 : amount.max > 1);
const isPositive = (amount: Amount | undefined): amount is Amount => amount !== undefined && (typeof amount === 'number' ? amount > 0 : amount.max > 0);

const sidePhrase = (side: Dose['side'], locale: string): string | undefined =>
  side === 'each'
    ? msg('each side', { id: 'dose.side.each' })(locale)
    : side === 'alternate'
      ? msg('alternating sides', { id: 'dose.side.alternate' })(locale)
      : side === 'left'
        ? msg('left side only', { id: 'dose.side.left' })(locale)
        : side === 'right'
          ? msg('right side only', { id: 'dose.side.right' })(locale)
          : undefined;

/** A hold of a few seconds is a pause inside each rep ("pull, hold a second"), as the timer counts it. */
const isTimedHold = (dose: Dose): dose is Dose & { holdSeconds: Amount } => upper(dose.holdSeconds) >= MIN_TIMED_HOLD_SECONDS;

/** The main clause of a dose: what to do and how much. */
function mainClause(dose: Dose, locale: string): string | undefined {
  const sets = isMoreThanOne(dose.sets) && dose.sets !== undefined ? setsText(dose.sets, locale) : undefined;
  if (isTimedHold(dose)) {
    const hold = time(dose.holdSeconds, locale);
    const repeat = isMoreThanOne(dose.reps === 'max' ? undefined : dose.reps) ? timesText(dose.reps as Amount, locale) : undefined;
    const held = repeat ? msg(str`Hold ${hold}, repeat ${repeat}`, { id: 'dose.hold-repeat' })(locale) : msg(str`Hold ${hold}`, { id: 'dose.hold' })(locale);
    return sets ? msg(str`${sets}: ${held}`, { id: 'dose.sets-then' })(locale) : held;
  }
  if (dose.reps === 'max') {
    return sets
      ? msg(str`${sets} of as many reps as you can with good form`, { id: 'dose.sets-of-max' })(locale)
      : msg('As many as you can with good form', { id: 'dose.max' })(locale);
  }
  if (dose.reps !== undefined) {
    const reps = repsText(dose.reps, locale);
    return sets ? msg(str`${sets} of ${reps}`, { id: 'dose.sets-of-reps' })(locale) : reps;
  }
  if (isPositive(dose.durationSeconds)) {
    const length = time(dose.durationSeconds, locale);
    return sets ? msg(str`${sets} of ${length}`, { id: 'dose.sets-of-duration' })(locale) : length;
  }
  return sets;
}

const capitalize = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** The clauses of `dose`, joined; `whole` is the complete dose, which decides whether a rest has anything to separate. */
function clauses(dose: Dose, whole: Dose, locale: string): string {
  const parts: string[] = [];
  const main = mainClause(dose, locale);
  if (main) parts.push(main);
  if (isPositive(dose.holdSeconds) && !isTimedHold(dose)) {
    parts.push(msg(str`hold ${time(dose.holdSeconds, locale)} each time`, { id: 'dose.hold-each' })(locale));
  }
  if (dose.tempoSeconds) parts.push(msg(str`${formatSeconds(dose.tempoSeconds, locale)} per rep`, { id: 'dose.tempo' })(locale));
  if (isTimedHold(dose) && isPositive(dose.durationSeconds)) parts.push(time(dose.durationSeconds, locale));
  const side = sidePhrase(dose.side, locale);
  if (side) parts.push(side);
  // Rest is between sets (or between holds): with nothing to rest between, it is not mentioned.
  const repeated = isMoreThanOne(whole.sets) || (isTimedHold(whole) && whole.reps !== 'max' && isMoreThanOne(whole.reps));
  if (isPositive(dose.restSeconds) && repeated) parts.push(msg(str`rest ${time(dose.restSeconds, locale)}`, { id: 'dose.rest' })(locale));
  return parts.join(msg(', ', { id: 'dose.separator' })(locale));
}

/**
 * The whole dose as one phrase, or an empty string for an empty dose. Values the dataset marks as
 * its own suggestion (`dose.suggested`) are worded as such: "Each side. Suggested: Hold 3–5 s".
 */
export function formatDose(dose: Dose | undefined, locale: string): string {
  if (!dose) return '';
  const ours: readonly string[] = dose.suggested ?? [];
  // The clauses of the stated fields, or of the suggested ones (the markers are never read as amounts).
  const words = (suggestedOnes: boolean) =>
    clauses(Object.fromEntries(Object.entries(dose).filter(([field]) => ours.includes(field) === suggestedOnes)), dose, locale);
  const stated = words(false);
  const suggested = words(true);
  if (!suggested) return capitalize(stated, locale);
  const marked = capitalize(suggested, locale);
  return stated
    ? msg(str`${capitalize(stated, locale)}. Suggested: ${marked}`, { id: 'dose.stated-suggested' })(locale)
    : msg(str`Suggested: ${marked}`, { id: 'dose.suggested' })(locale);
}
