import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { beep, unlockAudio, type Tone } from '../../cues/beeper.js';
import { speak, stopSpeaking } from '../../cues/speech.js';
import { vibrate } from '../../cues/vibration.js';
import { WakeLockController } from '../../cues/wake-lock-controller.js';
import type { Dose } from '../../data/types.js';
import { createClock } from '../../engine/clock.js';
import { mergeDose, parseCount } from '../../engine/parse-dose.js';
import { TimerMachine, type Clock, type TimerEvent, type TimerSnapshot } from '../../engine/timer-machine.js';
import { buildPlan, DEFAULT_LEAD_IN_SECONDS, type Phase, type PhaseKind } from '../../engine/timer-plan.js';
import { formatClock, formatNumber } from '../../i18n/format.js';
import { msg } from '../../i18n/msg.js';
import { ExerciseElement } from '../../internal/exercise-element.js';
import { ColorSchemeController } from '../shared/color-scheme.js';
import { DoseAttributes } from '../shared/dose-attributes.js';
import { themeStyles } from '../shared/theme.styles.js';
import { checkIcon, pauseIcon, playIcon, resetIcon, skipIcon } from './icons.js';
import { RepTimerEvent } from './rep-timer.events.js';
import { holdOf, phaseCue, phaseName, repOf, repsSoFar, setOf, sideName } from './rep-timer.phrases.js';
import { repTimerStyles } from './rep-timer.styles.js';

const TONE: Readonly<Partial<Record<PhaseKind, Tone>>> = { work: 'work', hold: 'work', rest: 'rest', switch: 'switch', complete: 'done' };
const DOSE_PROPERTIES = ['sets', 'reps', 'hold', 'rest', 'duration', 'side', 'tempo', 'leadIn', 'dose'] as const;
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Counts a dose the way a physiotherapist prescribes it: sets, reps, holds, rests, timed work and
 * sides, with a get-ready countdown, beeps, optional spoken cues, and a screen that stays awake.
 * Time is read from a monotonic clock, never counted in ticks: after a background tab, a sleeping
 * phone or a stalled page it shows the right phase and time at once.
 *
 * @summary A timer for sets, reps, holds and rests.
 *
 * @tagname rep-timer
 *
 * @event rep-timer-start - The timer started. `detail`: `{ phase, set, rep, side }` of the first phase.
 * @event rep-timer-phase - A phase began. `detail`: `{ phase, set, rep, side }`.
 * @event rep-timer-rep - A rep or hold was completed. `detail`: `{ set, rep, side }`.
 * @event rep-timer-set - A set was completed. `detail`: `{ set, sets }`.
 * @event rep-timer-pause - The timer was paused. `detail`: `{ phase, set, rep, side }`.
 * @event rep-timer-resume - The timer was resumed. `detail`: `{ phase, set, rep, side }`.
 * @event rep-timer-complete - The whole dose is done. `detail`: `{ sets, reps, elapsedMs }` (pauses excluded).
 *
 * @csspart base - The timer's outer box.
 * @csspart label - What is being timed (the `label` attribute).
 * @csspart phase - The phase in words ("Hold", "Rest", "Switch sides").
 * @csspart display - The ring and the large number (`role="timer"`).
 * @csspart ring - The progress ring.
 * @csspart time - The large number: time left, or reps counted.
 * @csspart progress - Set x of y, rep x of y, side.
 * @csspart controls - The row of buttons.
 * @csspart button - Every button; also `button-toggle`, `button-rep`, `button-skip`, `button-reset`.
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
 * @cssprop --ee-timer-size - Diameter of the ring (default: up to 16rem, fits the width).
 */
export class RepTimer extends DoseAttributes(ExerciseElement) {
  static override styles = [themeStyles, repTimerStyles];

