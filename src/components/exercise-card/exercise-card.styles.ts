/** The card's layout: header, dose, facts, media, steps, advice, variations, source. */
import { css } from 'lit';

export const exerciseCardStyles = css`
  :host {
    margin-block: 1.5em;
    /* A card far off screen is neither styled, laid out nor painted. Until it has been rendered
       once it holds an estimate of a full card (desktop median about 54rem); from then on its
       real size, remembered (auto; Chromium remembers it for content-visibility: auto anyway,
       the keyword is for the other engines), so scrolling back never moves it. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 54rem;
  }

  :host([variant='compact']) {
    contain-intrinsic-block-size: auto 12rem;
  }

  .base {
    position: relative;
  }

  .card {
    max-inline-size: 48rem;
  }

  .loading:not(.with-fallback) {
    min-block-size: 22rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    display: grid;
    place-items: center;
  }

  .placeholder {
    color: var(--_muted);
  }

  .header {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
  }

  .eyebrow {
    margin: 0;
    font-size: 0.78em;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_accent);
  }

  [part='title'] {
    margin: 0;
    font-size: clamp(1.35rem, 5.5cqi, 1.85rem);
    font-weight: var(--ee-heading-weight, 750);
    line-height: 1.2;
    overflow-wrap: anywhere;
    scroll-margin-block-start: 4rem;
  }

  [part='title']:focus {
    outline: none;
  }

  [part='title']:focus-visible {
    outline: 3px solid var(--_focus);
  }

  .summary {
    margin: 0.2rem 0 0;
    font-size: 1.05em;
    color: var(--_muted);
  }

  .dose {
    margin: 0;
    padding: 0.65rem 0.9rem;
    border-inline-start: 4px solid var(--_accent);
    border-radius: 0 calc(var(--_radius) * 0.6) calc(var(--_radius) * 0.6) 0;
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
    font-weight: 700;
    font-size: 1.08em;
  }

  .dose-note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.95em;
  }

  .dose:dir(rtl),
  [dir='rtl'] .dose {
    border-radius: calc(var(--_radius) * 0.6) 0 0 calc(var(--_radius) * 0.6);
  }

  .facts {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1.5rem;
    font-size: 0.95em;
  }

  .facts dt {
    font-weight: 700;
    font-size: 0.8em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }

  .facts dd {
    margin: 0;
  }

  .media {
    display: flex;
    gap: 0.5rem;
  }

  .media[hidden] {
    display: none;
  }

  .media img,
  .media video,
  ::slotted([slot='media']) {
    flex: 1 1 0;
    min-inline-size: 0;
    max-inline-size: 100%;
    block-size: auto;
    max-block-size: 22rem;
    object-fit: contain;
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface-raised);
  }

  .h1 {
    margin: 0 0 0.5rem;
    font-size: 1.05em;
    font-weight: 750;
  }

  .steps {
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
    display: flex;
    flex-direction: column;
    gap: 0.65rem;
  }

  .steps li {
    counter-increment: step;
    position: relative;
    padding-inline-start: 2.6rem;
    min-block-size: 1.9rem;
  }

  .steps li::before {
    content: counter(step);
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: -0.1rem;
    line-height: 1.9rem;
    text-align: center;
    inline-size: 1.9rem;
    block-size: 1.9rem;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 750;
    font-size: 0.95em;
    font-variant-numeric: tabular-nums;
  }

  .advice {
    display: grid;
    gap: calc(var(--_space) * 0.9);
  }

  .advice:empty {
    display: none;
  }

  @container (min-width: 36rem) {
    .advice.both {
      grid-template-columns: 1fr 1fr;
      align-items: start;
    }
  }

  .tips ul,
  .cautions ul {
    margin: 0;
    padding-inline-start: 1.2rem;
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }

  .cautions {
    padding: 0.8rem 1rem;
    border: 1px solid color-mix(in srgb, var(--_caution) 45%, transparent);
    border-inline-start: 4px solid var(--_caution);
    border-radius: calc(var(--_radius) * 0.6);
    background: color-mix(in srgb, var(--_caution) 8%, transparent);
  }

  .cautions .h1 {
    color: var(--_caution);
  }

  .cautions .h1::before {
    content: '⚠\uFE0E ';
  }

  .variations dl {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 2rem;
  }

  .variation-group {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }

  .variation-group dt {
    font-weight: 700;
    font-size: 0.8em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }

  .variation-group dd {
    margin: 0;
  }

  button.link {
    min-block-size: 44px;
    min-inline-size: 0;
    padding: 0.2rem 0;
    border: 0;
    border-radius: 0.2rem;
    background: none;
    color: var(--_accent);
    font-weight: 650;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    text-align: start;
  }

  button.link:hover {
    background: none;
    text-decoration-thickness: 2px;
  }

  .back {
    align-self: flex-start;
    min-block-size: 2rem;
    font-size: 0.9em;
  }

  .back::before {
    content: '← ';
  }

  [dir='rtl'] .back::before {
    content: '→ ';
  }

  .timer-area {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75rem;
  }

  .timer-area rep-timer {
    align-self: stretch;
  }

  .source {
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
    font-size: 0.85em;
    color: var(--_muted);
  }

  .source a {
    color: inherit;
  }

  ::slotted([slot='notes']),
  ::slotted([slot='disclaimer']) {
    margin: 0;
  }

  ::slotted([slot='disclaimer']) {
    font-size: 0.85em;
    color: var(--_muted);
  }
`;
