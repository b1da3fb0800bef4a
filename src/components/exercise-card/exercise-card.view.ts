/** Parts of the card's template that depend only on what they show: pure functions of the data and the locale. */
import { html, isServer, nothing } from 'lit';
import type { Exercise, Media, Source } from '../../data/types.js';
import { formatList } from '../../i18n/format.js';
import { safeUrl } from '../../internal/safe-url.js';
import { headings, source } from './exercise-card.phrases.js';
import type { CardText } from './exercise-card.sections.js';

/** Equipment and the main muscles, as a description list. */
export function facts(exercise: Exercise, { locale, word }: CardText) {
  const muscles = exercise.muscles?.primary ?? [];
  return html`<dl part="equipment" class="facts">
    <div>
      <dt>${headings.equipment(locale)}</dt>
      <dd>${exercise.equipment.length ? formatList(exercise.equipment.map((e) => word(`equipment.${e}`)), locale) : headings.noEquipment(locale)}</dd>
    </div>
    ${muscles.length ? html`<div><dt>${headings.muscles(locale)}</dt><dd>${formatList(muscles.map((m) => word(`muscle.${m}`)), locale)}</dd></div>` : nothing}
  </dl>`;
}

/** A picture or video from the data; one whose URL is not http(s) or relative is left out. */
export function mediaItem(media: Media, alt: string) {
  const src = safeUrl(media.src);
  if (!src) return nothing;
  return media.type === 'video'
    ? html`<video src=${src} poster=${safeUrl(media.poster) ?? nothing} controls preload="none" aria-label=${alt} width=${media.width ?? nothing} height=${media.height ?? nothing}></video>`
    : html`<img src=${src} alt=${alt} loading="lazy" decoding="async" width=${media.width ?? nothing} height=${media.height ?? nothing} />`;
}

/** "Source: <title>, <publisher>" in the card's language; the title links where its URL is safe. */
export function sourceCredit(credit: Source | undefined, locale: string) {
  if (!credit) return nothing;
  const href = safeUrl(credit.url);
  const title = href ? html`<a href=${href} rel="noopener">${credit.title}</a>` : html`<cite>${credit.title}</cite>`;
  // The translated sentence decides where the credit goes; the title keeps its link. The credit is
  // in the article's own language: <bdi> keeps "17 Exercises…" in order inside Arabic text.
  const [before = '', after = ''] = source(locale, '\u0000').split('\u0000');
  return html`<footer part="source" class="source">${before}<bdi>${title}${credit.publisher ? `, ${credit.publisher}` : ''}</bdi>${after}</footer>`;
}

/** Whether the author gave the card a no-JavaScript fallback (children that are not slotted elsewhere). */
export function hasFallback(card: Element): boolean {
  // A server sees no children: let the author's fallback (if any) show instead of "Loading".
  if (isServer) return true;
  return [...card.childNodes].some((node) =>
    node instanceof Element ? !node.hasAttribute('slot') && node.localName !== 'script' : (node.textContent ?? '').trim() !== '',
  );
}
