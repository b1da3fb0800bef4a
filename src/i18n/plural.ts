/**
 * Plural forms for the few counted words of a dose ("2 sets", "8-12 reps", "repeat 3 times").
 * Intl.PluralRules picks the category (including for ranges); each category is its own message,
 * so a translation can give the forms its language has (Arabic has six) while English uses two.
 */
import type { Amount } from '../data/types.js';
import { cached, formatRange, pluralCategory, pluralRules } from './format.js';
import { msg, str, type Message } from './msg.js';

export type Forms = Readonly<Record<Intl.LDMLPluralRule, (n: string) => Message>>;

function category(amount: Amount, locale: string): Intl.LDMLPluralRule {
  if (typeof amount === 'number') return pluralCategory(amount, locale);
  try {
    const rules = pluralRules(locale) as Intl.PluralRules & { selectRange?: (a: number, b: number) => Intl.LDMLPluralRule };
    const { selectRange } = rules;
    if (selectRange) return cached(`s|${locale}|${amount.min}|${amount.max}`, () => selectRange.call(rules, amount.min, amount.max));
  } catch {
    // selectRange is missing in old browsers: the upper bound decides.
  }
  return pluralCategory(amount.max, locale);
}

/** A counted word's text: the amount in the locale's digits, in the plural form its category takes. */
export const counted = (forms: Forms) => (amount: Amount, locale: string): string => {
  const n = typeof amount === 'number' ? formatRange(amount, amount, locale) : formatRange(amount.min, amount.max, locale);
  return forms[category(amount, locale)](n)(locale);
};

export const setsText = counted({
  zero: (n) => msg(str`${n} sets`, { id: 'plural.sets.zero' }),
  one: (n) => msg(str`${n} set`, { id: 'plural.sets.one' }),
  two: (n) => msg(str`${n} sets`, { id: 'plural.sets.two' }),
  few: (n) => msg(str`${n} sets`, { id: 'plural.sets.few' }),
  many: (n) => msg(str`${n} sets`, { id: 'plural.sets.many' }),
  other: (n) => msg(str`${n} sets`, { id: 'plural.sets.other' }),
});

export const repsText = counted({
  zero: (n) => msg(str`${n} reps`, { id: 'plural.reps.zero' }),
  one: (n) => msg(str`${n} rep`, { id: 'plural.reps.one' }),
  two: (n) => msg(str`${n} reps`, { id: 'plural.reps.two' }),
  few: (n) => msg(str`${n} reps`, { id: 'plural.reps.few' }),
  many: (n) => msg(str`${n} reps`, { id: 'plural.reps.many' }),
  other: (n) => msg(str`${n} reps`, { id: 'plural.reps.other' }),
});

export const timesText = counted({
  zero: (n) => msg(str`${n} times`, { id: 'plural.times.zero' }),
  one: (n) => msg(str`${n} time`, { id: 'plural.times.one' }),
  two: (n) => msg(str`${n} times`, { id: 'plural.times.two' }),
  few: (n) => msg(str`${n} times`, { id: 'plural.times.few' }),
  many: (n) => msg(str`${n} times`, { id: 'plural.times.many' }),
  other: (n) => msg(str`${n} times`, { id: 'plural.times.other' }),
});
