import { isServer, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { unlockAudio } from '../../cues/beeper.js';
import { textLocale } from '../../data/bundled-text.js';
import { isFullExercise } from '../../data/exercise-outline.js';
import { createClock } from '../../engine/clock.js';
import { RoutineSession } from '../../engine/routine-session.js';
import { ChildrenController } from '../../internal/children-controller.js';
import { ColorSchemeController } from '../../internal/color-scheme.js';
import { HeadingLevelController } from '../../internal/heading-level.js';
import { LatestLoad } from '../../internal/latest-load.js';
import { toggleFullscreen } from '../../internal/fullscreen.js';
import { themeStyles } from '../../internal/theme.styles.js';
import type { RepTimer } from '../rep-timer/rep-timer.js';
import { onPlayerKey } from './player-keys.js';
import { PlayReadiness } from './play-readiness.js';
import { fullExercises, leadInSeconds, loadErrorMessage, loadRoutine, loadRoutineText, withExercises, type LoadedRoutine, type PreloadedRoutine } from './load-routine.js';
import { RememberedProgress } from './remembered-progress.js';
import type { RoutinePlayerErrorCode } from './routine-player.events.js';
import * as t from './routine-player.phrases.js';
import { RoutinePlayerAttributes } from './routine-player.attributes.js';
import { routinePlayerStyles } from './routine-player.styles.js';
import { renderError, renderLoading, renderPlayer, type PlayerView } from './routine-player.view.js';
import { exerciseCount, nextExercise, stepCue, text, type Words } from './routine-words.js';

/**
 * Plays a routine: an ordered list of exercises, each with its dose, and the rests between them,
 * for a reader following along on a phone. Shows the current exercise with its timer, what comes
 * next, the progress and the time left, and the whole list to jump in; speaks and beeps if asked,
 * keeps the screen awake, and with `remember` resumes after a reload. After "Start the routine" it
 * plays to the end with no further input (reps paced, holds timed, sides switched, rests counted,
 * a set of "as many as you can" ended after 20 reps); the timer's "Done" ends a set early.
 *
 * @summary A player for a whole routine, with timers and cues.
 *
 * @tagname routine-player
 *
 * @slot - `<routine-step>` children: the routine written in HTML (and its no-JavaScript fallback).
 *
 * @event {{ index: number, exercise: Exercise | null }} routine-player-start - Playing began. `detail`: `{ index, exercise }`.
 * @event {{ index: number, exercise: Exercise | null }} routine-player-step - A new step began (also on next, previous, goTo). `detail`: `{ index, exercise }` (`exercise` is null for a rest).
 * @event {{ index: number, exercise: Exercise | null }} routine-player-pause - Paused. `detail`: `{ index, exercise }`.
 * @event {{ index: number, exercise: Exercise | null }} routine-player-resume - Resumed. `detail`: `{ index, exercise }`.
 * @event {{ items: number, elapsedMs: number }} routine-player-complete - The routine is done. `detail`: `{ items, elapsedMs }`.
 * @event {{ code: 'missing-routine' | 'not-found' | 'unknown-exercise' | 'empty' | 'invalid' | 'network' | 'http' | 'json', message: string }} routine-player-error - The routine cannot be played. `detail`: `{ code, message }`.
 *
 * @csspart base - The player.
 * @csspart header - Routine name, progress and time left.
 * @csspart title - The routine name.
 * @csspart progress - The progress bar.
 * @csspart progress-text - Which exercise of how many, the round, and the time left.
 * @csspart intro - Before it starts: the summary, suggestions, cautions, list of exercises and start buttons.
 * @csspart preview - Before it starts: the list of exercises with their doses.
 * @csspart frequency - Before it starts: how often to do the routine (worded as a suggestion where the source gives none).
 * @csspart suggested-rest - Before it starts: the rest between exercises, where it is ours and not the source's.
 * @csspart start - Before it starts: "Start the routine", or "Resume" and "Start over".
 * @csspart start-button - "Start the routine", or "Resume" where a reader left off.
 * @csspart start-over-button - "Start over", beside "Resume".
 * @csspart how - The current exercise's steps, behind a disclosure.
 * @csspart current - The current exercise (or rest).
 * @csspart current-label - "Now", or "Rest", above the current exercise's name.
 * @csspart timer - The `<rep-timer>` counting the current step.
 * @csspart next - What comes next.
 * @csspart controls - Previous, play/pause, next, restart, sound, full screen.
 * @csspart play-button - Play or pause, among the controls.
 * @csspart list - The whole list of steps.
 * @csspart item-name - An exercise's name, in the list before it starts and in the list of steps.
 * @csspart item-dose - An exercise's dose, beside its name in either list.
 * @csspart summary - The completion summary.
 * @csspart cautions - The cautions: the routine's source's before it starts, each exercise's own and its source's under its steps.
 * @csspart dose-note - The source's own words about the current exercise's dose where it is vague.
 * @csspart no-voice - The note, with the controls, that the device has no voice for the content's language (cues are sounds only).
 * @csspart error - The message shown when the routine cannot be played, or its timer cannot be fetched (offline).
 */
export class RoutinePlayer extends RoutinePlayerAttributes {
  static override styles = [themeStyles, routinePlayerStyles];
  // Lit's static declarations, not decorators: no decorator helpers on the page.
  static override properties: PropertyDeclarations = { __loaded: { state: true, attribute: false }, __error: { state: true, attribute: false }, __elapsedAtEnd: { state: true, attribute: false } };

  private __loaded?: Extract<LoadedRoutine, { ok: true }>;
  private __error?: { code: RoutinePlayerErrorCode; detail: string };
  private __elapsedAtEnd = 0;

  private readonly __clock = createClock();
  private __session = new RoutineSession(1, this.__clock);
  /** The locale the bundled text was loaded in: a new `lang` loads it again. */
  private __textLang?: string;
  private readonly __load = new LatestLoad();
  /** The timer, cues, wake lock and voice check: fetched as the routine starts. */
  private readonly __readiness = new PlayReadiness(this, () => ({ muted: this.muted, voice: this.voice, lang: this.i18n.lang, locale: this.i18n.intlLocale }), () => this.i18n.locale, () => (this.routine ? ` routine="${this.routine}"` : ''));
  private readonly __scheme = new ColorSchemeController(this, () => this.theme);
  private readonly __headingLevels = new HeadingLevelController(this, 2);
  private readonly __progress = new RememberedProgress(this, () => this.remember);

  /** The current step (rests and rounds included): read it, or set it like `goTo()`. */
  get index(): number {
    return this.__session.index;
  }

  set index(value: number) {
    this.goTo(value);
  }

  constructor() {
    super();
    // Steps written in HTML may change after load: pick the changes up.
    new ChildrenController(this, () => this.__reload());
    // Keys only while focus is inside the player (its own listener: nothing to release).
    this.addEventListener('keydown', (event) => onPlayerKey(event, this.i18n.dir, this.__handlers));
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.preloaded && !this.hasUpdated) {
      this.__usePreloaded(this.preloaded);
      return;
    }
    // On a server (Lit SSR) the player renders its loading state; it reads its steps and data in the browser.
    if (isServer) return;
    if (!this.hasUpdated || ['routine', 'src', 'rounds', 'restBetween', 'leadIn', 'remember', 'label'].some((p) => changed.has(p))) this.__reload();
    else if (this.__loaded && this.__textLang !== textLocale(this.i18n.lang)) this.__relang();
    this.__readiness.controllers?.screenLock.set(this.__session.status === 'playing' && this.wakeLock !== 'off');
  }

  private get __leadInSeconds(): number {
    return leadInSeconds(this.__warn, this.leadIn);
  }

  /** Renders `preloaded` synchronously; outside a page (`isConnected` false) in its own `lang`. */
  private __usePreloaded(preloaded: PreloadedRoutine): void {
    if (this.isConnected !== true) this.i18n.use(this.langAttribute ?? 'en');
    this.__textLang = textLocale(this.i18n.lang);
    this.__loaded = preloaded;
    this.__error = undefined;
    this.__session = new RoutineSession(preloaded.steps.length, this.__clock);
    // In a page (a developer's own server rendering, upgraded) it remembers progress like any other.
    if (this.isConnected === true) this.__progress.open(preloaded.id, preloaded.steps.length, true);
  }

  private readonly __warn = (attribute: string, value: string, reason: string) => this.warnAttribute(attribute, value, reason);

  /** Loads the routine again (attributes or children changed); the latest load wins. */
  private __reload(): void {
    const lang = this.i18n.lang;
    this.__textLang = textLocale(lang);
    const request = { host: this, routine: this.routine, src: this.src, rounds: this.rounds, restBetween: this.restBetween, leadInSeconds: this.__leadInSeconds, lang };
    this.track(this.__load.run(() => loadRoutine(request, this.__warn), (result) => this.__use(result)));
  }

  /** A new `lang`: the same steps and place, the routine's and exercises' text loaded in that language. */
  private __relang(): void {
    const loaded = this.__loaded;
    if (!loaded) return;
    const lang = this.i18n.lang;
    this.__textLang = textLocale(lang);
    this.track(this.__load.run(() => loadRoutineText(loaded, lang), (text) => (this.__loaded = { ...loaded, ...text })));
  }

  private __use(result: LoadedRoutine): void {
    // An id not found may come with data an app registers later (see the card).
    this.lookAgainOnRegistration(result.ok || !['not-found', 'unknown-exercise'].includes(result.code) ? undefined : () => this.__reload());
    if (!result.ok) {
      if (this.__error?.code === result.code && this.__error.detail === result.detail) return;
      this.__loaded = undefined;
      this.__error = { code: result.code, detail: result.detail };
      const where = this.routine ? ` routine="${this.routine}"` : this.src ? ` src="${this.src}"` : '';
      // In the player's language, as it shows it, with the technical detail where it adds one.
      const message = loadErrorMessage(result, t.errorMessage(this.i18n.intlLocale, result.code, result.detail));
      console.error(`<routine-player${where}>: ${message}`);
      this.emit('routine-player-error', { code: result.code, message });
      return;
    }
    const active = this.__session.status === 'playing' || this.__session.status === 'paused';
    this.__loaded = result;
    this.__error = undefined;
    this.__progress.open(result.id, result.steps.length, !active);
    // Changed while playing: keep the place (within the new length).
    if (active) this.__session.resize(result.steps.length);
    else this.__session = new RoutineSession(result.steps.length, this.__clock);
    // The current (or saved) step's exercise in full: ready to start or resume at once.
    this.track(this.__complete(result.steps[this.__session.index]?.exercise, result.steps[this.__progress.saved?.index ?? 0]?.exercise));
  }

  /** Loads in full the exercises `ids` that are only outlined so far (unless the routine or its language changes meanwhile). */
  private async __complete(...ids: (string | undefined)[]): Promise<void> {
    const { __loaded: loaded, __textLang: textLang } = this;
    const found = loaded ? await fullExercises(loaded, ids, this.i18n.lang) : [];
    if (found.length && this.__loaded && this.__loaded.steps === loaded?.steps && this.__textLang === textLang) this.__loaded = withExercises(this.__loaded, found);
  }

  private get __words(): Words {
    return { locale: this.i18n.intlLocale, lang: this.i18n.lang, steps: this.__loaded?.steps ?? [], exercises: this.__loaded?.exercises ?? new Map() };
  }

  private get __timer(): RepTimer | null { return this.renderRoot.querySelector('rep-timer'); }

  private __stepDetail(index = this.__session.index) {
    const exercise = this.__loaded?.exercises.get(this.__loaded.steps[index]?.exercise ?? '');
    return { index, exercise: isFullExercise(exercise) ? exercise : null };
  }

  /** Starts (or resumes) playing; from the summary, starts over. */
  play(): void {
    if (!this.__loaded) return;
    unlockAudio();
    if (!this.__withTimer(() => this.play())) return;
    if (this.__session.status === 'complete') {
      this.restart();
      return;
    }
    // The start button the reader pressed gives way to the player: hand focus to play/pause.
    const hadFocus = this.__session.status === 'idle' && this.matches(':focus-within');
    this.__session.play();
    this.__apply();
    if (hadFocus) void this.updateComplete.then(() => this.matches(':focus-within') || this.renderRoot.querySelector<HTMLElement>('.play')?.focus());
  }

  /** Pauses, keeping the place (and, with `remember`, saving it). */
  pause(): void {
    this.__session.pause();
    this.__apply();
  }

  /** The next step (rests included). */
  next(): void {
    this.goTo(this.__session.index + 1);
  }

  /** The previous step (rests included). */
  previous(): void {
    this.goTo(this.__session.index - 1);
  }

  /** Back to the first step, and plays. */
  restart(): void {
    this.__session.restart();
    this.__progress.forget();
    this.play();
  }

  /** Jumps to step `index` (rests and rounds included); keeps playing or paused as it was. */
  goTo(index: number): void {
    if (!this.__loaded) return;
    this.__session.goTo(index);
    this.__apply();
  }

  /** Acts on what the session says happened: the timer, progress, events and cues. */
  private __apply(): void {
    for (const event of this.__session.takeEvents()) {
      switch (event.type) {
        case 'start':
          this.emit('routine-player-start', this.__stepDetail(event.index));
          break;
        case 'step':
          this.track(this.__enter(event.index, event.run));
          break;
        case 'pause':
          this.__timer?.pause();
          this.__save();
          this.emit('routine-player-pause', this.__stepDetail(event.index));
          break;
        case 'resume': {
          const timer = this.__timer;
          if (timer?.phase === 'idle' || timer?.phase === 'complete') timer.start();
          else timer?.resume();
          this.emit('routine-player-resume', this.__stepDetail(event.index));
          break;
        }
        case 'complete':
          this.__finish(event.elapsedMs);
          break;
      }
    }
    this.requestUpdate();
  }

  /** Whether the timer is there to play with; if not, fetches it and then runs `then` (unless offline). */
  private __withTimer(then: () => void): boolean {
    if (this.__readiness.ready) return true;
    this.track(this.__readiness.load().then((ready) => ready && then()));
    return false;
  }

  private async __enter(index: number, run: boolean): Promise<void> {
    this.__save();
    // This step's exercise in full (already there unless jumped to), and the next one's ahead of time.
    await this.__complete(this.__loaded?.steps[index]?.exercise);
    this.track(this.__complete(nextExercise(this.__words, index)?.exercise));
    this.requestUpdate();
    await this.renderComplete();
    const timer = this.__timer;
    await timer?.updateComplete;
    this.emit('routine-player-step', this.__stepDetail(index));
    // The introduction first: the timer's own cues come after its get-ready countdown.
    const cue = stepCue(this.__words, index);
    if (cue) this.__readiness.controllers?.cues.play(cue);
    if (run) timer?.start();
  }

  private __finish(elapsedMs: number): void {
    this.__elapsedAtEnd = elapsedMs;
    this.__progress.forget();
    this.emit('routine-player-complete', { items: exerciseCount(this.__words), elapsedMs });
    this.__readiness.controllers?.cues.play({ text: t.complete(this.i18n.intlLocale) });
    const hadFocus = this.matches(':focus-within');
    void this.updateComplete.then(() => {
      if (hadFocus) this.renderRoot.querySelector<HTMLElement>('[part="summary"] [tabindex="-1"]')?.focus();
    });
  }

  private __save(): void {
    const status = this.__session.status;
    if (status !== 'idle' && status !== 'complete') this.__progress.write(this.__session.index, this.__session.elapsed());
  }

  private readonly __onResume = () => {
    unlockAudio();
    if (!this.__withTimer(this.__onResume)) return;
    const saved = this.__progress.take();
    if (!saved) return;
    this.__session.resumeAt(saved.index, saved.elapsedMs);
    this.__apply();
  };

  private readonly __onStartOver = () => {
    this.__progress.forget();
    this.__session.restart();
    this.play();
  };

  /** The timer reports a change: its reflected `phase` and `paused` say what it is now. */
  private readonly __onTimer = (event: Event) => {
    const timer = event.currentTarget as RepTimer;
    if (timer.getAttribute('phase') === 'complete') {
      // The step is the player's business: its timer's completion stays inside.
      event.stopPropagation();
      this.__session.advance(); // only while playing, as pause()
    } else if (timer.hasAttribute('paused')) this.__session.pause();
    else if (this.__session.status === 'paused') this.__session.play();
    this.__apply();
  };

  private readonly __handlers = {
    toggle: () => (this.__session.status === 'playing' ? this.pause() : this.play()),
    next: () => this.next(),
    previous: () => this.previous(),
    restart: () => this.restart(),
    sound: () => {
      this.muted = !this.muted;
      if (this.muted) this.__readiness.controllers?.cues.silence();
    },
    fullscreen: () => toggleFullscreen(this),
    resume: this.__onResume,
    startOver: this.__onStartOver,
    goTo: (index: number) => this.goTo(index),
    timer: this.__onTimer,
  };

  protected override updated(): void {
    if (this.__loaded || this.__error) this.releasePrerendered();
    // Through the CSSOM, not a style attribute: pages with a strict style-src allow this.
    const bar = this.renderRoot.querySelector<HTMLElement>('.bar span');
    if (bar) bar.style.inlineSize = `${Number(bar.dataset.fraction) * 100}%`;
  }

  override render() {
    const frame = { classes: `base panel player ${this.__scheme.classes}`, lang: this.i18n.lang, dir: this.i18n.dir };
    const loaded = this.__loaded;
    // A prerendered rendering stays on screen until the player can replace it with the same (or, after an error, for good).
    if (!loaded && !this.__error && this.showsPrerendered) return nothing;
    if (this.__error) return renderError(frame, t.errorMessage(this.i18n.intlLocale, this.__error.code, this.__error.detail));
    if (!loaded) return renderLoading(frame);
    const view: PlayerView = {
      ...this.__words,
      status: this.__session.status,
      index: this.__session.index,
      name: text(this.__words, loaded.routine?.name ?? this.label ?? '') || t.untitled(this.i18n.intlLocale),
      routine: loaded.routine,
      scope: loaded.scope,
      saved: this.__progress.saved,
      elapsedAtEnd: this.__elapsedAtEnd,
      headingLevel: this.__headingLevels.level(this.headingLevel),
      leadInSeconds: this.__leadInSeconds,
      ownRest: loaded.ownRest,
      theme: this.theme,
      muted: this.muted,
      voice: this.voice,
      noVoice: this.__readiness.controllers?.voices.missing ?? false,
      timerUnavailable: this.__readiness.unavailable,
      on: this.__handlers,
    };
    return renderPlayer(frame, view, this.__readiness.controllers?.cues.announcement ?? '');
  }
}
