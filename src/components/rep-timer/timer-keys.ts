/**
 * The timer's keys, only while it has focus (never page-wide): Space or Enter start and pause
 * (not on a button, which has its own), R resets, N or the arrow that points the reading
 * direction skips, D ends the set (or counts a rep where the reader counts), + counts a rep.
 */
import { arrowStep } from '../../internal/reading-keys.js';

export type TimerKeyAction = 'toggle' | 'reset' | 'skip' | 'done' | 'rep';

export function timerKeyAction(event: KeyboardEvent, dir: 'ltr' | 'rtl', tapping: boolean): TimerKeyAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  switch (event.key.toLowerCase()) {
    case ' ':
    case 'enter':
      return event.composedPath()[0] instanceof HTMLButtonElement ? undefined : 'toggle';
    case 'r':
      return 'reset';
    case 'n':
      return 'skip';
    case 'd':
      // "Rep done" where the reader counts this set's reps, else "Done" (ends the set).
      return tapping ? 'rep' : 'done';
    case '+':
      return 'rep';
    default:
      return arrowStep(event.key, dir) === 'forward' ? 'skip' : undefined;
  }
}
