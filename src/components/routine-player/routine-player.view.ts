/** The player's template once its routine is loaded: pure functions of what it shows. */
import { html, nothing } from 'lit';
import { isFullExercise } from '../../data/exercise-outline.js';
import { getSource } from '../../data/store.js';
import type { Dataset, Dose, Routine } from '../../data/types.js';
import { ROUTINE_MAX_REPS, secondsLeft } from '../../engine/routine-plan.js';
import type { SessionStatus } from '../../engine/routine-session.js';
import { formatNumber } from '../../i18n/format.js';
import { formatDose } from '../../i18n/format-dose.js';
import { itemsText } from '../../i18n/plural-items.js';
import { timerNotice } from '../../internal/load-timer.js';
import { safeUrl } from '../../internal/safe-url.js';
import { pauseIcon, playIcon, resetIcon } from '../../internal/icons.js';
import { fullscreenIcon, mutedIcon, nextIcon, previousIcon, soundIcon } from './player-icons.js';
import type { Progress } from './remembered-progress.js';
import { cautionsList, exerciseCautions, routineCautions, suggestedRest } from './routine-advice.js';
import * as t from './routine-player.phrases.js';
import { describe, exerciseCount, exerciseName, exerciseNumber, frequencyText, nextExercise, positionText, text, type Words } from './routine-words.js';

export interface PlayerView extends Words {
  readonly status: SessionStatus;
  readonly index: number;
  readonly name: string;
  readonly routine?: Routine;
  /** The `src` or inline dataset the routine came from. */
  readonly scope?: Dataset;
  readonly saved?: Progress;
  readonly elapsedAtEnd: number;
  /** The level of the routine's heading (the author's, or the automatic one). */
  readonly headingLevel: number;
  readonly leadInSeconds: number;
  /** The author set the rest between exercises (`rest-between`): the routine's suggested one is not said. */
  readonly ownRest: boolean;
  readonly theme: string;
  readonly muted: boolean;
  readonly voice: boolean;
  /** Spoken cues are on but the device has no voice for the content's language: say so once, by the controls. */
  readonly noVoice: boolean;
  /** The timer's code could not be fetched (offline): say so above the step. */
  readonly timerUnavailable: boolean;
  readonly on: {
    readonly toggle: () => void;
    readonly next: () => void;
    readonly previous: () => void;
    readonly restart: () => void;
    readonly sound: () => void;
    readonly fullscreen: () => void;
    readonly resume: () => void;
    readonly startOver: () => void;
    readonly goTo: (index: number) => void;
    readonly timer: (event: Event) => void;
  };
}

const heading = (v: PlayerView, offset: number, content: unknown, part?: string) => {
  const level = Math.min(6, v.headingLevel + offset);
  return html`<div role="heading" aria-level=${level} part=${part ?? nothing} class="h${offset}">${content}</div>`;
};

