/**
 * The attributes and properties of `<routine-player>` (see `RoutinePlayer`, which documents the
 * element): what an author sets, kept apart from how the player plays.
 */
import { property } from 'lit/decorators.js';
import { ExerciseElement } from '../../internal/exercise-element.js';
import { PrerenderedRoot } from '../../internal/prerendered-root.js';
import type { PreloadedRoutine } from './load-routine.js';

export class RoutinePlayerAttributes extends PrerenderedRoot(ExerciseElement) {
  /** A routine id from the dataset. Optional with `<routine-step>` children or a `src`/inline dataset (its first routine). */
  @property() routine?: string;
  /** URL of a dataset JSON file to find the routine in. */
  @property() src?: string;
  /** The routine's name when it is written with `<routine-step>` children. */
  @property() label?: string;
  /** Times to go through the whole list (circuit style); overrides the routine's own. */
  @property() rounds?: string;
  /** Seconds of rest between exercises; overrides the routine's own. */
  @property({ attribute: 'rest-between' }) restBetween?: string;
  /** Seconds of get-ready countdown before each exercise (default 5, `0` for none). */
  @property({ attribute: 'lead-in' }) leadIn?: string;
  /** Silences beeps, speech and vibration (the sound button toggles it). */
  @property({ type: Boolean, reflect: true }) muted = false;
  /** Speaks cues ("First up: wall angels, 10 reps", "Rest, next: child's pose") in the element's language. */
  @property({ type: Boolean }) voice = false;
  /** Keeps progress on this device (localStorage) and offers to resume after a reload. */
  @property({ type: Boolean }) remember = false;
  /** The screen stays awake while playing; `off` disables that. */
  @property({ attribute: 'wake-lock' }) wakeLock: 'on' | 'off' = 'on';
  /**
   * Level of the routine name's heading (1-6). By default one level below the nearest heading
   * before the player in the page (after an `<h1>`, 2), else 2.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;
  /** `light`, `dark`, or `auto` (default: match the page). */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';
  /**
   * The routine already loaded (from `preloadRoutine` of `exercise-elements/snippet.js`): the first
   * rendering shows it at once, without loading. This is how a server or the embed builder renders
   * the finished player before it starts.
   */
  @property({ attribute: false }) preloaded?: PreloadedRoutine;
}
