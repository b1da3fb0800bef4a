/**
 * Arrow keys by reading direction: in right-to-left text the arrow pointing left goes forward.
 * One place for it, so every element agrees (and none maps both arrows to one action).
 */
export type ArrowStep = 'forward' | 'back';

export function arrowStep(key: string, dir: 'ltr' | 'rtl'): ArrowStep | undefined {
  if (key !== 'ArrowRight' && key !== 'ArrowLeft') return undefined;
  return (key === 'ArrowRight') === (dir === 'ltr') ? 'forward' : 'back';
}