  /** Seconds of get-ready countdown before the first phase: default 3, `0` for none. */
  @property({ attribute: 'lead-in' }) leadIn?: string;
  /** Silences beeps, speech and vibration. */
  @property({ type: Boolean, reflect: true }) muted = false;
  /** Speaks cues ("Rest, 40 seconds", "Switch sides", "Last set", "Done") in the element's language. */
  @property({ type: Boolean }) voice = false;
  /** What is being timed, shown above the timer and announced: usually the exercise name. */
  @property() label = '';
  /** `light`, `dark`, or `auto` (default: match the page). */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Keeps the screen awake while running (`on`, default); `off` leaves that to the page (or to a routine player around it). */
  @property({ attribute: 'wake-lock' }) wakeLock: 'on' | 'off' = 'on';
  /** Which buttons to show: `all` (default), or `rep` for only "Rep done" when a player around the timer has its own controls. */
  @property() controls: 'all' | 'rep' = 'all';
  /** A base dose as an object (from the dataset); dose attributes override its fields. */
  @property({ attribute: false }) dose?: Dose;

  /** The current phase, reflected for styling: `idle`, `lead-in`, `work`, `hold`, `rest`, `switch`, `complete`. Read-only. */
  @property({ reflect: true }) phase: PhaseKind | 'idle' = 'idle';
  /** Present while paused, reflected for styling. Read-only: use `pause()` and `resume()`. */
  @property({ type: Boolean, reflect: true }) paused = false;

  /** The clock the timer reads; replace it before `start()` to drive the timer in tests. */
  clock: Clock = createClock();

  @state() private snap?: TimerSnapshot;
  @state() private announcement = '';

