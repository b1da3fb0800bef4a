/** What the timer says, beeps and vibrates when a phase begins: pure, in the element's locale. */
import type { Tone } from '../../cues/beeper.js';
import type { Cue } from '../../cues/cue-controller.js';
import type { Phase, PhaseKind, TimerPlan } from '../../engine/timer-plan.js';
import * as t from './rep-timer.phrases.js';

const TONE: Readonly<Partial<Record<PhaseKind, Tone>>> = { work: 'work', hold: 'work', release: 'rest', rest: 'rest', switch: 'switch', complete: 'done' };

/** A set of reps the reader counts with "Rep done". */
export const tapped = (phase: Phase | undefined): boolean => phase?.kind === 'work' && phase.tempoMs === null && phase.durationMs === null;

/** The cue of a phase that begins: "12 reps", "Relax, 3 seconds", "Switch sides. Next: right side". */
export function phaseCue(phase: Phase, plan: TimerPlan, locale: string): Cue {
  const lastSet = phase.set === plan.sets && phase.set > 1;
  const reps = phase.kind === 'work' && (phase.tempoMs !== null || tapped(phase)) ? phase.repTarget : undefined;
  const text = t.phaseCue(locale, phase.kind, phase.durationMs, lastSet, phase.side, reps);
  const leadIn = phase.kind === 'lead-in';
  return {
    text,
    announce: leadIn ? t.phaseName(locale, 'lead-in', false) : text,
    speak: !leadIn,
    tone: TONE[phase.kind],
    vibration: phase.kind === 'complete' ? [120, 80, 120] : 80,
  };
}
