import { css } from 'lit';

export const repTimerStyles = css`
  .timer {
    --_phase: var(--_phase-lead-in);
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: calc(var(--_space) * 0.6);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    border: 1px solid var(--_border);
    text-align: center;
  }

  .timer[data-phase='work'] { --_phase: var(--_phase-work); }
  .timer[data-phase='hold'] { --_phase: var(--_phase-hold); }
  .timer[data-phase='rest'] { --_phase: var(--_phase-rest); }
  .timer[data-phase='switch'] { --_phase: var(--_phase-switch); }
  .timer[data-phase='complete'] { --_phase: var(--_phase-complete); }
  .timer[data-phase='idle'] { --_phase: var(--_accent); }

  .label {
    margin: 0;
    font-weight: 700;
    font-size: 1.05em;
    overflow-wrap: anywhere;
  }

  .display {
    position: relative;
    inline-size: min(100%, var(--ee-timer-size, 16rem));
    aspect-ratio: 1;
    border-radius: 50%;
    display: grid;
    place-items: center;
  }

  .ring {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    transform: rotate(-90deg);
    overflow: visible;
  }

  :host(:dir(rtl)) .ring,
  .timer[dir='rtl'] .ring {
    transform: rotate(-90deg) scaleY(-1);
  }

  .ring circle {
    fill: none;
    stroke-width: 8;
  }

  .track {
    stroke: color-mix(in srgb, currentColor 12%, transparent);
  }

  .progress {
    stroke: var(--_phase);
    stroke-linecap: round;
    stroke-dasharray: 339.292;
    stroke-dashoffset: calc(339.292px * (1 - var(--p, 0)));
  }

  .progress.moving {
    transition: stroke-dashoffset var(--ease, 1s) linear;
  }

  .readout {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    line-height: 1.05;
  }

  .phase-name {
    color: var(--_phase);
    font-weight: 800;
    font-size: clamp(1rem, 7cqi, 1.5rem);
    letter-spacing: 0.02em;
  }

  .time {
    font-size: clamp(2.75rem, 22cqi, 5rem);
    font-weight: 750;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.02em;
  }

  .time.long {
    font-size: clamp(2.25rem, 16cqi, 4rem);
  }

  .of {
    color: var(--_muted);
    font-size: clamp(1rem, 6cqi, 1.35rem);
    font-weight: 600;
  }

  .progress-text {
    margin: 0;
    color: var(--_muted);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem;
    inline-size: 100%;
  }

  .controls[hidden] {
    display: none;
  }

  .controls .big {
    flex: 1 0 100%;
    min-block-size: 3.5rem;
    font-size: 1.15em;
  }

  /* "Skip" points the way the text reads. */
  [dir='rtl'] .skip svg {
    transform: scaleX(-1);
  }

  button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: not-allowed;
  }

  .display:focus-visible {
    outline-offset: 4px;
  }

  @media (prefers-reduced-motion: reduce) {
    .progress.moving {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .progress {
      stroke: Highlight;
    }
    .track {
      stroke: GrayText;
    }
    .phase-name {
      color: CanvasText;
    }
  }
`;
