/** What the timer says and shows, through msg() in the element's locale. */
import type { PhaseKind, PlanSide } from '../../engine/timer-plan.js';
import { formatSeconds } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';

export const phaseName = (phase: PhaseKind | 'idle', repsCounted: boolean): string =>
  ({
    idle: () => msg('Ready', { id: 'timer.phase.idle' }),
    'lead-in': () => msg('Get ready', { id: 'timer.phase.lead-in' }),
    work: () => (repsCounted ? msg('Reps', { id: 'timer.phase.reps' }) : msg('Work', { id: 'timer.phase.work' })),
    hold: () => msg('Hold', { id: 'timer.phase.hold' }),
    release: () => msg('Relax', { id: 'timer.phase.release' }),
    rest: () => msg('Rest', { id: 'timer.phase.rest' }),
    switch: () => msg('Switch sides', { id: 'timer.phase.switch' }),
    complete: () => msg('Done', { id: 'timer.phase.complete' }),
  })[phase]();

export const sideName = (side: PlanSide): string =>
  side === 'left' ? msg('Left side', { id: 'timer.side.left' }) : side === 'right' ? msg('Right side', { id: 'timer.side.right' }) : '';

export const setOf = (current: string, sets: string) => msg(str`Set ${current} of ${sets}`, { id: 'timer.set-of' });
export const repOf = (rep: string, reps: string) => msg(str`Rep ${rep} of ${reps}`, { id: 'timer.rep-of' });
export const holdOf = (rep: string, reps: string) => msg(str`Hold ${rep} of ${reps}`, { id: 'timer.hold-of' });
export const repsSoFar = (reps: string) => msg(str`${reps} done`, { id: 'timer.reps-done' });

/** The sentence announced and spoken when a phase begins: "Rest, 40 seconds". */
export function phaseCue(phase: PhaseKind, durationMs: number | null, locale: string, lastSet: boolean, side: PlanSide, repsCounted: boolean): string {
  const name = phaseName(phase, repsCounted);
  const length = durationMs ? formatSeconds(durationMs / 1000, locale, 'long') : '';
  if (phase === 'complete') return msg('Done. Well done!', { id: 'timer.cue.complete' });
  if (phase === 'switch') return msg('Switch sides', { id: 'timer.cue.switch' });
  const parts = [length ? msg(str`${name}, ${length}`, { id: 'timer.cue.phase-length' }) : name];
  if (side) parts.push(sideName(side));
  if (lastSet && (phase === 'work' || phase === 'hold')) parts.push(msg('Last set', { id: 'timer.cue.last-set' }));
  return parts.join('. ');
}
