import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unlockAudio } from '../../cues/beeper.js';
import { speak, stopSpeaking, voiceFor, whenVoicesChange } from '../../cues/speech.js';
import { WakeLockController } from '../../cues/wake-lock-controller.js';
import { pickText } from '../../data/localized-text.js';
import { textLocale } from '../../data/bundled-text.js';
import { getExercise, getRoutine, getSource, routineIds } from '../../data/store.js';
import type { Dataset, Dose, Exercise, LocalizedText, Routine } from '../../data/types.js';
import { isRestItem } from '../../data/types.js';
import { createClock } from '../../engine/clock.js';
import { mergeDose, parseCount, parseDoseAttributes, parseSeconds } from '../../engine/parse-dose.js';
import { buildRoutineSteps, secondsLeft, type RoutineInputItem, type RoutineStep } from '../../engine/routine-plan.js';
import { formatNumber } from '../../i18n/format.js';
import { formatDose } from '../../i18n/format-dose.js';
import { itemsText } from '../../i18n/plural.js';
import { ExerciseElement } from '../../internal/exercise-element.js';
import { HeadingLevelController } from '../../internal/heading-level.js';
import { safeUrl } from '../../internal/safe-url.js';
import '../../rep-timer.js';
import type { RepTimer } from '../rep-timer/rep-timer.js';
import { pauseIcon, playIcon, resetIcon } from '../rep-timer/icons.js';
import { ColorSchemeController } from '../shared/color-scheme.js';
import { datasetScope } from '../shared/dataset-scope.js';
import { themeStyles } from '../shared/theme.styles.js';
import { nextIcon, previousIcon, soundIcon, mutedIcon, fullscreenIcon } from './player-icons.js';
import { cautionsList, exerciseCautions, routineCautions, suggestedRest } from './routine-advice.js';
import { clearProgress, progressKey, readProgress, writeProgress, type Progress } from './remembered-progress.js';
import { RoutinePlayerEvent, type RoutinePlayerErrorCode } from './routine-player.events.js';
import * as t from './routine-player.phrases.js';
import { routinePlayerStyles } from './routine-player.styles.js';

type Status = 'loading' | 'error' | 'idle' | 'playing' | 'paused' | 'complete';

/**
 * Plays a routine: an ordered list of exercises, each with its dose, and the rests between them,
 * for a reader following along on a phone. Shows the current exercise with its timer, what comes
 * next, the progress and the time left, and the whole list to jump in; speaks and beeps if asked,
 * keeps the screen awake, and with `remember` resumes after a reload.
 *
 * @summary A player for a whole routine, with timers and cues.
 *
 * @tagname routine-player
 *
 * @slot - `<routine-step>` children: the routine written in HTML (and its no-JavaScript fallback).
 *
 * @event routine-player-start - Playing began. `detail`: `{ index, exercise }`.
 * @event routine-player-step - A new step began (also on next, previous, goTo). `detail`: `{ index, exercise }` (`exercise` is null for a rest).
 * @event routine-player-pause - Paused. `detail`: `{ index, exercise }`.
 * @event routine-player-resume - Resumed. `detail`: `{ index, exercise }`.
 * @event routine-player-complete - The routine is done. `detail`: `{ items, elapsedMs }`.
 * @event routine-player-error - The routine cannot be played. `detail`: `{ code, message }`.
 *
 * @csspart base - The player.
 * @csspart header - Routine name, progress and time left.
 * @csspart title - The routine name.
 * @csspart progress - The progress bar.
 * @csspart current - The current exercise (or rest).
 * @csspart timer - The `<rep-timer>` counting the current step.
 * @csspart next - What comes next.
 * @csspart controls - Previous, play/pause, next, restart, sound, full screen.
 * @csspart no-voice - The note, with the controls, that the device has no voice for the content's language (cues are sounds only).
 * @csspart list - The whole list of steps.
 * @csspart summary - The completion summary.
 * @csspart cautions - The cautions: the routine's source's before it starts, each exercise's own and its source's under its steps.
 * @csspart dose-note - The source's own words about the current exercise's dose where it is vague.
 * @csspart error - The message shown when the routine cannot be played.
 *
 * @cssprop --ee-accent - Accent colour.
 * @cssprop --ee-surface - Background.
 * @cssprop --ee-radius - Corner radius.
 * @cssprop --ee-font - Font family (inherits the page's by default).
 */
