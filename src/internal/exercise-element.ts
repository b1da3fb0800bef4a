import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { inLocale } from '../i18n/msg.js';

/**
 * The base of every element: renders in the element's own language (see LocaleController),
 * waits for that language's strings before its first render, and emits typed events.
 */
export class ExerciseElement extends LitElement {
  /**
   * Mirrors the `lang` attribute so that changing it re-renders the element (the native `lang`
   * property keeps working; the language is inherited from the closest `[lang]` when absent).
   */
  @property({ attribute: 'lang' }) protected langAttribute: string | null = null;

  protected readonly i18n = new LocaleController(this);

  protected override async scheduleUpdate(): Promise<void> {
    await this.i18n.ready;
    super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    inLocale(this.i18n.locale, () => super.update(changed));
  }

  /** Runs `fn` with `msg()` answering in this element's language (for text made outside render). */
  protected withLocale<T>(fn: () => T): T {
    return inLocale(this.i18n.locale, fn);
  }

  private readonly warnedAttributes = new Set<string>();

  /** Warns once per attribute value that the element ignores it, and why. */
  protected warnAttribute(attribute: string, value: string, reason: string): void {
    const key = `${attribute}=${value}`;
    if (this.warnedAttributes.has(key)) return;
    this.warnedAttributes.add(key);
    console.warn(`<${this.localName}>: ignored ${attribute}="${value}": ${reason}`);
  }

  /** Dispatches `event` (bubbling and composed, as created by the caller) and returns it. */
  protected emit<E extends Event>(event: E): E {
    this.dispatchEvent(event);
    return event;
  }
}
