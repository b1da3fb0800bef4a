/**
 * The player's keys, only while focus is inside it (never page-wide): Space plays and pauses (not
 * on a control, which has its own), the arrow that points the reading direction goes to the next
 * step and the other one back (ArrowLeft is forward in right-to-left text).
 */
import { arrowStep } from '../../internal/reading-keys.js';

export type PlayerKeyAction = 'toggle' | 'next' | 'previous';

export function playerKeyAction(event: KeyboardEvent, dir: 'ltr' | 'rtl'): PlayerKeyAction | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const onControl = ['BUTTON', 'SUMMARY', 'A'].includes((event.composedPath()[0] as HTMLElement).tagName ?? '');
  if (event.key === ' ') return onControl ? undefined : 'toggle';
  const arrow = arrowStep(event.key, dir);
  return arrow === 'forward' ? 'next' : arrow === 'back' ? 'previous' : undefined;
}

/** Runs what a key pressed in the player asks for, if anything, and keeps the key from the page. */
export function onPlayerKey(event: KeyboardEvent, dir: 'ltr' | 'rtl', actions: Readonly<Record<PlayerKeyAction, () => void>>): void {
  const action = playerKeyAction(event, dir);
  if (!action) return;
  actions[action]();
  event.preventDefault();
}
