/**
 * "3 exercises": the counted word only the routine player shows. Apart from plural.ts so that the
 * CDN script (which holds the dose's counted words, part of the JS API) does not carry it to a card page.
 */
import { counted } from './plural.js';
import { msg, str } from './msg.js';

export const itemsText = counted({
  zero: (n) => msg(str`${n} exercises`, { id: 'plural.exercises.zero' }),
  one: (n) => msg(str`${n} exercise`, { id: 'plural.exercises.one' }),
  two: (n) => msg(str`${n} exercises`, { id: 'plural.exercises.two' }),
  few: (n) => msg(str`${n} exercises`, { id: 'plural.exercises.few' }),
  many: (n) => msg(str`${n} exercises`, { id: 'plural.exercises.many' }),
  other: (n) => msg(str`${n} exercises`, { id: 'plural.exercises.other' }),
});
