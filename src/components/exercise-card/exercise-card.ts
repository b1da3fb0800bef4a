import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { withSourceCautions } from '../../data/cautions.js';
import { pickText, type LocalizedString } from '../../data/localized-text.js';
import { textLocale } from '../../data/bundled-text.js';
import { getSource } from '../../data/store.js';
import type { Dataset, Dose, Exercise, LocalizedText } from '../../data/types.js';
import { mergeDose } from '../../engine/parse-dose.js';
import { directionOf } from '../../i18n/resolve-locale.js';
import { loadVocabulary, vocabularyWord } from '../../i18n/vocabulary-words.js';
import { ExerciseElement } from '../../internal/exercise-element.js';
import { HeadingLevelController } from '../../internal/heading-level.js';
import { ColorSchemeController } from '../../internal/color-scheme.js';
import { DoseAttributes } from '../../internal/dose-attributes.js';
import { LatestLoad } from '../../internal/latest-load.js';
import { loadTimerFor, timerNotice, warmTimer } from '../../internal/load-timer.js';
import { PrerenderedRoot } from '../../internal/prerendered-root.js';
import { themeStyles } from '../../internal/theme.styles.js';
import type { ExerciseCardErrorCode } from './exercise-card.events.js';
import { backTo, closeTimer, errorMessage, loading, showSteps, startTimer } from './exercise-card.phrases.js';
import { exerciseCardStateStyles } from './exercise-card.states.styles.js';
import { exerciseCardStyles } from './exercise-card.styles.js';
import { doseSection, stepList, stepsSection, textList, variationList, type CardText } from './exercise-card.sections.js';
import { facts, hasFallback, mediaItem, sourceCredit } from './exercise-card.view.js';
import { loadExercise, type LoadedExercise, type PreloadedExercise } from './load-exercise.js';

interface CardError {
  readonly code: ExerciseCardErrorCode;
  readonly detail: string;
  readonly suggestions: readonly string[];
}

/**
 * One exercise from the dataset, complete and readable in any page: name, summary, the dose in
 * words, position, equipment, muscles, steps, tips, cautions, easier and harder variations, media
 * and the source it credits. Children that are not slotted are the author's no-JavaScript
 * fallback: they stay visible until the card has rendered (and after an error).
 *
 * @summary An exercise card for articles, in the reader's language.
 *
 * @tagname exercise-card
 *
 * @slot - The no-JavaScript fallback (name, dose, steps as plain HTML); hidden once the card renders.
 * @slot media - The author's own picture or video, in place of the dataset's media.
 * @slot notes - The author's own words, shown after the steps.
 * @slot disclaimer - A disclaimer shown at the end of the card (e.g. "Check with your physiotherapist").
 *
 * @event {{ exercise: Exercise }} exercise-card-load - The exercise rendered, and again when a new `lang` has loaded its text. `detail`: `{ exercise }` (bundled text in the card's language only).
 * @event {{ code: 'missing-id' | 'not-found' | 'invalid' | 'network' | 'http' | 'json', message: string }} exercise-card-error - It could not. `detail`: `{ code, message }`, code one of `missing-id`, `not-found`, `invalid`, `network`, `http`, `json`.
 *
 * @csspart base - The card.
 * @csspart header - Category, name and summary.
 * @csspart category - The category and position ("Mobility · Sitting") above the name.
 * @csspart back - After following a variation, the button back to the exercise before.
 * @csspart title - The exercise name (a heading of level `heading-level`).
 * @csspart dose - The dose in words (values the source does not state are worded as suggestions).
 * @csspart dose-note - The source's own words about the dose where it is vague ("The article says: hold for a few seconds").
 * @csspart equipment - Equipment, position and muscles.
 * @csspart steps - The steps section (in `compact`, the disclosure).
 * @csspart step - Each step.
 * @csspart tips - The tips section.
 * @csspart cautions - The cautions section: the exercise's own, then those its source states for all its exercises.
 * @csspart variations - Easier and harder variations.
 * @csspart media - The media area.
 * @csspart source - The source credit.
 * @csspart timer - The inline `<rep-timer>`.
 * @csspart timer-button - The button that opens and closes the timer.
 * @csspart error - The message shown when the exercise cannot be shown.
 *
 * @cssprop --ee-accent - Accent colour (dose, step numbers, buttons).
 * @cssprop --ee-on-accent - Text colour on the accent.
 * @cssprop --ee-surface - Card background (default: a light tint of the text colour).
 * @cssprop --ee-border-color - Border colour.
 * @cssprop --ee-radius - Corner radius.
 * @cssprop --ee-spacing - Base spacing.
 * @cssprop --ee-font - Font family (inherits the page's by default).
 * @cssprop --ee-heading-weight - Font weight of the title (default 750).
 * @cssprop --ee-text - Text colour (inherits the page's by default).
 * @cssprop --ee-caution - Colour of the cautions.
 * @cssprop --ee-muted - Colour of secondary text (category, source).
 * @cssprop --ee-surface-raised - Background of raised areas (secondary buttons).
 * @cssprop --ee-focus-color - Colour of the focus ring.
 */