/** What every state of the player is drawn in: its classes, language and direction. */
export interface PlayerFrame {
  readonly classes: string;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/** While loading: the author's `<routine-step>` children (the no-JavaScript fallback) stay in view. */
export const renderLoading = (f: PlayerFrame) => html`<div part="base" class="${f.classes} loading" aria-busy="true"><slot></slot></div>`;

export const renderError = (f: PlayerFrame, message: string) =>
  html`<div part="base" class=${f.classes} lang=${f.lang} dir=${f.dir}>
    <p part="error" class="error" role="alert">${message}</p>
    <slot></slot>
  </div>`;

/** The loaded player; a group, not a landmark: two players on one page must not make two regions of one name. */
export function renderPlayer(f: PlayerFrame, v: PlayerView, announcement: string) {
  const { status } = v;
  return html`<div part="base" role="group" class=${f.classes} aria-labelledby="title" lang=${f.lang} dir=${f.dir} data-status=${status}>
    ${renderHeader(v)}
    ${v.timerUnavailable ? timerNotice(v.locale) : nothing}
    ${status === 'idle' ? renderIntro(v) : status === 'complete' ? renderSummary(v) : renderStep(v)}
    ${status === 'idle' ? nothing : renderList(v)}
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${announcement}</div>
  </div>`;
}

export function renderHeader(v: PlayerView) {
  const { locale, steps, index, status } = v;
  const count = exerciseCount(v);
  const done = status === 'complete' ? count : steps.slice(0, index).filter((s) => s.kind === 'exercise').length;
  const step = steps[index];
  const rounds = Math.max(...steps.map((s) => s.round));
  const position = status === 'complete' ? t.complete(locale) : positionText(v, index);
  const details = [position];
  if (rounds > 1 && step && status !== 'complete') details.push(t.roundOf(locale, formatNumber(step.round, locale), formatNumber(rounds, locale)));
  if (status !== 'complete') details.push(t.timeLeft(locale, secondsLeft(steps, index)));
  return html`<header part="header" class="header">
    <div id="title">${heading(v, 0, v.name, 'title')}</div>
    <p part="progress-text" class="meta">${details.join(' · ')}</p>
    <div part="progress" class="bar" role="progressbar" aria-label=${t.progressLabel(locale)} aria-valuemin="0" aria-valuemax=${count}
      aria-valuenow=${done} aria-valuetext=${position}>
      <span data-fraction=${done / Math.max(1, count)}></span>
    </div>
  </header>`;
}

export function renderIntro(v: PlayerView) {
  const { locale, saved } = v;
  const savedStep = saved ? v.steps[saved.index] : undefined;
  const source = v.routine?.source ? getSource(v.routine.source, v.scope, v.lang) : undefined;
  const frequency = frequencyText(locale, v.routine);
  const rest = v.ownRest ? '' : suggestedRest(v.routine, locale);
  return html`<div part="intro" class="intro">
    ${v.routine?.summary ? html`<p class="summary">${text(v, v.routine.summary)}</p>` : nothing}
    ${frequency ? html`<p part="frequency" class="frequency">${frequency}</p>` : nothing}
    ${rest ? html`<p part="suggested-rest" class="suggested-rest">${rest}</p>` : nothing}
    ${cautionsList(locale, routineCautions(source), (c) => text(v, c))}
    <ol part="preview" class="preview">
      ${v.steps
        .filter((s) => s.kind === 'exercise' && s.round === 1)
        .map((s) => html`<li><span part="item-name" class="name">${exerciseName(v, s)}</span> <span part="item-dose" class="dose">${formatDose(s.dose, locale)}</span></li>`)}
    </ol>
    <div part="start" class="start">
      ${saved && savedStep
        ? html`<button part="start-button" class="primary big" @click=${v.on.resume}>${playIcon}${t.resumeAt(locale, formatNumber(exerciseNumber(v, saved.index), locale), exerciseName(v, savedStep) || t.restLabel(locale))}</button>
            <button part="start-over-button" @click=${v.on.startOver}>${resetIcon}${t.startOver(locale)}</button>`
        : html`<button part="start-button" class="primary big" @click=${v.on.toggle}>${playIcon}${t.start(locale)}</button>`}
    </div>
    ${source ? html`<p class="source"><bdi><cite>${source.title}</cite>${source.publisher ? `, ${source.publisher}` : ''}</bdi></p>` : nothing}
  </div>`;
}

export function renderStep(v: PlayerView) {
  const { locale, index } = v;
  const step = v.steps[index];
  if (!step) return nothing;
  // Its steps, media and cautions once loaded in full (ahead of time, unless jumped to).
  const found = step.exercise ? v.exercises.get(step.exercise) : undefined;
  const exercise = isFullExercise(found) ? found : undefined;
  const upcoming = nextExercise(v, index);
  const image = exercise?.media?.find((m) => m.type === 'image' && safeUrl(m.src));
  const rest = step.kind === 'rest';
  return html`
    <div part="current" class="current ${rest ? 'resting' : ''}">
      <p part="current-label" class="eyebrow">${rest ? t.restLabel(locale) : t.now(locale)}</p>
      ${rest
        ? html`${heading(v, 1, upcoming ? `${t.nextUp(locale)}: ${exerciseName(v, upcoming)}` : t.restLabel(locale))}
            ${upcoming ? html`<p class="dose">${formatDose(upcoming.dose, locale)}</p>` : nothing}`
        : html`${heading(v, 1, exerciseName(v, step))}<p class="dose">${formatDose(step.dose, locale)}</p>
            ${step.dose?.note ? html`<p part="dose-note" class="dose-note">${text(v, step.dose.note)}</p>` : nothing}`}
      ${image ? html`<img class="media" src=${safeUrl(image.src) ?? nothing} alt=${text(v, image.alt)} width=${image.width ?? nothing} height=${image.height ?? nothing} />` : nothing}
      ${exercise && !rest
        ? html`<details part="how" class="how"><summary>${t.showSteps(locale)}</summary><ol>${exercise.steps.map((s) => html`<li>${text(v, s)}</li>`)}</ol>
            ${cautionsList(locale, exerciseCautions(exercise, exercise.source ? getSource(exercise.source, v.scope, v.lang) : undefined), (c) => text(v, c))}</details>`
        : nothing}
    </div>
    <rep-timer
      part="timer"
      controls="rep"
      wake-lock="off"
      .dose=${step.dose as Dose}
      lead-in=${rest ? '0' : String(v.leadInSeconds)}
      max-reps=${ROUTINE_MAX_REPS}
      theme=${v.theme}
      lang=${v.lang}
      ?muted=${v.muted}
      ?voice=${v.voice}
      @rep-timer-complete=${v.on.timer}
      @rep-timer-pause=${v.on.timer}
      @rep-timer-resume=${v.on.timer}
    ></rep-timer>
    ${upcoming && !rest
      ? html`<p part="next" class="next"><span class="label">${t.nextUp(locale)}</span> ${describe(v, upcoming)}</p>`
      : !upcoming && !rest
        ? html`<p part="next" class="next">${t.lastOne(locale)}</p>`
        : nothing}
    ${renderControls(v)}
  `;
}

function renderControls(v: PlayerView) {
  const { locale, on } = v;
  const playing = v.status === 'playing';
  const canFullscreen = typeof document.fullscreenEnabled === 'boolean' && document.fullscreenEnabled;
  const icon = (label: string, click: () => void, content: unknown, disabled = false) =>
    html`<button class="icon" @click=${click} ?disabled=${disabled} aria-label=${label} title=${label}>${content}</button>`;
  return html`<div part="controls" class="controls" role="group" aria-label=${t.controlsLabel(locale)}>
    ${icon(t.previous(locale), on.previous, previousIcon, v.index === 0)}
    <button part="play-button" class="primary play" @click=${on.toggle}>${playing ? pauseIcon : playIcon}${playing ? t.pause(locale) : t.play(locale)}</button>
    ${icon(t.next(locale), on.next, nextIcon, v.index >= v.steps.length - 1)}
    ${icon(t.restart(locale), on.restart, resetIcon)}
    <button class="icon" @click=${on.sound} aria-pressed=${v.muted ? 'false' : 'true'} aria-label=${t.sound(locale)} title=${t.sound(locale)}>${v.muted ? mutedIcon : soundIcon}</button>
    ${canFullscreen ? icon(t.fullscreen(locale), on.fullscreen, fullscreenIcon) : nothing}
    ${v.noVoice ? html`<p part="no-voice" class="no-voice">${t.noVoice(locale)}</p>` : nothing}
  </div>`;
}

export function renderList(v: PlayerView) {
  const { locale, steps, index } = v;
  let number = 0;
  return html`<details part="list" class="list">
    <summary>${t.allExercises(locale, exerciseCount(v))}</summary>
    <ol>
      ${steps.map((step, i) => {
        if (step.kind !== 'exercise') return nothing;
        number++;
        const here = i === index || (steps[index]?.kind === 'rest' && nextExercise(v, index) === step);
        return html`<li>
          <button class="item" aria-current=${i === index ? 'step' : nothing} data-here=${here ? 'true' : 'false'} @click=${() => v.on.goTo(i)}>
            <span class="n">${formatNumber(number, locale)}</span>
            <span part="item-name" class="name">${exerciseName(v, step)}</span>
            <span part="item-dose" class="dose">${formatDose(step.dose, locale)}</span>
          </button>
        </li>`;
      })}
    </ol>
  </details>`;
}

export function renderSummary(v: PlayerView) {
  const { locale } = v;
  return html`<div part="summary" class="summary-box">
    <div tabindex="-1">${heading(v, 1, t.complete(locale))}</div>
    <p>${t.doneIn(locale, itemsText(exerciseCount(v), locale), t.formatElapsed(locale, v.elapsedAtEnd))}</p>
    <button class="primary big" @click=${v.on.restart}>${resetIcon}${t.again(locale)}</button>
  </div>`;
}
