import { ElementEvent, type EventsOf } from '../../internal/element-event.js';
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

/** The `detail` of each `<rep-timer>` event. */
export interface RepTimerEventDetails {
  'rep-timer-start': RepTimerPhaseDetail;
  'rep-timer-phase': RepTimerPhaseDetail;
  'rep-timer-rep': RepTimerRepDetail;
  'rep-timer-set': RepTimerSetDetail;
  'rep-timer-pause': RepTimerPhaseDetail;
  'rep-timer-resume': RepTimerPhaseDetail;
  'rep-timer-complete': RepTimerCompleteDetail;
}

/** Every `<rep-timer>` event bubbles and crosses shadow roots, with a typed `detail` (the elements' one event class). */
export type RepTimerEvent<T> = ElementEvent<T>;
export const RepTimerEvent = ElementEvent;

export type RepTimerEventMap = EventsOf<RepTimerEventDetails>;

declare module '../../internal/element-event.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ElementEventDetails extends RepTimerEventDetails {}
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends RepTimerEventMap {}
}
