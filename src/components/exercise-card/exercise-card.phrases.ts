/** The card's own words; every phrase takes the locale it is wanted in. */
import { formatList } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import type { ExerciseCardErrorCode } from './exercise-card.events.js';

export const headings = {
  steps: msg('How to do it', { id: 'card.steps' }),
  tips: msg('Tips', { id: 'card.tips' }),
  cautions: msg('Take care', { id: 'card.cautions' }),
  variations: msg('Variations', { id: 'card.variations' }),
  easier: msg('Easier', { id: 'card.easier' }),
  harder: msg('Harder', { id: 'card.harder' }),
  equipment: msg('Equipment', { id: 'card.equipment' }),
  noEquipment: msg('No equipment', { id: 'card.no-equipment' }),
  position: msg('Position', { id: 'card.position' }),
  muscles: msg('Muscles', { id: 'card.muscles' }),
  dose: msg('Dose', { id: 'card.dose' }),
};

export const showSteps = msg('Show the steps', { id: 'card.show-steps' });
export const startTimer = msg('Start the timer', { id: 'card.start-timer' });
export const closeTimer = msg('Close the timer', { id: 'card.close-timer' });
export const loading = msg('Loading the exercise…', { id: 'card.loading' });
export const backTo = (locale: string, name: string) => msg(str`Back to ${name}`, { id: 'card.back-to' })(locale);
export const source = (locale: string, credit: string) => msg(str`Source: ${credit}`, { id: 'card.source' })(locale);

/** The message shown in the card for each kind of failure. */
export function errorMessage(locale: string, code: ExerciseCardErrorCode, id: string, detail: string, suggestions: readonly string[]): string {
  switch (code) {
    case 'missing-id':
      return msg('No exercise is named: give the card an exercise attribute.', { id: 'card.error.missing-id' })(locale);
    case 'not-found': {
      const base = msg(str`No exercise called “${id}” was found.`, { id: 'card.error.not-found' })(locale);
      if (suggestions.length === 0) return base;
      const list = formatList(suggestions.map((s) => `“${s}”`), locale, 'disjunction');
      return `${base} ${msg(str`Did you mean ${list}?`, { id: 'card.error.did-you-mean' })(locale)}`;
    }
    case 'invalid':
      return msg(str`The exercise data has a problem: ${detail}`, { id: 'card.error.invalid' })(locale);
    case 'json':
      return msg('The exercise data is not valid JSON.', { id: 'card.error.json' })(locale);
    default:
      return msg('The exercise data could not be loaded. Check your connection and try again.', { id: 'card.error.network' })(locale);
  }
}
