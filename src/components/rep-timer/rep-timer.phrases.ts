/** What the timer says and shows; every phrase takes the locale it is wanted in. */
import type { PhaseKind, PlanSide } from '../../engine/timer-plan.js';
import { formatSeconds } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import { repsText } from '../../i18n/plural.js';

const PHASE_NAMES = {
  idle: msg('Ready', { id: 'timer.phase.idle' }),
  'lead-in': msg('Get ready', { id: 'timer.phase.lead-in' }),
  reps: msg('Reps', { id: 'timer.phase.reps' }),
  work: msg('Work', { id: 'timer.phase.work' }),
  hold: msg('Hold', { id: 'timer.phase.hold' }),
  release: msg('Relax', { id: 'timer.phase.release' }),
  rest: msg('Rest', { id: 'timer.phase.rest' }),
  switch: msg('Switch sides', { id: 'timer.phase.switch' }),
  complete: msg('Done', { id: 'timer.phase.complete' }),
} as const;

export const phaseName = (locale: string, phase: PhaseKind | 'idle', repsCounted: boolean): string =>
  PHASE_NAMES[phase === 'work' && repsCounted ? 'reps' : phase](locale);

export const sideName = (locale: string, side: PlanSide): string =>
  side === 'left' ? msg('Left side', { id: 'timer.side.left' })(locale) : side === 'right' ? msg('Right side', { id: 'timer.side.right' })(locale) : '';

export const setOf = (locale: string, current: string, sets: string) => msg(str`Set ${current} of ${sets}`, { id: 'timer.set-of' })(locale);
export const repOf = (locale: string, rep: string, reps: string) => msg(str`Rep ${rep} of ${reps}`, { id: 'timer.rep-of' })(locale);
export const holdOf = (locale: string, rep: string, reps: string) => msg(str`Hold ${rep} of ${reps}`, { id: 'timer.hold-of' })(locale);
export const repsSoFar = (locale: string, reps: string) => msg(str`${reps} done`, { id: 'timer.reps-done' })(locale);

export const paused = msg('Paused', { id: 'timer.paused' });
export const pause = msg('Pause', { id: 'timer.pause' });
export const resume = msg('Resume', { id: 'timer.resume' });
export const startAgain = msg('Start again', { id: 'timer.start-again' });
export const start = msg('Start', { id: 'timer.start' });
export const repDone = msg('Rep done', { id: 'timer.rep-done' });
/** The button (and key `D` where the clock counts) that ends the set under way. */
export const doneSet = msg('Done', { id: 'timer.done' });
export const lastRep = msg('Last rep', { id: 'timer.cue.last-rep' });
/** What comes after a side switch: "Next: right side". */
export const nextSide = (locale: string, side: PlanSide): string =>
  side === 'left' ? msg('Next: left side', { id: 'timer.cue.next-left' })(locale) : side === 'right' ? msg('Next: right side', { id: 'timer.cue.next-right' })(locale) : '';
export const skip = msg('Skip', { id: 'timer.skip' });
export const reset = msg('Reset', { id: 'timer.reset' });

/**
 * The sentence announced and spoken when a phase begins: "Rest, 40 seconds", "12 reps. Left side",
 * "Relax, 3 seconds", "Switch sides. Next: right side". `reps` is the target of a set of reps
 * (null for "as many as you can"), undefined for other phases.
 */
export function phaseCue(locale: string, phase: PhaseKind, durationMs: number | null, lastSet: boolean, side: PlanSide, reps?: number | null): string {
  if (phase === 'complete') return msg('Done. Well done!', { id: 'timer.cue.complete' })(locale);
  if (phase === 'switch') return [msg('Switch sides', { id: 'timer.cue.switch' })(locale), nextSide(locale, side)].filter(Boolean).join('. ');
  const name = phaseName(locale, phase, reps !== undefined);
  // A set of reps says its count ("as many as you can": just "Reps"), never the time it is paced to.
  const length = durationMs && reps === undefined ? formatSeconds(durationMs / 1000, locale, 'long') : '';
  const counted = reps ? repsText(reps, locale) : '';
  const parts = [counted ? counted.charAt(0).toLocaleUpperCase(locale) + counted.slice(1) : length ? msg(str`${name}, ${length}`, { id: 'timer.cue.phase-length' })(locale) : name];
  if (side) parts.push(sideName(locale, side));
  if (lastSet && (phase === 'work' || phase === 'hold')) parts.push(msg('Last set', { id: 'timer.cue.last-set' })(locale));
  return parts.join('. ');
}
