import { LitElement, isServer, type PropertyValues, type PropertyDeclarations } from 'lit';
import { pageRegistry } from '../data/page-registry.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { ElementEvent, type ElementEventDetails } from './element-event.js';

/**
 * The base of every element: follows the element's own language (see LocaleController; every
 * phrase is looked up in `this.i18n.intlLocale`), waits for that language's strings before its
 * first render, and emits typed events.
 */
export class ExerciseElement extends LitElement {
  // Lit's static declarations, not decorators: no decorator helpers on the page.
  static override properties: PropertyDeclarations = {
    langAttribute: { attribute: 'lang' },
  };

  /**
   * Mirrors the `lang` attribute so that changing it re-renders the element (the native `lang`
   * property keeps working; the language is inherited from the closest `[lang]` when absent).
   */
  protected langAttribute: string | null = null;

  protected readonly i18n = new LocaleController(this);

  /** Shows the light-DOM fallback until the first render, which waits for the language's strings. */
  private fallbackSlot?: HTMLSlotElement;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // An empty shadow root hides the children: without this slot the fallback text would vanish
    // while a language loads, and the page would collapse and shift. A declarative shadow root
    // (already rendered) is left alone.
    if (!isServer && root instanceof ShadowRoot && ![...root.children].some((child) => child.localName !== 'style')) {
      this.fallbackSlot = document.createElement('slot');
      root.append(this.fallbackSlot);
    }
    return root;
  }

  protected override update(changed: PropertyValues): void {
    this.fallbackSlot?.remove();
    this.fallbackSlot = undefined;
    super.update(changed);
  }

  protected override async scheduleUpdate(): Promise<void> {
    await this.i18n.ready;
    super.scheduleUpdate();
  }

  /** The element's data loading, if any: `updateComplete` waits for it (and the render after it). */
  protected loading: Promise<void> = Promise.resolve();

  /** Makes `updateComplete` cover `work` (loading data, a lazily imported module) as well. */
  protected track(work: Promise<unknown>): void {
    this.loading = Promise.all([this.loading, work]).then(() => undefined);
  }

  /** Settles after the pending render only (work that `track`s itself must wait on this, not `updateComplete`). */
  protected renderComplete(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // Loading may start again while it settles (an attribute changed): wait for the latest.
    for (let seen: Promise<void> | undefined; seen !== this.loading; ) {
      seen = this.loading;
      await seen;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** What to do when a dataset is registered, while connected (see `lookAgainOnRegistration`). */
  private lookAgain?: () => void;

  /**
   * The element did not find an id: it calls `lookAgain` after each later `registerDataset` (from
   * any copy of the library) while it is connected, so that an app may register its data after the
   * element has appeared. `undefined` stops it (the element found what it shows).
   */
  protected lookAgainOnRegistration(lookAgain: (() => void) | undefined): void {
    if (this.lookAgain) pageRegistry.changes.removeEventListener('registered', this.lookAgain);
    this.lookAgain = lookAgain;
    if (lookAgain && this.isConnected) pageRegistry.changes.addEventListener('registered', lookAgain);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.lookAgain) pageRegistry.changes.addEventListener('registered', this.lookAgain);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.lookAgain) pageRegistry.changes.removeEventListener('registered', this.lookAgain);
  }

  private readonly warnedAttributes = new Set<string>();

  /** Warns once per attribute value that the element ignores it, and why. */
  protected warnAttribute(attribute: string, value: string, reason: string): void {
    const key = `${attribute}=${value}`;
    if (this.warnedAttributes.has(key)) return;
    this.warnedAttributes.add(key);
    console.warn(`<${this.localName}>: ignored ${attribute}="${value}": ${reason}`);
  }

  /** Dispatches the event `type` (bubbling and composed) with its `detail`, and returns it. */
  protected emit<K extends keyof ElementEventDetails>(type: K, detail: ElementEventDetails[K]): ElementEvent<ElementEventDetails[K]> {
    // `type` and `detail` are tied by this signature; TypeScript cannot follow a generic name through EventNameOf.
    const event = new ElementEvent<ElementEventDetails[K]>(type as never, detail);
    this.dispatchEvent(event);
    return event;
  }
}
