import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, intlLocaleOf, languageOf, matchLocale } from './resolve-locale.js';
import { loadTranslations, stringsOf } from './translations.js';

type Host = ReactiveControllerHost & HTMLElement;

/** One observer for the whole page: any `lang` change re-resolves every connected element. */
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watchLang(controller: LocaleController): void {
  controllers.add(controller);
  if (!observer) {
    observer = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchLang(controller: LocaleController): void {
  controllers.delete(controller);
  if (controllers.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Follows the language an element is in (its `lang`, the closest `[lang]`, `<html lang>`) and
 * makes sure its UI strings are loaded before it renders in that language.
 */
export class LocaleController implements ReactiveController {
  /** The content language as the page states it (`pt-BR`): dataset text is looked up with it. */
  lang = 'en';
  /** The UI locale the strings are in (`pt`). */
  locale = 'en';
  /** The locale numbers, dates and lists are formatted in: `lang` when it is a variant of `locale` (`ar-EG`), else `locale`. */
  intlLocale = 'en';
  /** Writing direction of `lang`. */
  dir: 'ltr' | 'rtl' = 'ltr';
  /** Settles when the strings of `locale` are loaded. */
  ready: Promise<void> = Promise.resolve();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this);
    this.refresh();
  }

  hostDisconnected(): void {
    unwatchLang(this);
  }

  hostUpdate(): void {
    // The host's own `lang` may have changed as a property.
    this.refresh();
  }

  /** Re-resolves the language; asks the host to render again when it changed. */
  refresh(): void {
    const lang = languageOf(this.host);
    if (lang === this.lang && this.locale === matchLocale(lang)) return;
    this.use(lang);
    this.ready = loadTranslations(this.locale, stringsOf(this.host.localName));
    void this.ready.then(() => this.host.requestUpdate());
  }

  /**
   * Takes `lang` as the element's language without looking at the page: for an element rendered
   * outside any page (a server render, the embed builder), whose strings are already loaded.
   */
  use(lang: string): void {
    this.lang = lang;
    this.locale = matchLocale(lang);
    this.dir = directionOf(lang);
    this.intlLocale = intlLocaleOf(lang, this.locale);
  }
}