export class ExerciseCard extends PrerenderedRoot(DoseAttributes(ExerciseElement)) {
  static override styles = [themeStyles, exerciseCardStyles, exerciseCardStateStyles];

  // Lit's static declarations, not decorators: no decorator helpers on the page.
  static override properties: PropertyDeclarations = {
    exercise: {}, src: {}, variant: { reflect: true }, timer: { type: Boolean }, structuredData: { type: Boolean, attribute: 'structured-data' },
    headingLevel: { type: Number, attribute: 'heading-level' }, theme: { reflect: true }, preloaded: { attribute: false },
    status: { state: true, attribute: false }, data: { state: true, attribute: false }, error: { state: true, attribute: false }, timerOpen: { state: true, attribute: false }, timerUnavailable: { state: true, attribute: false }, names: { state: true, attribute: false }, history: { state: true, attribute: false },
  };

  /** The exercise id (`wall-angels`). Optional with an inline dataset: its first exercise is shown. */
  exercise?: string;
  /** URL of a dataset JSON file to find the exercise in (fetched once per page). */
  src?: string;
  /** `full` (default) or `compact` (name, dose, and the steps behind a disclosure). */
  variant: 'full' | 'compact' = 'full';
  /** Adds a button that opens an inline `<rep-timer>` set up from the dose. */
  timer = false;
  /** Writes schema.org JSON-LD for search engines into the light DOM. */
  structuredData = false;
  /**
   * Level of the name's heading (1-6); section headings are one level below. By default one level
   * below the nearest heading before the card in the page (after an `<h1>`, 2), else 2.
   */
  headingLevel?: number;
  /** `light`, `dark`, or `auto` (default: match the page). */
  theme: 'auto' | 'light' | 'dark' = 'auto';
  /**
   * The exercise already loaded (with its variations' names, from `preloadExercise` of
   * `exercise-elements/snippet.js`): the first rendering shows it at once, without loading. This is
   * how a server or the embed builder renders the finished card; attributes still set the dose.
   */
  preloaded?: PreloadedExercise;

  private status: 'loading' | 'ready' | 'error' = 'loading';
  private data?: Exercise;
  private error?: CardError;
  private timerOpen = false;
  /** The timer's code could not be fetched when asked for (offline): the card says so. */
  private timerUnavailable = false;
  private names = new Map<string, LocalizedText>();
  private history: string[] = [];

