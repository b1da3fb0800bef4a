import { css } from 'lit';

/**
 * The timer phases' colours, for `<rep-timer>` and `<routine-player>` (after themeStyles): apart
 * from the shared theme so that a page with only cards does not download them. Authors set them
 * with the `--ee-phase-*` custom properties; `.dark` switches to ones that read on dark backgrounds.
 */
export const phaseStyles = css`
  .base {
    --_phase-lead-in: var(--ee-phase-lead-in, #5a6472);
    --_phase-work: var(--ee-phase-work, #17795a);
    --_phase-hold: var(--ee-phase-hold, #2f55c9);
    --_phase-rest: var(--ee-phase-rest, #a04a00);
    --_phase-switch: var(--ee-phase-switch, #7a3bd1);
    --_phase-complete: var(--ee-phase-complete, #17795a);
  }

  .base.dark {
    --_phase-lead-in: var(--ee-phase-lead-in, #aab4c0);
    --_phase-work: var(--ee-phase-work, #4cc79a);
    --_phase-hold: var(--ee-phase-hold, #8fa8ff);
    --_phase-rest: var(--ee-phase-rest, #ffae66);
    --_phase-switch: var(--ee-phase-switch, #c9a2ff);
    --_phase-complete: var(--ee-phase-complete, #4cc79a);
  }
`;
