import { ServerSafeHTMLElement } from '../../internal/server-safe-element.js';

/**
 * One step of a routine written in HTML inside `<routine-player>`: an exercise with its dose, or
 * a rest. It renders nothing itself; the player reads its attributes, and picks up changes.
 * Its text content is the no-JavaScript fallback for that step.
 *
 * @summary A step of a declarative routine.
 *
 * @tagname routine-step
 *
 * @attr {string} exercise - The exercise id; leave it out (and set `rest`) for a rest step.
 * @attr {string} sets - Sets: `3` or `2-3`.
 * @attr {string} reps - Reps: `10`, `8-12` or `max`.
 * @attr {string} hold - Seconds to hold: `30` or `15-30`.
 * @attr {string} rest - Seconds of rest between sets; on a step without `exercise`, the length of the rest.
 * @attr {string} duration - Timed work: `90`, `90s`, `5m`.
 * @attr {string} side - `both`, `each`, `alternate`, `left` or `right`.
 * @attr {string} tempo - Seconds per paced rep.
 */
export class RoutineStep extends ServerSafeHTMLElement {}
