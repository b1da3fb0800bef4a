import { svg } from 'lit';

const icon = (path: ReturnType<typeof svg>) =>
  svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor">${path}</svg>`;

export const previousIcon = icon(svg`<path d="M7 5a1 1 0 0 0-1 1v12a1 1 0 0 0 2 0v-5.2l8.45 5.58A1 1 0 0 0 18 17.8V6.2a1 1 0 0 0-1.55-.83L8 11V6a1 1 0 0 0-1-1z"/>`);
export const nextIcon = icon(svg`<path d="M17 5a1 1 0 0 1 1 1v12a1 1 0 0 1-2 0v-5.2l-8.45 5.58A1 1 0 0 1 6 17.8V6.2a1 1 0 0 1 1.55-.83L16 11V6a1 1 0 0 1 1-1z"/>`);
export const soundIcon = icon(svg`<path d="M4 9v6h4l5 4V5L8 9H4zm12.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z"/>`);
export const mutedIcon = icon(svg`<path d="M4 9v6h4l5 4V5L8 9H4zm15.6 3 2.2-2.2-1.4-1.4-2.2 2.2-2.2-2.2-1.4 1.4 2.2 2.2-2.2 2.2 1.4 1.4 2.2-2.2 2.2 2.2 1.4-1.4z"/>`);
export const fullscreenIcon = icon(svg`<path d="M4 4h6v2H6v4H4V4zm10 0h6v6h-2V6h-4V4zM4 14h2v4h4v2H4v-6zm14 0h2v6h-6v-2h4v-4z"/>`);
