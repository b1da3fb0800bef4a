import { html, nothing, svg, type PropertyValues, type PropertyDeclarations } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { unlockAudio } from '../../cues/beeper.js';
import { CueController } from '../../cues/cue-controller.js';
import { WakeLockController } from '../../cues/wake-lock-controller.js';
import type { Dose } from '../../data/types.js';
import { mergeDose, parseCount } from '../../engine/parse-dose.js';
import type { TimerEvent, TimerSnapshot } from '../../engine/timer-machine.js';
import { buildPlan, DEFAULT_LEAD_IN_SECONDS, inSet, type CountMode, type Phase, type PhaseKind } from '../../engine/timer-plan.js';
import { formatNumber } from '../../i18n/format.js';
import { attributeNumber } from '../../internal/attribute-number.js';
import { ColorSchemeController } from '../../internal/color-scheme.js';
import { DoseAttributes } from '../../internal/dose-attributes.js';
import { ExerciseElement } from '../../internal/exercise-element.js';
import { PrerenderedRoot } from '../../internal/prerendered-root.js';
import { phaseStyles } from '../../internal/phase.styles.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { checkIcon, pauseIcon, playIcon, resetIcon, skipIcon } from '../../internal/icons.js';
import * as t from './rep-timer.phrases.js';
import { repTimerStyles } from './rep-timer.styles.js';
import { TimerController } from './timer-controller.js';
import { phaseCue, tapped } from './timer-cues.js';
import { timerKeyAction } from './timer-keys.js';
import { timerView } from './timer-view.js';

