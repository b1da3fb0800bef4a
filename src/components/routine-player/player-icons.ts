import { svg } from 'lit';
import { icon } from '../../internal/icons.js';

const previous = svg`<path d="M7 5a1 1 0 0 0-1 1v12a1 1 0 0 0 2 0v-5.2l8.45 5.58A1 1 0 0 0 18 17.8V6.2a1 1 0 0 0-1.55-.83L8 11V6a1 1 0 0 0-1-1z"/>`;
export const previousIcon = icon(previous);
/** "Previous" mirrored. */
export const nextIcon = icon(svg`<g transform="matrix(-1 0 0 1 24 0)">${previous}</g>`);
export const soundIcon = icon(svg`<path d="M4 9v6h4l5 4V5L8 9H4zm12.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z"/>`);
export const mutedIcon = icon(svg`<path d="M4 9v6h4l5 4V5L8 9H4zm15.6 3 2.2-2.2-1.4-1.4-2.2 2.2-2.2-2.2-1.4 1.4 2.2 2.2-2.2 2.2 1.4 1.4 2.2-2.2 2.2 2.2 1.4-1.4z"/>`);
export const fullscreenIcon = icon(svg`<path d="M4 4h6v2H6v4H4V4zm10 0h6v6h-2V6h-4V4zM4 14h2v4h4v2H4v-6zm14 0h2v6h-6v-2h4v-4z"/>`);
