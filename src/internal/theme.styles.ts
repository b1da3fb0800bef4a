import { css } from 'lit';

/**
 * The theme every element shares. Authors theme with `--ee-*` custom properties on the element
 * (or any ancestor) and with `::part()`; everything else is internal (`--_*`).
 *
 * The element inherits the page's font and text colour and tints its surfaces from that colour,
 * so it sits well in any theme. `.dark` (set when the page is dark or `theme="dark"`) switches the
 * accent colours to ones that read on dark backgrounds. The timer's phase colours are in
 * phase.styles.ts: a card page that never opens a timer does not download them.
 */
export const themeStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--ee-font, inherit);
    color: var(--ee-text, inherit);
    line-height: 1.5;
    -webkit-tap-highlight-color: transparent;
  }

  :host([hidden]) {
    display: none !important;
  }

  .base {
    --_accent: var(--ee-accent, #17795a);
    --_on-accent: var(--ee-on-accent, #ffffff);
    --_surface: var(--ee-surface, color-mix(in srgb, currentColor 4%, transparent));
    --_surface-raised: var(--ee-surface-raised, color-mix(in srgb, currentColor 8%, transparent));
    --_border: var(--ee-border-color, color-mix(in srgb, currentColor 18%, transparent));
    --_muted: var(--ee-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_radius: var(--ee-radius, 0.75rem);
    --_space: var(--ee-spacing, 1rem);
    --_focus: var(--ee-focus-color, #1b63d1);
    --_caution: var(--ee-caution, #9a3b00);
    box-sizing: border-box;
  }

  .base.dark {
    --_accent: var(--ee-accent, #4cc79a);
    --_on-accent: var(--ee-on-accent, #08261b);
    --_focus: var(--ee-focus-color, #8ab4ff);
    --_caution: var(--ee-caution, #ffb27a);
  }

  /* The framed box of a card or a player. */
  .panel {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.9);
    padding: clamp(1rem, 4.5cqi, 1.75rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* A forced theme brings its own text and surface; the automatic one inherits the page's. */
  .base.themed {
    --_surface: var(--ee-surface, #ffffff);
    color: var(--ee-text, #1f2328);
  }

  .base.themed.dark {
    --_surface: var(--ee-surface, #1b1e23);
    color: var(--ee-text, #ebe9e4);
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    color: inherit;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.5em 1.1em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-raised);
    cursor: pointer;
    font-weight: 600;
    line-height: 1.2;
    touch-action: manipulation;
  }

  button:hover {
    background: color-mix(in srgb, currentColor 14%, transparent);
  }

  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }

  button.primary:hover {
    background: color-mix(in srgb, var(--_accent) 86%, black);
  }

  button svg {
    inline-size: 1.15em;
    block-size: 1.15em;
    flex: none;
  }

  @media (forced-colors: active) {
    button,
    button.primary {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