  private machine = new TimerMachine(buildPlan({}), this.clock);
  private timeout: ReturnType<typeof setTimeout> | undefined;
  private ring = { fraction: 0, ease: 0 };
  private lastCountdown = 0;
  private readonly screenLock = new WakeLockController(this);
  private readonly scheme = new ColorSchemeController(this, () => this.theme);

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.machine.snapshot().status === 'running') this.tick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.timeout);
    this.timeout = undefined;
    stopSpeaking();
  }

  /** Starts from the beginning (from idle or complete); resumes when paused. */
  start(): void {
    unlockAudio();
    if (this.machine.snapshot().status === 'paused') this.machine.resume();
    else this.machine.start();
    this.tick();
  }

  pause(): void {
    this.machine.pause();
    this.tick();
  }

  resume(): void {
    unlockAudio();
    this.machine.resume();
    this.tick();
  }

  /** Back to idle, at the start of the dose. */
  reset(): void {
    this.machine.reset();
    stopSpeaking();
    this.tick();
  }

  /** Ends the current phase now: a hold, a rest, a set of `max` reps. */
  skip(): void {
    this.machine.skip();
    this.tick();
  }

  /** Counts one rep where the reader counts reps; the set ends at its target. */
  repDone(): void {
    this.machine.repDone();
    this.tick();
  }

  /** The phases the timer will count, for views that show what comes next. */
  get plan(): readonly Phase[] {
    return this.machine.phases;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.snap || DOSE_PROPERTIES.some((p) => changed.has(p))) this.rebuild();
  }

  private rebuild(): void {
    const dose = this.attributeDose();
    let leadInSeconds = DEFAULT_LEAD_IN_SECONDS;
    if (this.leadIn !== undefined && this.leadIn !== null) {
      const parsed = parseCount(this.leadIn, 60, 0);
      if (parsed.ok && typeof parsed.value === 'number') leadInSeconds = parsed.value;
      else this.warnAttribute('lead-in', this.leadIn, parsed.ok ? 'must be one number of seconds' : parsed.reason);
    }
    const wasActive = this.snap && this.snap.status !== 'idle';
    this.machine = new TimerMachine(buildPlan(mergeDose(this.dose, dose), { leadInSeconds }), () => this.clock());
    if (wasActive) stopSpeaking();
    this.tick(false);
  }

  /** Reads the machine, dispatches what happened, plays cues, and plans the next look. */
  private tick(render = true): void {
    clearTimeout(this.timeout);
    this.timeout = undefined;
    const snap = this.machine.snapshot();
    const events = this.machine.takeEvents();
    this.handle(events, snap);
    this.snap = snap;
    this.phase = snap.phase;
    this.paused = snap.status === 'paused';
    this.screenLock.set(snap.status === 'running' && this.wakeLock !== 'off');
    this.countdown(snap, events);
    if (snap.status === 'running' && this.isConnected) {
      const next = this.machine.msUntilNextChange();
      const toSecond = snap.remainingMs === null ? null : snap.remainingMs - (Math.ceil(snap.remainingMs / 1000) - 1) * 1000;
      const delays = [next, toSecond].filter((d): d is number => d !== null && d > 0);
      // Exactly at the next change: timers fire late, never early, and a tick that finds nothing new plans again.
      if (delays.length > 0) this.timeout = setTimeout(() => this.tick(), Math.max(1, Math.min(...delays)));
    }
    if (render) this.requestUpdate();
  }

  private detail(snap: TimerSnapshot) {
    const phase = this.machine.phases[snap.phaseIndex];
    return { phase: phase?.kind ?? 'complete', set: snap.set, rep: snap.rep, side: snap.side } as const;
  }

  private handle(events: readonly TimerEvent[], snap: TimerSnapshot): void {
    let lastPhase: Extract<TimerEvent, { type: 'phase' }> | undefined;
    for (const event of events) {
      switch (event.type) {
        case 'start':
          break;
        case 'phase': {
          const detail = { phase: event.phase, set: event.set, rep: event.rep, side: event.side };
          if (event.index === 0) this.emit(new RepTimerEvent('rep-timer-start', detail));
          this.emit(new RepTimerEvent('rep-timer-phase', detail));
          lastPhase = event;
          break;
        }
        case 'rep':
          this.emit(new RepTimerEvent('rep-timer-rep', { set: event.set, rep: event.rep, side: event.side }));
          break;
        case 'set':
          this.emit(new RepTimerEvent('rep-timer-set', { set: event.set, sets: event.sets }));
          break;
        case 'pause':
          this.emit(new RepTimerEvent('rep-timer-pause', this.detail(snap)));
          this.announce(msg('Paused', { id: 'timer.paused' }));
          break;
        case 'resume':
          this.emit(new RepTimerEvent('rep-timer-resume', this.detail(snap)));
          break;
        case 'complete':
          this.emit(new RepTimerEvent('rep-timer-complete', { sets: event.sets, reps: event.reps, elapsedMs: event.elapsedMs }));
          break;
      }
    }
    // Only the phase the reader is in now is announced: after a long sleep, not every phase missed.
    if (lastPhase) this.cuePhase(this.machine.phases[lastPhase.index]);
  }

  private cuePhase(phase: Phase | undefined): void {
    if (!phase) return;
    const locale = this.i18n.intlLocale;
    // Cues are made outside render; withLocale makes msg() answer in this element's language.
    const text = this.withLocale(() =>
      phaseCue(phase.kind, phase.durationMs, locale, phase.set === this.machine.plan.sets && phase.set > 1, phase.side, phase.repTarget !== null || phase.tempoMs !== null),
    );
    this.announce(phase.kind === 'lead-in' ? this.withLocale(() => phaseName('lead-in', false)) : text);
    if (this.muted) return;
    const tone = TONE[phase.kind];
    if (tone) beep(tone);
    vibrate(phase.kind === 'complete' ? [120, 80, 120] : 80);
    if (this.voice && phase.kind !== 'lead-in') speak(text, this.i18n.intlLocale);
  }

  /** "3, 2, 1" before a timed phase ends: announced, beeped and spoken. */
  private countdown(snap: TimerSnapshot, events: readonly TimerEvent[]): void {
    if (events.some((e) => e.type === 'phase')) this.lastCountdown = 0;
    const phase = this.machine.phases[snap.phaseIndex];
    if (snap.status !== 'running' || snap.remainingMs === null || !phase?.durationMs || phase.durationMs < 4000) return;
    const left = Math.ceil(snap.remainingMs / 1000);
    if (left > 3 || left < 1 || left === this.lastCountdown) return;
    this.lastCountdown = left;
    const spoken = formatNumber(left, this.i18n.intlLocale);
    this.announce(spoken);
    if (this.muted) return;
    beep('tick');
    if (this.voice) speak(spoken, this.i18n.intlLocale, false);
  }

  private announce(text: string): void {
    this.announcement = text;
  }

  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') this.tick();
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const onButton = event.composedPath()[0] instanceof HTMLButtonElement;
    const status = this.snap?.status ?? 'idle';
    const forward = this.i18n.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    switch (event.key) {
      case ' ':
      case 'Enter':
        if (onButton) return;
        this.toggle(status);
        break;
      case 'r':
      case 'R':
        this.reset();
        break;
      case 'n':
      case 'N':
      case 'ArrowRight':
      case forward:
        this.skip();
        break;
      case 'd':
      case 'D':
      case '+':
        this.repDone();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  private toggle(status = this.snap?.status ?? 'idle'): void {
    if (status === 'running') this.pause();
    else if (status === 'paused') this.resume();
    else this.start();
  }

  private readonly onToggle = () => this.toggle();
  private readonly onRep = (event: Event) => {
    if ((event.currentTarget as HTMLElement).getAttribute('aria-disabled') !== 'true') this.repDone();
  };
  private readonly onSkip = () => this.skip();
  private readonly onReset = () => this.reset();

  protected override updated(): void {
    // Through the CSSOM, not a style attribute: pages with a strict style-src allow this.
    const ring = this.renderRoot.querySelector<SVGElement>('.progress');
    ring?.style.setProperty('--p', String(this.ring.fraction));
    ring?.style.setProperty('--ease', `${this.ring.ease}ms`);
    // A button that disappears under the reader's focus (Skip at the end) hands focus to the main button.
    if (this.matches(':focus-within') || !this.shadowRoot || this.shadowRoot.activeElement) return;
    if (document.activeElement === this) this.renderRoot.querySelector<HTMLElement>('.toggle')?.focus();
  }

  override render() {
    const snap = this.snap ?? this.machine.snapshot();
    const locale = this.i18n.intlLocale;
    const idle = snap.status === 'idle';
    // Before the start the timer shows the first real phase, not the get-ready countdown.
    const phase = idle ? this.machine.phases.find((p) => p.kind !== 'lead-in') : this.machine.phases[snap.phaseIndex];
    const complete = snap.status === 'complete';
    const counted = phase?.kind === 'work' && phase.durationMs === null;
    const paced = phase?.kind === 'work' && phase.tempoMs !== null;
    const manualPlan = this.machine.phases.some((p) => p.kind === 'work' && p.durationMs === null);
    const phaseLabel = phaseName(snap.phase, counted || paced);
    const plan = this.machine.plan;

    let big: string;
    let fraction: number;
    if (complete) {
      big = '✓';
      fraction = 1;
    } else if (counted) {
      big = formatNumber(snap.repsDone, locale);
      fraction = phase.repTarget ? snap.repsDone / phase.repTarget : 0;
    } else {
      big = formatClock(idle ? (phase?.durationMs ?? 0) : (snap.remainingMs ?? 0), locale);
      fraction = phase?.durationMs ? snap.phaseElapsedMs / phase.durationMs : 0;
    }
    // The ring eases to where it will be at the next tick, so it moves smoothly with one update a second.
    const running = snap.status === 'running' && !reducedMotion() && phase?.durationMs;
    const ahead = running ? Math.min(1000, this.machine.msUntilNextChange() ?? 0) : 0;
    if (running && phase?.durationMs) fraction = (snap.phaseElapsedMs + ahead) / phase.durationMs;
    fraction = Math.min(1, Math.max(0, fraction));
    this.ring = { fraction, ease: ahead };

    const sets = formatNumber(plan.sets, locale);
    const progress: string[] = [];
    const set = idle ? (phase?.set ?? 1) : snap.set;
    if (!complete && set > 0 && plan.sets > 1) progress.push(setOf(formatNumber(set, locale), sets));
    if (!complete && phase?.kind === 'hold' && (plan.reps ?? 1) > 1) progress.push(holdOf(formatNumber(idle ? phase.rep : snap.rep, locale), formatNumber(plan.reps ?? 1, locale)));
    if (!complete && !idle && (counted || paced) && phase.repTarget) progress.push(repOf(formatNumber(Math.max(snap.rep, counted ? snap.repsDone : 0), locale), formatNumber(phase.repTarget, locale)));
    if (!complete && !idle && counted && !phase.repTarget) progress.push(repsSoFar(formatNumber(snap.repsDone, locale)));
    if (!complete && snap.side) progress.push(sideName(snap.side));
    const timerLabel = [this.label, phaseLabel, counted ? repsSoFar(big) : big, ...progress].filter(Boolean).join(', ');

    const toggleLabel = snap.status === 'running'
      ? msg('Pause', { id: 'timer.pause' })
      : snap.status === 'paused'
        ? msg('Resume', { id: 'timer.resume' })
        : complete
          ? msg('Start again', { id: 'timer.start-again' })
          : msg('Start', { id: 'timer.start' });
    const active = snap.status === 'running' || snap.status === 'paused';
    const repEnabled = snap.status === 'running' && counted;

    return html`
      <div part="base" class="base timer ${this.scheme.classes}" data-phase=${snap.phase} lang=${this.i18n.lang} dir=${this.i18n.dir}>
        ${this.label ? html`<p part="label" class="label">${this.label}</p>` : nothing}
        <div part="display" class="display" role="timer" tabindex="0" aria-label=${timerLabel}>
          <svg part="ring" class="ring" viewBox="0 0 120 120" aria-hidden="true">
            <circle class="track" cx="60" cy="60" r="54"></circle>
            ${keyed(`${snap.phaseIndex}-${snap.status === 'idle'}`, svg`<circle
              class="progress ${running ? 'moving' : ''}"
              cx="60" cy="60" r="54"
            ></circle>`)}
          </svg>
          <div class="readout" aria-hidden="true">
            <span part="phase" class="phase-name">${phaseLabel}</span>
            <span part="time" class="time ${big.length > 5 ? 'long' : ''}">${big}</span>
            ${counted && phase.repTarget ? html`<span class="of">/ ${formatNumber(phase.repTarget, locale)}</span>` : nothing}
          </div>
        </div>
        <p part="progress" class="progress-text" aria-hidden="true">${progress.join(' · ') || '\u00a0'}</p>
        <div part="controls" class="controls" ?hidden=${this.controls === 'rep' && !(manualPlan && active)}>
          ${manualPlan && active ? html`<button part="button button-rep" class="rep primary big" aria-disabled=${repEnabled ? 'false' : 'true'} @click=${this.onRep}>
            ${checkIcon}${msg('Rep done', { id: 'timer.rep-done' })}</button>` : nothing}
          ${this.controls === 'rep' ? nothing : html`<button part="button button-toggle" class="toggle ${manualPlan && active && !complete ? '' : 'primary'}" @click=${this.onToggle}>
            ${snap.status === 'running' ? pauseIcon : complete ? resetIcon : playIcon}${toggleLabel}</button>`}
          ${active && this.controls !== 'rep' ? html`
            <button part="button button-skip" class="skip" @click=${this.onSkip}>${skipIcon}${msg('Skip', { id: 'timer.skip' })}</button>
            <button part="button button-reset" class="reset" @click=${this.onReset}>${resetIcon}${msg('Reset', { id: 'timer.reset' })}</button>` : nothing}
        </div>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }
}