const DOSE_PROPERTIES = ['sets', 'reps', 'hold', 'rest', 'duration', 'side', 'tempo', 'leadIn', 'count', 'release', 'maxReps', 'dose'] as const;
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Counts a dose the way a physiotherapist prescribes it: sets, reps, holds, rests, timed work and
 * sides, with a get-ready countdown, beeps, optional spoken cues, and a screen that stays awake.
 * Hands-free by default: reps are paced by the clock (a soft beat per rep, the count spoken with
 * `voice`), holds of 2 s or more are timed with a "Relax" between repeated holds, and every set
 * ends on its own; a large "Done" button (key `D`) ends a set sooner. `count="tap"` lets the
 * reader count reps with "Rep done" instead.
 * Time is read from a monotonic clock, never counted in ticks: after a background tab, a sleeping
 * phone or a stalled page it shows the right phase and time at once.
 *
 * @summary A timer for sets, reps, holds and rests.
 *
 * @tagname rep-timer
 *
 * @attr {string} phase - (read-only) The current phase, reflected for styling: `idle`, `lead-in`, `work`, `hold`, `release`, `rest`, `switch`, `complete`.
 * @attr {boolean} paused - (read-only) Present while paused, reflected for styling.
 *
 * @event {{ phase: 'lead-in' | 'work' | 'hold' | 'release' | 'rest' | 'switch' | 'complete', set: number, rep: number, side: 'left' | 'right' | null }} rep-timer-start - The timer started. `detail`: `{ phase, set, rep, side }` of the first phase.
 * @event {{ phase: 'lead-in' | 'work' | 'hold' | 'release' | 'rest' | 'switch' | 'complete', set: number, rep: number, side: 'left' | 'right' | null }} rep-timer-phase - A phase began. `detail`: `{ phase, set, rep, side }`.
 * @event {{ set: number, rep: number, side: 'left' | 'right' | null }} rep-timer-rep - A rep or hold was completed. `detail`: `{ set, rep, side }`.
 * @event {{ set: number, sets: number }} rep-timer-set - A set was completed. `detail`: `{ set, sets }`.
 * @event {{ phase: 'lead-in' | 'work' | 'hold' | 'release' | 'rest' | 'switch' | 'complete', set: number, rep: number, side: 'left' | 'right' | null }} rep-timer-pause - The timer was paused. `detail`: `{ phase, set, rep, side }`.
 * @event {{ phase: 'lead-in' | 'work' | 'hold' | 'release' | 'rest' | 'switch' | 'complete', set: number, rep: number, side: 'left' | 'right' | null }} rep-timer-resume - The timer was resumed. `detail`: `{ phase, set, rep, side }`.
 * @event {{ sets: number, reps: number, elapsedMs: number }} rep-timer-complete - The whole dose is done. `detail`: `{ sets, reps, elapsedMs }` (pauses excluded).
 *
 * @csspart base - The timer's outer box.
 * @csspart label - What is being timed (the `label` attribute).
 * @csspart phase - The phase in words ("Hold", "Rest", "Switch sides").
 * @csspart display - The ring and the large number (`role="timer"`).
 * @csspart ring - The progress ring.
 * @csspart time - The large number: time left, or reps counted.
 * @csspart progress - Set x of y, rep x of y, side.
 * @csspart controls - The row of buttons.
 * @csspart button - Every button.
 * @csspart button-toggle - Start, pause, resume, start again.
 * @csspart button-rep - "Rep done", where the reader counts reps (`count="tap"`).
 * @csspart button-done - "Done": ends the set under way (shown while the timer runs; disabled outside a set).
 * @csspart button-skip - Ends the current phase.
 * @csspart button-reset - Back to the start.
 *
 * @cssprop --ee-accent - Accent colour (buttons, work phase).
 * @cssprop --ee-on-accent - Text colour on the accent.
 * @cssprop --ee-surface - Background of the timer.
 * @cssprop --ee-radius - Corner radius.
 * @cssprop --ee-font - Font family (inherits the page's by default).
 * @cssprop --ee-phase-lead-in - Colour of the get-ready phase.
 * @cssprop --ee-phase-work - Colour of work and reps.
 * @cssprop --ee-phase-hold - Colour of holds.
 * @cssprop --ee-phase-rest - Colour of rests.
 * @cssprop --ee-phase-switch - Colour of side switches.
 * @cssprop --ee-phase-complete - Colour when done.
 * @cssprop --ee-text - Text colour (inherits the page's by default).
 * @cssprop --ee-muted - Colour of secondary text (progress, labels).
 * @cssprop --ee-surface-raised - Background of raised areas (secondary buttons).
 * @cssprop --ee-border-color - Border colour.
 * @cssprop --ee-focus-color - Colour of the focus ring.
 * @cssprop --ee-spacing - Base spacing.
 * @cssprop --ee-timer-size - Diameter of the ring (default: up to 16rem, fits the width).
 */
export class RepTimer extends PrerenderedRoot(DoseAttributes(ExerciseElement)) {
  static override styles = [themeStyles, phaseStyles, repTimerStyles];

  // Lit's static declarations, not decorators: no decorator helpers on the page.
  static override properties: PropertyDeclarations = {
    leadIn: { attribute: 'lead-in' },
    muted: { type: Boolean, reflect: true },
    voice: { type: Boolean },
    label: {},
    theme: { reflect: true },
    wakeLock: { attribute: 'wake-lock' },
    controls: {},
    count: {},
    release: {},
    maxReps: { attribute: 'max-reps' },
    dose: { attribute: false },
    __snap: { state: true, attribute: false },
  };

  /** Seconds of get-ready countdown before the first phase: default 3, `0` for none. */
  leadIn?: string;
  /** Silences beeps, speech and vibration. */
  muted = false;
  /** Speaks cues ("12 reps", each paced rep's number, "Last rep", "Relax, 3 seconds", "Switch sides. Next: right side", "Last set") in the element's language. */
  voice = false;
  /** What is being timed, shown above the timer and announced: usually the exercise name. */
  label = '';
  /** `light`, `dark`, or `auto` (default: match the page). */
  theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Keeps the screen awake while running (`on`, default); `off` leaves that to the page (or to a routine player around it). */
  wakeLock: 'on' | 'off' = 'on';
  /** Which buttons to show: `all` (default), or `rep` for only the counting buttons ("Done", and "Rep done" where the reader counts) when a player around the timer has its own controls. */
  controls: 'all' | 'rep' = 'all';
  /**
   * Who counts reps: `pace` (default), the clock, at `tempo` seconds a rep (else the dose's
   * tempo, else 3 s), with a beat per rep, and the set ends on its own; `tap`, the reader, with
   * "Rep done" (key `D`). Holds and timed work are timed either way.
   */
  count: CountMode = 'pace';
  /** Seconds to relax between repeated holds ("hold 5 s, 10 times"): default the dose's rest when it gives one, else 3; `0` for none. */
  release?: string;
  /** For `reps="max"` in pace mode: the set ends on its own after this many reps (default: it counts up until Done). */
  maxReps?: string;
  /** A base dose as an object (from the dataset); dose attributes override its fields. */
  dose?: Dose;

  private __snap?: TimerSnapshot;

  private __ring = { fraction: 0, ease: 0 };
  private readonly __timer = new TimerController(this, (events, snap) => this.__onTimer(events, snap));
  private readonly __cues = new CueController(this, () => ({ muted: this.muted, voice: this.voice, lang: this.i18n.lang, locale: this.i18n.intlLocale }));
  private readonly __screenLock = new WakeLockController(this);
  private readonly __scheme = new ColorSchemeController(this, () => this.theme);

  /** The current phase (also the reflected `phase` attribute): `idle`, `lead-in`, `work`, `hold`, `release`, `rest`, `switch`, `complete`. */
  get phase(): PhaseKind | 'idle' {
    return this.__timer.snapshot.phase;
  }

  /** Whether the timer is paused (also the reflected `paused` attribute): use `pause()` and `resume()` to change it. */
  get paused(): boolean {
    return this.__timer.snapshot.status === 'paused';
  }

  constructor() {
    super();
    // Keys only while focus is inside the timer (its own listener: nothing to release).
    this.addEventListener('keydown', this.__onKeyDown);
  }

  /** Starts from the beginning (from idle or complete); resumes when paused. */
  start(): void {
    unlockAudio();
    this.__timer.act((m) => (m.snapshot().status === 'paused' ? m.resume() : m.start()));
  }

  /** Pauses a running timer. */
  pause(): void {
    this.__timer.act((m) => m.pause());
  }

  /** Resumes a paused timer. */
  resume(): void {
    unlockAudio();
    this.__timer.act((m) => m.resume());
  }

  /** Back to idle, at the start of the dose. */
  reset(): void {
    this.__timer.act((m) => m.reset());
    this.__cues.silence();
  }

  /** Ends the current phase now: a hold, a rest, a set of `max` reps. */
  skip(): void {
    this.__timer.act((m) => m.skip());
  }

  /** Ends the set under way at once (on this side): the next phase follows (switch, rest, next set, done). */
  done(): void {
    this.__timer.act((m) => m.done());
  }

  /** Counts one rep where the reader counts reps; the set ends at its target. */
  repDone(): void {
    this.__timer.act((m) => m.repDone());
  }

  /** The phases the timer will count, for views that show what comes next. */
  get plan(): readonly Phase[] {
    return this.__timer.plan.phases;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Outside a page (a server render, a snippet written in the builder): in its own `lang`.
    if (this.isConnected !== true) this.i18n.use(this.langAttribute ?? 'en');
    if (!this.__snap || DOSE_PROPERTIES.some((p) => changed.has(p))) this.__rebuild();
    this.__screenLock.set(this.__timer.snapshot.status === 'running' && this.wakeLock !== 'off');
  }

  private __rebuild(): void {
    const dose = this.attributeDose();
    const leadInSeconds = this.__seconds('lead-in', this.leadIn, 60, 0) ?? DEFAULT_LEAD_IN_SECONDS;
    const releaseSeconds = this.__seconds('release', this.release, 600, 0);
    const maxReps = this.__seconds('max-reps', this.maxReps, 1000, 1);
    const count = this.count === 'tap' ? 'tap' : 'pace';
    if (this.count && this.count !== count) this.warnAttribute('count', String(this.count), 'must be "pace" or "tap"');
    if (this.__snap && this.__snap.status !== 'idle') this.__cues.silence();
    this.__timer.setPlan(buildPlan(mergeDose(this.dose, dose), { leadInSeconds, releaseSeconds, maxReps, count }));
  }

  /** One whole number read from an attribute, or undefined (with a warning when it cannot be read). */
  private __seconds(attribute: string, value: string | undefined, upper: number, lower: number): number | undefined {
    return attributeNumber((...problem) => this.warnAttribute(...problem), attribute, value, (v) => parseCount(v, upper, lower));
  }

  /** After each look at the clock: reflect the state, dispatch what happened, play the cues. */
  private __onTimer(events: readonly TimerEvent[], snap: TimerSnapshot): void {
    this.__snap = snap;
    this.setAttribute('phase', snap.phase);
    this.toggleAttribute('paused', snap.status === 'paused');
    this.__screenLock.set(snap.status === 'running' && this.wakeLock !== 'off');
    this.__handle(events, snap);
    this.__countdown(snap, events);
  }

  private __detail(snap: TimerSnapshot) {
    const phase = this.__timer.plan.phases[snap.phaseIndex];
    return { phase: phase?.kind ?? 'complete', set: snap.set, rep: snap.rep, side: snap.side } as const;
  }

  private __handle(events: readonly TimerEvent[], snap: TimerSnapshot): void {
    let lastPhase: Extract<TimerEvent, { type: 'phase' }> | undefined;
    let counted = false;
    for (const event of events) {
      switch (event.type) {
        case 'start':
          break;
        case 'phase': {
          const detail = { phase: event.phase, set: event.set, rep: event.rep, side: event.side };
          if (event.index === 0) this.emit('rep-timer-start', detail);
          this.emit('rep-timer-phase', detail);
          lastPhase = event;
          break;
        }
        case 'rep':
          this.emit('rep-timer-rep', { set: event.set, rep: event.rep, side: event.side });
          counted = true;
          break;
        case 'set':
          this.emit('rep-timer-set', { set: event.set, sets: event.sets });
          break;
        case 'pause':
          this.emit('rep-timer-pause', this.__detail(snap));
          this.__cues.announce(t.paused(this.i18n.intlLocale));
          break;
        case 'resume':
          this.emit('rep-timer-resume', this.__detail(snap));
          break;
        case 'complete':
          this.emit('rep-timer-complete', { sets: event.sets, reps: event.reps, elapsedMs: event.elapsedMs });
          break;
      }
    }
    // Only the phase the reader is in now is announced: after a long sleep, not every phase missed.
    if (lastPhase) this.__cuePhase(this.__timer.plan.phases[lastPhase.index]);
    else if (counted) this.__cueRep(snap);
  }

  /** A rep counted within a set of reps: a beat (paced), and "Last rep" when one is left. */
  private __cueRep(snap: TimerSnapshot): void {
    const phase = this.__timer.plan.phases[snap.phaseIndex];
    if (snap.status !== 'running' || phase?.kind !== 'work') return;
    const locale = this.i18n.intlLocale;
    if (phase.repTarget !== null && snap.repsDone === phase.repTarget - 1) this.__cues.play({ text: t.lastRep(locale), tone: phase.tempoMs === null ? undefined : 'beat' });
    else if (phase.tempoMs !== null) this.__cues.beat(formatNumber(snap.repsDone, locale));
  }

  private __cuePhase(phase: Phase | undefined): void {
    if (phase) this.__cues.play(phaseCue(phase, this.__timer.plan, this.i18n.intlLocale));
  }

  /** "3, 2, 1" before a timed phase of 4 s or more ends (not a set of paced reps: its beat and "Last rep" say it). */
  private __countdown(snap: TimerSnapshot, events: readonly TimerEvent[]): void {
    if (events.some((e) => e.type === 'phase')) this.__cues.resetCountdown();
    const phase = this.__timer.plan.phases[snap.phaseIndex];
    if (snap.status !== 'running' || snap.remainingMs === null || !phase?.durationMs || phase.durationMs < 4000 || phase.tempoMs !== null) return;
    this.__cues.countdown(Math.ceil(snap.remainingMs / 1000));
  }

  private readonly __onKeyDown = (event: KeyboardEvent) => {
    const action = timerKeyAction(event, this.i18n.dir, tapped(this.__timer.plan.phases[this.__timer.snapshot.phaseIndex]));
    if (!action) return;
    const run = { toggle: () => this.__toggle(), reset: () => this.reset(), skip: () => this.skip(), done: () => this.done(), rep: () => this.repDone() };
    run[action]();
    event.preventDefault();
  };

  private __toggle(): void {
    const status = this.__timer.snapshot.status;
    if (status === 'running') this.pause();
    else if (status === 'paused') this.resume();
    else this.start();
  }

  private readonly __onToggle = () => this.__toggle();
  private readonly __onRep = (event: Event) => {
    if ((event.currentTarget as HTMLElement).getAttribute('aria-disabled') !== 'true') this.repDone();
  };
  private readonly __onDone = (event: Event) => {
    if ((event.currentTarget as HTMLElement).getAttribute('aria-disabled') !== 'true') this.done();
  };
  private readonly __onSkip = () => this.skip();
  private readonly __onReset = () => this.reset();

  protected override updated(): void {
    // A prerendered snippet's rendering (the same idle timer) gives way to this first one unseen.
    this.releasePrerendered();
    // Through the CSSOM, not a style attribute: pages with a strict style-src allow this.
    const ring = this.renderRoot.querySelector<SVGElement>('.progress');
    ring?.style.setProperty('--p', String(this.__ring.fraction));
    ring?.style.setProperty('--ease', `${this.__ring.ease}ms`);
    // A button that disappears under the reader's focus (Skip at the end) hands focus to the main button.
    if (this.matches(':focus-within') || !this.shadowRoot || this.shadowRoot.activeElement) return;
    if (document.activeElement === this) this.renderRoot.querySelector<HTMLElement>('.toggle')?.focus();
  }

  override render() {
    const snap = this.__timer.snapshot;
    const locale = this.i18n.intlLocale;
    const view = timerView({
      snapshot: snap,
      plan: this.__timer.plan,
      locale,
      label: this.label,
      msUntilNextChange: this.__timer.msUntilNextChange(),
      reducedMotion: reducedMotion(),
    });
    this.__ring = view.ring;
    const { phase, counted, paced, big } = view;
    const complete = snap.status === 'complete';
    const phases = this.__timer.plan.phases;
    const manualPlan = phases.some(tapped);
    const setPlan = phases.some(inSet);
    const toggleLabel = (snap.status === 'running' ? t.pause : snap.status === 'paused' ? t.resume : complete ? t.startAgain : t.start)(locale);
    const active = snap.status === 'running' || snap.status === 'paused';
    const repEnabled = snap.status === 'running' && counted;
    const current = phases[snap.phaseIndex];
    const doneEnabled = snap.status === 'running' && current !== undefined && inSet(current);
    // The largest button is the one the reader needs: "Rep done" when counting, else "Done".
    const showDone = setPlan && active;

    return html`
      <div part="base" class="base timer ${this.__scheme.classes}" data-phase=${snap.phase} lang=${this.i18n.lang} dir=${this.i18n.dir}>
        ${this.label ? html`<p part="label" class="label">${this.label}</p>` : nothing}
        <div part="display" class="display" role="timer" tabindex="0" aria-label=${view.timerLabel}>
          <svg part="ring" class="ring" viewBox="0 0 120 120" aria-hidden="true">
            <circle class="track" cx="60" cy="60" r="54"></circle>
            ${keyed(`${snap.phaseIndex}-${snap.status === 'idle'}`, svg`<circle
              class="progress ${view.ring.moving ? 'moving' : ''}"
              cx="60" cy="60" r="54"
            ></circle>`)}
          </svg>
          <div class="readout" aria-hidden="true">
            <span part="phase" class="phase-name">${view.phaseLabel}</span>
            <span part="time" class="time ${big.length > 5 ? 'long' : ''}">${big}</span>
            ${(counted || (paced && snap.status !== 'idle')) && phase?.repTarget && !complete ? html`<span class="of">/ ${formatNumber(phase.repTarget, locale)}</span>` : nothing}
          </div>
        </div>
        <p part="progress" class="progress-text" aria-hidden="true">${view.progress.join(' · ') || '\u00a0'}</p>
        <div part="controls" class="controls" ?hidden=${this.controls === 'rep' && !showDone}>
          ${manualPlan && active ? html`<button part="button button-rep" class="rep primary big" aria-disabled=${repEnabled ? 'false' : 'true'} @click=${this.__onRep}>
            ${checkIcon}${t.repDone(locale)}</button>` : nothing}
          ${showDone ? html`<button part="button button-done" class="done ${manualPlan ? '' : 'primary big'}" aria-disabled=${doneEnabled ? 'false' : 'true'} @click=${this.__onDone}>
            ${manualPlan ? nothing : checkIcon}${t.doneSet(locale)}</button>` : nothing}
          ${this.controls === 'rep' ? nothing : html`<button part="button button-toggle" class="toggle ${showDone && !complete ? '' : 'primary'}" @click=${this.__onToggle}>
            ${snap.status === 'running' ? pauseIcon : complete ? resetIcon : playIcon}${toggleLabel}</button>`}
          ${active && this.controls !== 'rep' ? html`
            <button part="button button-skip" class="skip" @click=${this.__onSkip}>${skipIcon}${t.skip(locale)}</button>
            <button part="button button-reset" class="reset" @click=${this.__onReset}>${resetIcon}${t.reset(locale)}</button>` : nothing}
        </div>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.__cues.announcement}</div>
      </div>
    `;
  }
}