  private scope?: Dataset;
  private readonly loads = new LatestLoad();
  private focusTitle = false;
  /** The timer just opened: start it once rendered. */
  private startOpenedTimer = false;
  /** The locale the bundled text was loaded in: a new `lang` loads it again. */
  private textLang?: string;
  private readonly scheme = new ColorSchemeController(this, () => this.theme);
  private readonly headingLevels = new HeadingLevelController(this, 2);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.preloaded && !this.hasUpdated) {
      this.usePreloaded(this.preloaded);
      return;
    }
    // On a server (Lit SSR) the card renders its loading state around the author's fallback; it loads in the browser.
    if (isServer) return;
    // A new `lang` alone loads the bundled text again in that language, keeping the card as it is meanwhile.
    const relang = this.hasUpdated && !changed.has('exercise') && !changed.has('src');
    if (relang && !(this.status === 'ready' && this.textLang !== textLocale(this.i18n.lang))) return;
    this.textLang = textLocale(this.i18n.lang);
    if (!relang) {
      this.status = 'loading';
      this.timerOpen = false;
      this.timerUnavailable = false;
    }
    this.lookUp();
  }

  /** Loads the exercise (the latest load wins) and shows it, or why it cannot. */
  private lookUp(): void {
    this.track(this.loads.run(() => loadExercise(this, this.exercise, this.src, this.i18n.lang), (result) => this.use(result)));
  }

  protected override updated(): void {
    if (this.status === 'ready') this.releasePrerendered();
    if (this.status === 'ready' && this.focusTitle) {
      this.focusTitle = false;
      this.renderRoot.querySelector<HTMLElement>('[part="title"]')?.focus();
    }
    if (this.startOpenedTimer) {
      this.startOpenedTimer = false;
      const timer = this.renderRoot.querySelector<HTMLElement & { start(): void; updateComplete: Promise<boolean> }>('rep-timer');
      // Once the timer has read its dose: starting it earlier would count an empty plan.
      if (timer) this.track(timer.updateComplete.then(() => timer.start()));
    }
    this.track(this.writeStructuredData());
  }

  /** Renders `preloaded` synchronously; outside a page (`isConnected` false) in its own `lang`. */
  private usePreloaded(preloaded: PreloadedExercise): void {
    if (this.isConnected !== true) this.i18n.use(this.langAttribute ?? 'en');
    this.textLang = textLocale(this.i18n.lang);
    this.showExercise(preloaded);
    if (this.isConnected !== true) return;
    // In a page (a developer's own server rendering, upgraded) it is loaded like any other, with
    // the vocabulary words it shows where it was not made by `preloadExercise` in this page.
    this.emit('exercise-card-load', { exercise: preloaded.exercise });
    this.track(loadVocabulary(preloaded.exercise, this.i18n.lang).then(() => this.requestUpdate(), () => undefined));
  }

  private use(result: LoadedExercise): void {
    if (!result.ok) {
      this.fail(result.code, result.message, result.suggestions);
      return;
    }
    this.showExercise(result);
    this.emit('exercise-card-load', { exercise: result.exercise });
  }

  /** Shows an exercise, loaded or preloaded, with its variations' names. */
  private showExercise({ exercise, scope, names }: PreloadedExercise): void {
    this.lookAgainOnRegistration(undefined);
    this.scope = scope;
    this.data = exercise;
    this.names = new Map(names);
    this.error = undefined;
    this.status = 'ready';
  }

  private fail(code: ExerciseCardErrorCode, message: string, suggestions: readonly string[] = []): void {
    // Looked again after a registration, in vain: it already says so.
    if (this.status === 'error' && this.error?.code === code && this.error.detail === message) return;
    // An id not found may come with data an app registers later.
    this.lookAgainOnRegistration(code === 'not-found' ? () => this.lookUp() : undefined);
    this.status = 'error';
    this.data = undefined;
    this.error = { code, detail: message, suggestions };
    const where = this.exercise ? ` exercise="${this.exercise}"` : this.src ? ` src="${this.src}"` : '';
    // In the card's language, as it shows it, with the technical detail (path, URL) where it adds one.
    const said = errorMessage(this.i18n.intlLocale, code, this.exercise ?? '', message, suggestions);
    const text = said.includes(message) ? said : `${said} (${message})`;
    console.error(`<exercise-card${where}>: ${text}`);
    this.emit('exercise-card-error', { code, message: text });
  }

  private get dose(): Dose {
    return mergeDose(this.data?.dose, this.attributeDose());
  }

  private text(value: LocalizedText | undefined): LocalizedString | undefined {
    return value ? pickText(value, this.i18n.lang) : undefined;
  }

  /** Dataset text, marked with its own `lang` where it fell back to another language. */
  private show(value: LocalizedString | undefined) {
    if (!value) return nothing;
    const language = (tag: string) => tag.split('-')[0]?.toLowerCase();
    return language(value.lang) === language(this.i18n.lang)
      ? value.text
      : html`<span lang=${value.lang} dir=${directionOf(value.lang)}>${value.text}</span>`;
  }

  /** The title's heading level; sections are one below. */
  private get level(): number {
    return this.headingLevels.level(this.headingLevel);
  }

  /** A vocabulary word (`equipment.wall`) in the card's language. */
  private word(id: string): string {
    return this.data ? vocabularyWord(this.i18n.intlLocale, this.data, id) : id;
  }

  /** What the text sections need, for one render. */
  private get sections(): CardText {
    return { locale: this.i18n.intlLocale, sectionLevel: Math.min(6, this.level + 1), show: (value) => this.show(this.text(value)), word: (id) => this.word(id) };
  }

  private readonly onVariation = (id: string) => this.showVariation(id);

  private showVariation(id: string): void {
    if (this.data) this.history = [...this.history, this.data.id];
    this.focusTitle = true;
    this.exercise = id;
  }

  private back(): void {
    const previous = this.history.at(-1);
    if (!previous) return;
    this.history = this.history.slice(0, -1);
    this.focusTitle = true;
    this.exercise = previous;
  }

  private readonly onTimerButton = () => this.track(this.toggleTimer());
  private readonly warmTimer = () => warmTimer(this.i18n.locale);

  private async toggleTimer(): Promise<void> {
    if (this.timerOpen) {
      this.timerOpen = false;
      return;
    }
    // Offline since the page loaded: the card says so where the timer would be.
    this.timerUnavailable = !(await loadTimerFor(`exercise-card exercise="${this.exercise ?? ''}"`, this.i18n.locale, this.i18n.intlLocale));
    if (this.timerUnavailable) return;
    this.timerOpen = true;
    this.startOpenedTimer = true;
  }

  private async writeStructuredData(): Promise<void> {
    const data = this.status === 'ready' && this.structuredData ? this.data : undefined;
    if (!data) {
      this.querySelector(':scope > script[type="application/ld+json"][data-exercise-card]')?.remove();
      return;
    }
    const equipment = data.equipment.map((e) => this.word(`equipment.${e}`));
    const { writeStructuredData } = await import('./structured-data-writer.js');
    writeStructuredData(this, data, this.dose, this.i18n.lang, equipment);
  }

  override render() {
    // A prerendered rendering stays on screen until the card can replace it with the same (or, after an error, for good).
    if (this.status !== 'ready' && this.showsPrerendered) return nothing;
    const dark = this.scheme.classes;
    if (this.status === 'loading') {
      const fallback = hasFallback(this);
      return html`<div part="base" class="base loading ${dark} ${fallback ? 'with-fallback' : ''}" aria-busy="true">
        <slot></slot>
        ${fallback ? nothing : html`<p class="placeholder">${loading(this.i18n.intlLocale)}</p>`}
      </div>`;
    }
    if (this.status === 'error' || !this.data) {
      const error = this.error ?? { code: 'not-found' as const, detail: '', suggestions: [] };
      return html`<div part="base" class="base failed ${dark}" lang=${this.i18n.lang} dir=${this.i18n.dir}>
        <p part="error" class="error" role="alert">${errorMessage(this.i18n.intlLocale, error.code, this.exercise ?? '', error.detail, error.suggestions)}</p>
        <slot></slot>
      </div>`;
    }
    return this.variant === 'compact' ? this.renderCompact(dark) : this.renderFull(dark);
  }

  private renderHeader(exercise: Exercise) {
    const locale = this.i18n.intlLocale;
    const eyebrow = [this.word(`category.${exercise.category}`), exercise.position ? this.word(`position.${exercise.position}`) : ''].filter(Boolean).join(' · ');
    const previous = this.history.at(-1);
    const back = previous ? this.text(this.names.get(previous) ?? { en: previous })?.text ?? previous : undefined;
    return html`<header part="header" class="header">
      ${back ? html`<button part="back" class="back link" @click=${this.back}>${backTo(locale, back)}</button>` : nothing}
      <p part="category" class="eyebrow">${eyebrow}</p>
      <div role="heading" aria-level=${this.level} part="title" class="h0" tabindex="-1">${this.show(this.text(exercise.name))}</div>
      ${exercise.summary && this.variant !== 'compact' ? html`<p class="summary">${this.show(this.text(exercise.summary))}</p>` : nothing}
    </header>`;
  }

  private renderTimer() {
    if (!this.timer) return nothing;
    const dose = this.dose;
    return html`<div class="timer-area">
      <button part="timer-button" class="timer-button ${this.timerOpen ? '' : 'primary'}" aria-expanded=${this.timerOpen ? 'true' : 'false'} @click=${this.onTimerButton}
        @pointerenter=${this.warmTimer} @focus=${this.warmTimer}>
        ${this.timerOpen ? closeTimer(this.i18n.intlLocale) : startTimer(this.i18n.intlLocale)}
      </button>
      ${this.timerOpen
        ? html`<rep-timer part="timer" .dose=${dose} label=${this.text(this.data?.name)?.text ?? ''} theme=${this.theme} lang=${this.i18n.lang}></rep-timer>`
        : this.timerUnavailable
          ? timerNotice(this.i18n.intlLocale)
          : nothing}
    </div>`;
  }

  private renderMedia(exercise: Exercise) {
    const media = exercise.media ?? [];
    // A server's element has no children to look at (nor querySelector).
    const slotted = typeof this.querySelector === 'function' && this.querySelector(':scope > [slot="media"]') !== null;
    return html`<div part="media" class="media" ?hidden=${!slotted && media.length === 0}>
      <slot name="media" @slotchange=${() => this.requestUpdate()}>${media.map((m) => mediaItem(m, this.text(m.alt)?.text ?? ''))}</slot>
    </div>`;
  }

  /** The exercise's cautions and its source's, which apply to every exercise of that source. */
  private cautions(exercise: Exercise): LocalizedText[] {
    return withSourceCautions(exercise.cautions, exercise.source ? getSource(exercise.source, this.scope, this.i18n.lang) : undefined);
  }

  private renderFull(dark: string) {
    const exercise = this.data as Exercise;
    const cautions = this.cautions(exercise);
    const t = this.sections;
    const source = exercise.source ? getSource(exercise.source, this.scope, this.i18n.lang) : undefined;
    return html`<article part="base" class="base panel card ${dark}" lang=${this.i18n.lang} dir=${this.i18n.dir}>
      ${this.renderHeader(exercise)} ${doseSection(t, this.dose)} ${facts(exercise, t)} ${this.renderMedia(exercise)}
      ${stepsSection(t, exercise.steps)}
      <slot name="notes"></slot>
      ${this.renderTimer()}
      <div class="advice ${exercise.tips?.length && cautions.length ? 'both' : ''}">${textList(t, 'tips', exercise.tips)} ${textList(t, 'cautions', cautions)}</div>
      ${variationList(t, exercise, this.names, this.onVariation)}
      <slot name="disclaimer"></slot>
      ${sourceCredit(source, t.locale)}
    </article>`;
  }

  private renderCompact(dark: string) {
    const exercise = this.data as Exercise;
    const t = this.sections;
    return html`<article part="base" class="base panel card compact ${dark}" lang=${this.i18n.lang} dir=${this.i18n.dir}>
      ${this.renderHeader(exercise)} ${doseSection(t, this.dose)}
      <details part="steps" class="steps-section">
        <summary>${showSteps(t.locale)}</summary>
        ${stepList(t, exercise.steps)} ${textList(t, 'cautions', this.cautions(exercise))}
      </details>
      ${this.renderTimer()}
      <slot name="disclaimer"></slot>
    </article>`;
  }
}
