import { svg } from 'lit';

/** Small inline icons (decorative: every button also has its text); the player draws its own with `icon()` too. */
export const icon = (path: ReturnType<typeof svg>) =>
  svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor">${path}</svg>`;

export const playIcon = icon(svg`<path d="M8 5.5v13a1 1 0 0 0 1.5.86l10.5-6.5a1 1 0 0 0 0-1.72L9.5 4.64A1 1 0 0 0 8 5.5z"/>`);
export const pauseIcon = icon(svg`<rect x="6" y="5" width="4.5" height="14" rx="1.2"></rect><rect x="13.5" y="5" width="4.5" height="14" rx="1.2"></rect>`);
export const skipIcon = icon(svg`<path d="M5 6.2v11.6a1 1 0 0 0 1.55.83L15 13v4.8a1 1 0 0 0 2 0V6.2a1 1 0 0 0-2 0V11L6.55 5.37A1 1 0 0 0 5 6.2z"/>`);
export const resetIcon = icon(svg`<path d="M12 5a7 7 0 1 1-6.93 8h2.03A5 5 0 1 0 12 7v3L7.5 6 12 2z"/>`);
export const checkIcon = icon(svg`<path d="M9.5 16.2 5.3 12l-1.4 1.4 5.6 5.6L20.1 8.4 18.7 7z"/>`);
