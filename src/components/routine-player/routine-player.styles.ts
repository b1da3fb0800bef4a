import { css } from 'lit';
import { phaseStyles } from '../../internal/phase.styles.js';

/** The player's layout; it starts with the phase colours (its rest text uses them), which only the timer and the player load. */
export const routinePlayerStyles = css`
  ${phaseStyles}

  :host {
    margin-block: 1.5em;
  }

  .player {
    max-inline-size: 40rem;
  }

  :host(:fullscreen) {
    background: Canvas;
    color: CanvasText;
    overflow: auto;
  }

  :host(:fullscreen) .player {
    max-inline-size: 44rem;
    min-block-size: 100%;
    margin-inline: auto;
    border: 0;
    font-size: 1.15em;
  }

  .loading {
    min-block-size: 26rem;
  }

  .header {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }

  [part='title'] {
    font-size: clamp(1.25rem, 5cqi, 1.6rem);
    font-weight: var(--ee-heading-weight, 750);
    line-height: 1.2;
  }

  .meta {
    margin: 0;
    color: var(--_muted);
    font-weight: 600;
    font-size: 0.92em;
    font-variant-numeric: tabular-nums;
  }

  .bar {
    block-size: 0.5rem;
    border-radius: 999px;
    background: color-mix(in srgb, currentColor 12%, transparent);
    overflow: hidden;
  }

  .bar span {
    display: block;
    block-size: 100%;
    border-radius: inherit;
    background: var(--_accent);
    transition: inline-size 0.4s ease;
  }

  .summary,
  .frequency {
    margin: 0;
  }

  .frequency {
    font-weight: 650;
  }

  .suggested-rest,
  .dose-note {
    margin: 0;
    color: var(--_muted);
  }

  .cautions {
    margin-block: 0.4rem;
    border-inline-start: 4px solid var(--_caution);
    padding-inline-start: 0.75rem;
  }

  .cautions-label {
    margin: 0;
    font-weight: 700;
  }

  .cautions ul {
    margin: 0.2rem 0 0;
    padding-inline-start: 1.2rem;
  }

  .preview {
    margin: 0;
    padding-inline-start: 1.4rem;
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
  }

  .preview .dose,
  .item .dose {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .start {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  button.big {
    flex: 1 1 100%;
    min-block-size: 3.5rem;
    font-size: 1.1em;
  }

  .source {
    margin: 0;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .current {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
  }

  .eyebrow {
    margin: 0;
    font-size: 0.78em;
    font-weight: 750;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_accent);
  }

  .resting .eyebrow {
    color: var(--_phase-rest);
  }

  .h1 {
    font-size: clamp(1.35rem, 6cqi, 1.9rem);
    font-weight: 750;
    line-height: 1.2;
  }

  .dose {
    margin: 0;
    font-weight: 650;
  }

  .media {
    max-inline-size: 100%;
    max-block-size: 14rem;
    block-size: auto;
    object-fit: contain;
    border-radius: calc(var(--_radius) * 0.6);
    align-self: center;
  }

  details summary {
    cursor: pointer;
    min-block-size: 44px;
    display: flex;
    align-items: center;
    font-weight: 700;
    color: var(--_accent);
  }

  .how ol {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.4rem;
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }

  /* The timer sits inside the player's own box: no second frame around it. */
  rep-timer::part(base) {
    border: 0;
    background: none;
    padding: 0;
  }

  .next {
    margin: 0;
    padding: 0.6rem 0.85rem;
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface-raised);
  }

  .next .label {
    font-weight: 750;
    margin-inline-end: 0.35rem;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem;
  }

  .controls .no-voice {
    flex-basis: 100%;
    margin: 0;
    text-align: center;
    font-size: 0.9em;
    color: var(--_muted);
  }

  .controls .play {
    min-inline-size: 8rem;
    min-block-size: 3.25rem;
    font-size: 1.05em;
  }

  button.icon {
    padding: 0.5rem;
    inline-size: 3rem;
    block-size: 3rem;
  }

  button.icon svg {
    inline-size: 1.4rem;
    block-size: 1.4rem;
  }

  [dir='rtl'] button.icon svg {
    transform: scaleX(-1);
  }

  button:disabled {
    opacity: 0.45;
    cursor: not-allowed;
  }

  button[aria-pressed='false'] {
    background: none;
  }

  .list ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .item {
    inline-size: 100%;
    justify-content: flex-start;
    text-align: start;
    border-radius: calc(var(--_radius) * 0.6);
    font-weight: 500;
    display: grid;
    grid-template-columns: 1.8rem 1fr;
    column-gap: 0.5rem;
    background: none;
    border-color: transparent;
  }

  .item .n {
    grid-row: span 2;
    font-weight: 750;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .item .name {
    font-weight: 650;
  }

  .item[aria-current='step'],
  .item[data-here='true'] {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }

  .summary-box {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.75rem;
    text-align: center;
  }

  .summary-box [tabindex='-1']:focus {
    outline: none;
  }

  .summary-box p {
    margin: 0;
    font-size: 1.1em;
  }

  .error {
    margin: 0;
    padding: 0.8rem 1rem;
    border: 1px solid var(--_caution);
    border-inline-start-width: 4px;
    border-radius: calc(var(--_radius) * 0.6);
    font-weight: 600;
  }

  @media (prefers-reduced-motion: reduce) {
    .bar span {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .bar {
      border: 1px solid CanvasText;
    }
    .bar span {
      background: Highlight;
    }
    .item[aria-current='step'] {
      border-color: Highlight;
    }
  }
`;