export class RoutinePlayer extends ExerciseElement {
  static override styles = [themeStyles, routinePlayerStyles];

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

  @state() private status: Status = 'loading';
  @state() private steps: RoutineStep[] = [];
  @state() private current = 0;
  @state() private saved?: Progress;
  @state() private announcement = '';
  @state() private elapsedAtEnd = 0;

  private exercises = new Map<string, Exercise>();
  private name: LocalizedText | string = '';
  private data?: Routine;
  private scope?: Dataset;
  private error?: { code: RoutinePlayerErrorCode; detail: string };
  private key = '';
  private loadToken = 0;
  /** The locale the bundled text was loaded in: a new `lang` loads it again. */
  private textLang?: string;
  private watchingVoices = false;
  private elapsedBefore = 0;
  private playingSince: number | null = null;
  private readonly clock = createClock();
  private readonly screenLock = new WakeLockController(this);
  private readonly scheme = new ColorSchemeController(this, () => this.theme);
  private readonly headingLevels = new HeadingLevelController(this, 2);
  private observer?: MutationObserver;

  /** The current step (rests and rounds included): read it, or set it like `goTo()`. */
  get index(): number {
    return this.current;
  }

  set index(value: number) {
    this.goTo(value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
    // Steps written in HTML may change after load: pick the changes up.
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => r.target !== this && !(r.target instanceof HTMLScriptElement)) || records.some((r) => r.type === 'childList')) void this.load();
    });
    this.observer.observe(this, { childList: true, subtree: true, attributes: true, characterData: false });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
    this.observer?.disconnect();
    this.observer = undefined;
    stopSpeaking();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || ['routine', 'src', 'rounds', 'restBetween', 'leadIn', 'remember', 'label'].some((p) => changed.has(p))) void this.load();
    else if (this.status !== 'loading' && this.status !== 'error' && this.textLang !== textLocale(this.i18n.lang)) void this.relang();
    if (changed.has('status') || changed.has('wakeLock')) this.screenLock.set(this.status === 'playing' && this.wakeLock !== 'off');
  }

  // ---- loading ----

  private number(attribute: string, value: string | undefined, parse: (v: string) => ReturnType<typeof parseCount>): number | undefined {
    if (value === undefined || value === null) return undefined;
    const parsed = parse(value);
    if (parsed.ok && typeof parsed.value === 'number') return parsed.value;
    this.warnAttribute(attribute, value, parsed.ok ? 'must be one number' : parsed.reason);
    return undefined;
  }

  private declaredItems(): RoutineInputItem[] {
    return [...this.querySelectorAll(':scope > routine-step')].map((step) => {
      const read = (name: string) => step.getAttribute(name);
      const exercise = read('exercise')?.trim();
      if (!exercise) {
        const rest = read('rest') ?? '';
        const parsed = parseSeconds(rest, 3600);
        if (!parsed.ok) this.warnAttribute('rest', rest, parsed.reason);
        return { restSeconds: parsed.ok ? (typeof parsed.value === 'number' ? parsed.value : parsed.value.max) : 0 };
      }
      const { dose, problems } = parseDoseAttributes({
        sets: read('sets'), reps: read('reps'), hold: read('hold'), rest: read('rest'), duration: read('duration'), side: read('side'), tempo: read('tempo'),
      });
      for (const p of problems) this.warnAttribute(p.attribute, p.value, p.reason);
      return { exercise, dose };
    });
  }

  /** A new `lang`: the same routine and exercises, their text loaded in that language; progress stays. */
  private async relang(): Promise<void> {
    const token = this.loadToken;
    const lang = this.i18n.lang;
    this.textLang = textLocale(lang);
    const routine = this.data && (await getRoutine(this.data.id, this.scope, lang));
    const found = await Promise.all([...this.exercises.keys()].map((id) => getExercise(id, this.scope, lang)));
    if (token !== this.loadToken) return;
    if (routine) this.data = routine;
    if (routine?.name) this.name = routine.name;
    this.exercises = new Map(found.flatMap((e) => (e ? [[e.id, e] as const] : [])));
    this.requestUpdate();
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    const lang = this.i18n.lang;
    this.textLang = textLocale(lang);
    const wasPlaying = this.status === 'playing' || this.status === 'paused';
    const scoped = await datasetScope(this, this.src);
    if (token !== this.loadToken) return;
    if (!scoped.ok) return this.fail(scoped.error.code, scoped.error.message);
    const declared = this.routine ? [] : this.declaredItems();
    let items: RoutineInputItem[] = declared;
    let routine: Routine | undefined;
    if (declared.length === 0) {
      const id = this.routine?.trim() || scoped.scope?.routines?.[0]?.id;
      if (!id) return this.fail(this.querySelector(':scope > routine-step') ? 'empty' : 'missing-routine', '');
      routine = await getRoutine(id, scoped.scope, lang);
      if (token !== this.loadToken) return;
      if (!routine) return this.fail('not-found', id, ` (known routines: ${routineIds(scoped.scope).join(', ')})`);
      items = routine.items.map((item) => (isRestItem(item) ? { restSeconds: item.restSeconds } : { exercise: item.exercise, dose: item.dose }));
    }
    const ids = [...new Set(items.flatMap((i) => (i.exercise ? [i.exercise] : [])))];
    const found = await Promise.all(ids.map((id) => getExercise(id, scoped.scope, lang)));
    if (token !== this.loadToken) return;
    const missing = ids.filter((_, i) => !found[i]);
    if (missing.length) {
      const where = missing.map((id) => `“${id}” (step ${items.findIndex((i) => i.exercise === id) + 1})`).join(', ');
      return this.fail('unknown-exercise', where);
    }
    this.exercises = new Map(found.flatMap((e) => (e ? [[e.id, e] as const] : [])));
    const merged = items.map((i) => (i.exercise ? { ...i, dose: mergeDose(this.exercises.get(i.exercise)?.dose, i.dose) } : i));
    const steps = buildRoutineSteps(merged, {
      rounds: this.number('rounds', this.rounds, (v) => parseCount(v, 50)) ?? routine?.rounds,
      restBetweenSeconds: this.number('rest-between', this.restBetween, (v) => parseSeconds(v, 3600)) ?? routine?.restBetweenSeconds,
      leadInSeconds: this.leadInSeconds,
    });
    if (!steps.some((s) => s.kind === 'exercise')) return this.fail('empty', '');
    this.data = routine;
    this.scope = scoped.scope;
    this.name = routine?.name ?? this.label ?? '';
    this.steps = steps;
    this.error = undefined;
    this.key = progressKey(routine?.id ?? `steps:${ids.join(',')}`);
    if (wasPlaying) {
      this.current = Math.min(this.current, steps.length - 1);
      return;
    }
    this.current = 0;
    this.saved = this.remember ? readProgress(this.key) : undefined;
    if (this.saved && this.saved.index >= steps.length) this.saved = undefined;
    this.status = 'idle';
  }

  private fail(code: RoutinePlayerErrorCode, detail: string, extra = ''): void {
    this.status = 'error';
    this.error = { code, detail };
    const where = this.routine ? ` routine="${this.routine}"` : this.src ? ` src="${this.src}"` : '';
    const message = `${code === 'not-found' ? `no routine "${detail}"` : code === 'unknown-exercise' ? `unknown exercises: ${detail}` : detail || code}${extra}`;
    console.error(`<routine-player${where}>: ${message}`);
    this.emit(new RoutinePlayerEvent('routine-player-error', { code, message }));
  }

  private get leadInSeconds(): number {
    return this.number('lead-in', this.leadIn, (v) => parseCount(v, 60, 0)) ?? 5;
  }

  // ---- playing ----

  private get timer(): RepTimer | null {
    return this.renderRoot.querySelector('rep-timer');
  }

  private stepDetail(index = this.current) {
    const step = this.steps[index];
    return { index, exercise: (step?.exercise && this.exercises.get(step.exercise)) || null };
  }

  private elapsed(): number {
    return this.elapsedBefore + (this.playingSince === null ? 0 : this.clock() - this.playingSince);
  }

  /** Starts (or resumes) playing. */
  play(): void {
    if (this.status === 'loading' || this.status === 'error') return;
    unlockAudio();
    if (this.status === 'complete') {
      this.restart();
      return;
    }
    if (this.status === 'paused') {
      this.status = 'playing';
      this.playingSince = this.clock();
      const timer = this.timer;
      if (timer?.phase === 'idle' || timer?.phase === 'complete') timer.start();
      else timer?.resume();
      this.emit(new RoutinePlayerEvent('routine-player-resume', this.stepDetail()));
      return;
    }
    if (this.status === 'playing') return;
    // The start button the reader pressed gives way to the player: hand focus to play/pause.
    const hadFocus = this.matches(':focus-within');
    this.status = 'playing';
    this.playingSince = this.clock();
    void this.updateComplete.then(() => {
      if (hadFocus && !this.matches(':focus-within')) this.renderRoot.querySelector<HTMLElement>('.play')?.focus();
    });
    this.emit(new RoutinePlayerEvent('routine-player-start', this.stepDetail()));
    void this.enter(this.current, true);
  }

  pause(): void {
    if (this.status !== 'playing') return;
    this.elapsedBefore = this.elapsed();
    this.playingSince = null;
    this.status = 'paused';
    this.timer?.pause();
    this.save();
    this.emit(new RoutinePlayerEvent('routine-player-pause', this.stepDetail()));
  }

  next(): void {
    this.goTo(this.current + 1);
  }

  previous(): void {
    this.goTo(this.current - 1);
  }

  /** Back to the first step, and plays. */
  restart(): void {
    this.elapsedBefore = 0;
    this.playingSince = null;
    this.current = 0;
    this.saved = undefined;
    if (this.key) clearProgress(this.key);
    this.status = 'idle';
    this.play();
  }

  /** Jumps to step `index` (rests and rounds included); keeps playing or paused as it was. */
  goTo(index: number): void {
    if (!this.steps.length || this.status === 'loading' || this.status === 'error') return;
    const target = Math.min(Math.max(0, Math.round(index)), this.steps.length - 1);
    if (this.status === 'complete') {
      this.status = 'paused';
      this.playingSince = null;
    }
    if (target === this.current && this.status !== 'idle') return;
    void this.enter(target, this.status === 'playing');
  }

  private async enter(index: number, run: boolean): Promise<void> {
    this.current = index;
    this.save();
    await this.updateComplete;
    const timer = this.timer;
    await timer?.updateComplete;
    if (this.status !== 'idle') {
      this.emit(new RoutinePlayerEvent('routine-player-step', this.stepDetail(index)));
      // The introduction first: the timer's own cues come after its get-ready countdown.
      this.cue(index);
    }
    if (run) timer?.start();
  }

  private finish(): void {
    this.elapsedAtEnd = this.elapsed();
    this.elapsedBefore = this.elapsedAtEnd;
    this.playingSince = null;
    this.status = 'complete';
    if (this.key) clearProgress(this.key);
    this.saved = undefined;
    const items = this.steps.filter((s) => s.kind === 'exercise').length;
    this.emit(new RoutinePlayerEvent('routine-player-complete', { items, elapsedMs: this.elapsedAtEnd }));
    const done = t.complete();
    this.announcement = done;
    if (this.voice && !this.muted) speak(done, this.i18n.intlLocale);
    const hadFocus = this.matches(':focus-within');
    void this.updateComplete.then(() => {
      if (hadFocus) this.renderRoot.querySelector<HTMLElement>('[part="summary"] [tabindex="-1"]')?.focus();
    });
  }

  private save(): void {
    if (!this.remember || !this.key || this.status === 'idle' || this.status === 'complete') return;
    writeProgress(this.key, { index: this.current, elapsedMs: this.elapsed(), savedAt: Date.now() });
  }

  private resume(): void {
    const saved = this.saved;
    if (!saved) return;
    this.saved = undefined;
    this.current = saved.index;
    this.elapsedBefore = saved.elapsedMs;
    this.play();
  }

  private startOver(): void {
    if (this.key) clearProgress(this.key);
    this.saved = undefined;
    this.current = 0;
    this.elapsedBefore = 0;
    this.play();
  }

  // ---- words ----

  private text(value: LocalizedText | string | undefined): string {
    if (value === undefined) return '';
    return typeof value === 'string' ? value : pickText(value, this.i18n.lang).text;
  }

  private exerciseName(step: RoutineStep | undefined): string {
    return this.text(step?.exercise ? this.exercises.get(step.exercise)?.name : undefined);
  }

  private nextExercise(index: number): RoutineStep | undefined {
    return this.steps.slice(index + 1).find((s) => s.kind === 'exercise');
  }

  /** What "Next up" and the cues say about an exercise step: "Wall angels, 5–10 reps". */
  private describe(step: RoutineStep | undefined): string {
    if (!step) return '';
    const dose = formatDose(step.dose, this.i18n.intlLocale);
    return [this.exerciseName(step), dose.charAt(0).toLocaleLowerCase(this.i18n.intlLocale) + dose.slice(1)].filter(Boolean).join(', ');
  }

  private cue(index: number): void {
    const step = this.steps[index];
    if (!step) return;
    const spoken = this.withLocale(() =>
      step.kind === 'rest'
        ? t.restCue(this.describe(this.nextExercise(index)) || t.complete())
        : index === 0
          ? t.firstUp(this.describe(step))
          : t.nextCue(this.describe(step)),
    );
    const position = this.withLocale(() => this.positionText(index));
    this.announcement = step.kind === 'rest' ? spoken : `${position}: ${this.describe(step)}`;
    if (this.voice && !this.muted) speak(spoken, this.i18n.intlLocale);
  }

  private positionText(index: number): string {
    const locale = this.i18n.intlLocale;
    const exercises = this.steps.filter((s) => s.kind === 'exercise');
    const number = this.steps.slice(0, index + 1).filter((s) => s.kind === 'exercise').length || 1;
    return t.exerciseOf(formatNumber(number, locale), formatNumber(exercises.length, locale));
  }

  // ---- events from the timer and the reader ----

  private readonly onTimerComplete = (event: Event) => {
    event.stopPropagation();
    if (this.status !== 'playing') return;
    if (this.current >= this.steps.length - 1) this.finish();
    else void this.enter(this.current + 1, true);
  };

  private readonly onTimerPause = () => {
    if (this.status === 'playing') this.pause();
  };

  private readonly onTimerResume = () => {
    if (this.status === 'paused') this.play();
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const onControl = ['BUTTON', 'SUMMARY', 'A'].includes((event.composedPath()[0] as HTMLElement).tagName ?? '');
    const rtl = this.i18n.dir === 'rtl';
    if (event.key === ' ' && !onControl) this.toggle();
    else if (event.key === (rtl ? 'ArrowLeft' : 'ArrowRight')) this.next();
    else if (event.key === (rtl ? 'ArrowRight' : 'ArrowLeft')) this.previous();
    else return;
    event.preventDefault();
  };

  private toggle(): void {
    if (this.status === 'playing') this.pause();
    else this.play();
  }

  private readonly onToggle = () => this.toggle();
  private readonly onNext = () => this.next();
  private readonly onPrevious = () => this.previous();
  private readonly onRestart = () => this.restart();
  private readonly onSound = () => {
    this.muted = !this.muted;
    if (this.muted) stopSpeaking();
  };
  private readonly onFullscreen = () => {
    if (document.fullscreenElement === this) void document.exitFullscreen().catch(() => undefined);
    else void this.requestFullscreen?.().catch(() => undefined);
  };

  // ---- view ----

  protected override updated(): void {
    // Through the CSSOM, not a style attribute: pages with a strict style-src allow this.
    const bar = this.renderRoot.querySelector<HTMLElement>('.bar span');
    if (bar) bar.style.inlineSize = `${Number(bar.dataset.fraction) * 100}%`;
  }

  private heading(offset: number, content: unknown, part?: string) {
    const level = Math.min(6, this.headingLevels.level(this.headingLevel) + offset);
    return html`<div role="heading" aria-level=${level} part=${part ?? nothing} class="h${offset}">${content}</div>`;
  }

  override render() {
    const classes = `base panel player ${this.scheme.classes}`;
    if (this.status === 'loading') {
      return html`<div part="base" class="${classes} loading" aria-busy="true"><slot></slot></div>`;
    }
    if (this.status === 'error') {
      const error = this.error ?? { code: 'empty' as const, detail: '' };
      return html`<div part="base" class=${classes} lang=${this.i18n.lang} dir=${this.i18n.dir}>
        <p part="error" class="error" role="alert">${t.errorMessage(error.code, error.detail)}</p>
        <slot></slot>
      </div>`;
    }
    // A group, not a landmark: two players on one page must not make two regions of one name.
    return html`<div part="base" role="group" class=${classes} aria-labelledby="title" lang=${this.i18n.lang} dir=${this.i18n.dir} data-status=${this.status}>
      ${this.renderHeader()}
      ${this.status === 'idle' ? this.renderIntro() : this.status === 'complete' ? this.renderSummary() : this.renderStep()}
      ${this.status === 'idle' ? nothing : this.renderList()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderHeader() {
    const locale = this.i18n.intlLocale;
    const exercises = this.steps.filter((s) => s.kind === 'exercise');
    const done = this.status === 'complete' ? exercises.length : this.steps.slice(0, this.current).filter((s) => s.kind === 'exercise').length;
    const step = this.steps[this.current];
    const rounds = Math.max(...this.steps.map((s) => s.round));
    const position = this.status === 'complete' ? t.complete() : this.positionText(this.current);
    const details = [position];
    if (rounds > 1 && step && this.status !== 'complete') details.push(t.roundOf(formatNumber(step.round, locale), formatNumber(rounds, locale)));
    if (this.status !== 'complete') details.push(t.timeLeft(secondsLeft(this.steps, this.current), locale));
    return html`<header part="header" class="header">
      <div id="title">${this.heading(0, this.text(this.name) || t.untitled(), 'title')}</div>
      <p class="meta">${details.join(' · ')}</p>
      <div part="progress" class="bar" role="progressbar" aria-label=${t.progressLabel()} aria-valuemin="0" aria-valuemax=${exercises.length}
        aria-valuenow=${done} aria-valuetext=${position}>
        <span data-fraction=${done / Math.max(1, exercises.length)}></span>
      </div>
    </header>`;
  }

  private renderIntro() {
    const locale = this.i18n.intlLocale;
    const exercises = this.steps.filter((s) => s.kind === 'exercise');
    const saved = this.saved;
    const savedStep = saved ? this.steps[saved.index] : undefined;
    const savedNumber = saved ? this.steps.slice(0, saved.index + 1).filter((s) => s.kind === 'exercise').length || 1 : 0;
    const source = this.data?.source ? getSource(this.data.source, this.scope, this.i18n.lang) : undefined;
    const rest = suggestedRest(this.data, locale);
    return html`<div class="intro">
      ${this.data?.summary ? html`<p class="summary">${this.text(this.data.summary)}</p>` : nothing}
      ${this.frequencyText() ? html`<p class="frequency">${this.frequencyText()}</p>` : nothing}
      ${rest ? html`<p class="suggested-rest">${rest}</p>` : nothing}
      ${cautionsList(routineCautions(source), (c) => this.text(c))}
      <ol class="preview">
        ${exercises
          .filter((s) => s.round === 1)
          .map((s) => html`<li><span class="name">${this.exerciseName(s)}</span> <span class="dose">${formatDose(s.dose, locale)}</span></li>`)}
      </ol>
      <div class="start">
        ${saved && savedStep
          ? html`<button class="primary big" @click=${this.resume}>${playIcon}${t.resumeAt(formatNumber(savedNumber, locale), this.exerciseName(savedStep) || t.restLabel())}</button>
              <button @click=${this.startOver}>${resetIcon}${t.startOver()}</button>`
          : html`<button class="primary big" @click=${this.onToggle}>${playIcon}${t.start()}</button>`}
      </div>
      ${source ? html`<p class="source"><bdi><cite>${source.title}</cite>${source.publisher ? `, ${source.publisher}` : ''}</bdi></p>` : nothing}
    </div>`;
  }

  private frequencyText(): string {
    const frequency = this.data?.frequency;
    if (!frequency) return '';
    const locale = this.i18n.intlLocale;
    const times = frequency.timesPerWeek;
    let text: string;
    if (typeof times === 'number') text = times >= 7 ? t.everyDay() : t.timesPerWeek(formatNumber(times, locale));
    else if (times.max === undefined) text = t.atLeastTimesPerWeek(formatNumber(times.min, locale));
    else text = t.timesPerWeek(new Intl.NumberFormat(locale).formatRange(times.min, times.max));
    if (frequency.weeks) text = t.forWeeks(text, formatNumber(frequency.weeks, locale));
    return this.data?.suggested?.includes('frequency') ? t.suggested(t.frequency(text)) : t.frequency(text);
  }

  private renderStep() {
    const step = this.steps[this.current];
    if (!step) return nothing;
    const exercise = step.exercise ? this.exercises.get(step.exercise) : undefined;
    const upcoming = this.nextExercise(this.current);
    const locale = this.i18n.intlLocale;
    const image = exercise?.media?.find((m) => m.type === 'image' && safeUrl(m.src));
    const rest = step.kind === 'rest';
    return html`
      <div part="current" class="current ${rest ? 'resting' : ''}">
        <p class="eyebrow">${rest ? t.restLabel() : t.now()}</p>
        ${rest
          ? html`${this.heading(1, upcoming ? `${t.nextUp()}: ${this.exerciseName(upcoming)}` : t.restLabel())}
              ${upcoming ? html`<p class="dose">${formatDose(upcoming.dose, locale)}</p>` : nothing}`
          : html`${this.heading(1, this.exerciseName(step))}<p class="dose">${formatDose(step.dose, locale)}</p>
              ${step.dose?.note ? html`<p part="dose-note" class="dose-note">${this.text(step.dose.note)}</p>` : nothing}`}
        ${image ? html`<img class="media" src=${safeUrl(image.src) ?? nothing} alt=${this.text(image.alt)} width=${image.width ?? nothing} height=${image.height ?? nothing} />` : nothing}
        ${exercise && !rest
          ? html`<details class="how"><summary>${t.showSteps()}</summary><ol>${exercise.steps.map((s) => html`<li>${this.text(s)}</li>`)}</ol>
              ${cautionsList(exerciseCautions(exercise, exercise.source ? getSource(exercise.source, this.scope, this.i18n.lang) : undefined), (c) => this.text(c))}</details>`
          : nothing}
      </div>
      <rep-timer
        part="timer"
        controls="rep"
        wake-lock="off"
        .dose=${step.dose as Dose}
        lead-in=${rest ? '0' : String(this.leadInSeconds)}
        theme=${this.theme}
        lang=${this.i18n.lang}
        ?muted=${this.muted}
        ?voice=${this.voice}
        @rep-timer-complete=${this.onTimerComplete}
        @rep-timer-pause=${this.onTimerPause}
        @rep-timer-resume=${this.onTimerResume}
      ></rep-timer>
      ${upcoming && !rest
        ? html`<p part="next" class="next"><span class="label">${t.nextUp()}</span> ${this.describe(upcoming)}</p>`
        : !upcoming && !rest
          ? html`<p part="next" class="next">${t.lastOne()}</p>`
          : nothing}
      ${this.renderControls()}
    `;
  }

  private renderControls() {
    const playing = this.status === 'playing';
    const canFullscreen = typeof document.fullscreenEnabled === 'boolean' && document.fullscreenEnabled;
    return html`<div part="controls" class="controls" role="group" aria-label=${t.controlsLabel()}>
      <button class="icon" @click=${this.onPrevious} ?disabled=${this.current === 0} aria-label=${t.previous()} title=${t.previous()}>${previousIcon}</button>
      <button class="primary play" @click=${this.onToggle}>${playing ? pauseIcon : playIcon}${playing ? t.pause() : t.play()}</button>
      <button class="icon" @click=${this.onNext} ?disabled=${this.current >= this.steps.length - 1} aria-label=${t.next()} title=${t.next()}>${nextIcon}</button>
      <button class="icon" @click=${this.onRestart} aria-label=${t.restart()} title=${t.restart()}>${resetIcon}</button>
      <button class="icon" @click=${this.onSound} aria-pressed=${this.muted ? 'false' : 'true'} aria-label=${t.sound()} title=${t.sound()}>${this.muted ? mutedIcon : soundIcon}</button>
      ${canFullscreen ? html`<button class="icon" @click=${this.onFullscreen} aria-label=${t.fullscreen()} title=${t.fullscreen()}>${fullscreenIcon}</button>` : nothing}
      ${this.noVoiceNote()}
    </div>`;
  }

  /** With spoken cues on and no voice for the content's language, the player says once, here, that it only beeps. */
  private noVoiceNote() {
    if (!this.voice || this.muted || voiceFor(this.i18n.intlLocale)) return nothing;
    if (!this.watchingVoices) {
      this.watchingVoices = true;
      whenVoicesChange(() => ((this.watchingVoices = false), this.requestUpdate()));
    }
    return html`<p part="no-voice" class="no-voice">${t.noVoice()}</p>`;
  }

  private renderList() {
    const locale = this.i18n.intlLocale;
    const count = this.steps.filter((s) => s.kind === 'exercise').length;
    let number = 0;
    return html`<details part="list" class="list">
      <summary>${t.allExercises(count, locale)}</summary>
      <ol>
        ${this.steps.map((step, index) => {
          if (step.kind !== 'exercise') return nothing;
          number++;
          const here = index === this.current || (this.steps[this.current]?.kind === 'rest' && this.nextExercise(this.current) === step);
          return html`<li>
            <button class="item" aria-current=${index === this.current ? 'step' : nothing} data-here=${here ? 'true' : 'false'} @click=${() => this.goTo(index)}>
              <span class="n">${formatNumber(number, locale)}</span>
              <span class="name">${this.exerciseName(step)}</span>
              <span class="dose">${formatDose(step.dose, locale)}</span>
            </button>
          </li>`;
        })}
      </ol>
    </details>`;
  }

  private renderSummary() {
    const locale = this.i18n.intlLocale;
    const count = this.steps.filter((s) => s.kind === 'exercise').length;
    return html`<div part="summary" class="summary-box">
      <div tabindex="-1">${this.heading(1, t.complete())}</div>
      <p>${t.doneIn(itemsText(count, locale), t.formatElapsed(this.elapsedAtEnd, locale))}</p>
      <button class="primary big" @click=${this.onRestart}>${resetIcon}${t.again()}</button>
    </div>`;
  }
}
