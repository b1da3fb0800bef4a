/**
 * The card's text sections (dose, steps, tips, cautions, variations), each one template with its
 * heading inline: a page of 200 cards instantiates every nested template 200 times.
 */
import { html, nothing } from 'lit';
import type { Dose, Exercise, LocalizedText } from '../../data/types.js';
import { formatDose } from '../../i18n/format-dose.js';
import { headings } from './exercise-card.phrases.js';

/** What the sections need from the card. */
export interface CardText {
  /** The locale of UI words and numbers (`intlLocale`). */
  readonly locale: string;
  /** The level of section headings: one below the title's. */
  readonly sectionLevel: number;
  /** Dataset text in the card's language, marked with its own `lang` where it fell back. */
  readonly show: (value: LocalizedText | undefined) => unknown;
  /** A vocabulary word (`equipment.wall`) in the card's language. */
  readonly word: (id: string) => string;
}

/** The dose in words, and the source's own words about it where they are vague. */
export function doseSection(t: CardText, dose: Dose) {
  const words = formatDose(dose, t.locale);
  const stated = words ? html`<p part="dose" class="dose"><span class="visually-hidden">${headings.dose(t.locale)}: </span>${words}</p>` : nothing;
  return html`${stated}${dose.note ? html`<p part="dose-note" class="dose-note">${t.show(dose.note)}</p>` : nothing}`;
}

const step = (t: CardText, text: LocalizedText) => html`<li part="step">${t.show(text)}</li>`;

/** The steps as an ordered list. */
export const stepList = (t: CardText, steps: readonly LocalizedText[]) => html`<ol class="steps">${steps.map((s) => step(t, s))}</ol>`;

/** The steps section of a full card: its heading and the list, in one template. */
export const stepsSection = (t: CardText, steps: readonly LocalizedText[]) =>
  html`<div part="steps" class="steps-section">
    <div role="heading" aria-level=${t.sectionLevel} class="h1">${headings.steps(t.locale)}</div>
    <ol class="steps">${steps.map((s) => step(t, s))}</ol>
  </div>`;

/** Tips or cautions under their heading; nothing without any. */
export function textList(t: CardText, kind: 'tips' | 'cautions', items: readonly LocalizedText[] | undefined) {
  if (!items?.length) return nothing;
  return html`<div part=${kind} class=${kind}>
    <div role="heading" aria-level=${t.sectionLevel} class="h1">${headings[kind](t.locale)}</div>
    <ul>${items.map((item) => html`<li>${t.show(item)}</li>`)}</ul>
  </div>`;
}

/** Easier and harder variations, each a button that shows it (`pick(id)`); nothing without any. */
export function variationList(t: CardText, exercise: Exercise, names: ReadonlyMap<string, LocalizedText>, pick: (id: string) => void) {
  const groups = (['easier', 'harder'] as const).filter((k) => exercise.variations?.[k]?.length);
  if (!groups.length) return nothing;
  return html`<div part="variations" class="variations">
    <div role="heading" aria-level=${t.sectionLevel} class="h1">${headings.variations(t.locale)}</div>
    <dl>
      ${groups.map(
        (kind) => html`<div class="variation-group">
          <dt>${headings[kind](t.locale)}</dt>
          ${exercise.variations?.[kind]?.map((id) => html`<dd><button class="link" @click=${() => pick(id)}>${t.show(names.get(id)) || id}</button></dd>`)}
        </div>`,
      )}
    </dl>
  </div>`;
}
