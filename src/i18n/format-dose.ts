/**
 * A dose in words, in the locale it is asked for: "2 sets of 8–12 reps, rest 40 s",
 * "Hold 15–30 s, repeat 2–4 times", "As many as you can with good form, each side".
 */
import type { Amount, Dose } from '../data/types.js';
import { MIN_TIMED_HOLD_SECONDS, upper } from '../engine/timer-plan.js';
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

/** The whole dose as one phrase, or an empty string for an empty dose. */
export function formatDose(dose: Dose | undefined, locale: string): string {
  if (!dose) return '';
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
  const repeated = isMoreThanOne(dose.sets) || (isTimedHold(dose) && dose.reps !== 'max' && isMoreThanOne(dose.reps));
  if (isPositive(dose.restSeconds) && repeated) parts.push(msg(str`rest ${time(dose.restSeconds, locale)}`, { id: 'dose.rest' })(locale));
  const text = parts.join(msg(', ', { id: 'dose.separator' })(locale));
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
