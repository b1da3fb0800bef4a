import type { PropertyDeclarations } from 'lit';
import { ExerciseElement } from '../../internal/exercise-element.js';
import { PrerenderedRoot } from '../../internal/prerendered-root.js';
import type { PreloadedRoutine } from './load-routine.js';

/**
 * The attributes and properties of `<routine-player>` (see `RoutinePlayer`, which documents the
 * element), and the CSS custom properties it reads: what an author sets, kept apart from how the
 * player plays.
 *
 * @cssprop --ee-accent - Accent colour.
 * @cssprop --ee-surface - Background.
 * @cssprop --ee-radius - Corner radius.
 * @cssprop --ee-font - Font family (inherits the page's by default).
 * @cssprop --ee-heading-weight - Font weight of the title (default 750).
 * @cssprop --ee-on-accent - Text colour on the accent.
 * @cssprop --ee-text - Text colour (inherits the page's by default).
 * @cssprop --ee-muted - Colour of secondary text.
 * @cssprop --ee-surface-raised - Background of raised areas (the current step, secondary buttons).
 * @cssprop --ee-border-color - Border colour.
 * @cssprop --ee-focus-color - Colour of the focus ring.
 * @cssprop --ee-spacing - Base spacing.
 * @cssprop --ee-caution - Colour of the cautions (and the border of an error message).
 * @cssprop --ee-phase-rest - Colour of the rest between exercises.
 */
export class RoutinePlayerAttributes extends PrerenderedRoot(ExerciseElement) {
  // Static declarations, not decorators: no decorator helpers on the page (about 1 KB gzip).
  static override properties: PropertyDeclarations = {
    routine: {},
    src: {},
    label: {},
    rounds: {},
    restBetween: { attribute: 'rest-between' },
    leadIn: { attribute: 'lead-in' },
    muted: { type: Boolean, reflect: true },
    voice: { type: Boolean },
    remember: { type: Boolean },
    wakeLock: { attribute: 'wake-lock' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { reflect: true },
    preloaded: { attribute: false },
  };

  /** A routine id from the dataset. Optional with `<routine-step>` children or a `src`/inline dataset (its first routine). */
  routine?: string;
  /** URL of a dataset JSON file to find the routine in. */
  src?: string;
  /** The routine's name when it is written with `<routine-step>` children. */
  label?: string;
  /** Times to go through the whole list (circuit style); overrides the routine's own. */
  rounds?: string;
  /** Seconds of rest between exercises; overrides the routine's own. */
  restBetween?: string;
  /** Seconds of get-ready countdown before each exercise (default 5, `0` for none). */
  leadIn?: string;
  /** Silences beeps, speech and vibration (the sound button toggles it). */
  muted = false;
  /** Speaks cues ("First up: wall angels, 10 reps", "Rest, next: child's pose") in the element's language. */
  voice = false;
  /** Keeps progress on this device (localStorage) and offers to resume after a reload. */
  remember = false;
  /** The screen stays awake while playing; `off` disables that. */
  wakeLock: 'on' | 'off' = 'on';
  /**
   * Level of the routine name's heading (1-6). By default one level below the nearest heading
   * before the player in the page (after an `<h1>`, 2), else 2.
   */
  headingLevel?: number;
  /** `light`, `dark`, or `auto` (default: match the page). */
  theme: 'auto' | 'light' | 'dark' = 'auto';
  /**
   * The routine already loaded (from `preloadRoutine` of `exercise-elements/snippet.js`): the first
   * rendering shows it at once, without loading. This is how a server or the embed builder renders
   * the finished player before it starts.
   */
  preloaded?: PreloadedRoutine;
}
