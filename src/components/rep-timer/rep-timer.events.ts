import { ElementEvent } from '../../internal/element-event.js';
import type { PhaseKind, PlanSide } from '../../engine/timer-plan.js';

export interface RepTimerPhaseDetail {
  readonly phase: PhaseKind;
  readonly set: number;
  readonly rep: number;
  readonly side: PlanSide;
}
export interface RepTimerRepDetail {
  readonly set: number;
  readonly rep: number;
  readonly side: PlanSide;
}
export interface RepTimerSetDetail {
  readonly set: number;
  readonly sets: number;
}
export interface RepTimerCompleteDetail {
  readonly sets: number;
  readonly reps: number;
  readonly elapsedMs: number;
}

/** Every `<rep-timer>` event bubbles and crosses shadow roots, with a typed `detail`. */
export class RepTimerEvent<T = undefined> extends ElementEvent<T> {}

export interface RepTimerEventMap {
  'rep-timer-start': RepTimerEvent<RepTimerPhaseDetail>;
  'rep-timer-phase': RepTimerEvent<RepTimerPhaseDetail>;
  'rep-timer-rep': RepTimerEvent<RepTimerRepDetail>;
  'rep-timer-set': RepTimerEvent<RepTimerSetDetail>;
  'rep-timer-pause': RepTimerEvent<RepTimerPhaseDetail>;
  'rep-timer-resume': RepTimerEvent<RepTimerPhaseDetail>;
  'rep-timer-complete': RepTimerEvent<RepTimerCompleteDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends RepTimerEventMap {}
}
