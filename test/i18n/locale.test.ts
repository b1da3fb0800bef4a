import { expect } from '@open-wc/testing';
import { directionOf, languageOf, matchLocale } from '../../src/i18n/resolve-locale.js';
import { msg } from '../../src/i18n/msg.js';
import { loadTranslations, registerTranslations } from '../../src/i18n/translations.js';
import { categoryLabel } from '../../src/i18n/vocabulary-labels.js';

describe('locale resolution', () => {
  it('takes the element lang, then the closest [lang], then <html lang>, then en', async () => {
    const el = document.createElement('section');
    el.lang = 'fr';
    el.innerHTML = '<div><span></span></div>';
    document.body.append(el);
    const span = el.querySelector('span')!;
    expect(languageOf(span)).to.equal('fr');
    span.setAttribute('lang', 'de');
    expect(languageOf(span)).to.equal('de');
    const loose = document.createElement('i');
    expect(languageOf(loose)).to.equal(document.documentElement.lang || 'en');
    el.remove();
  });

  it('crosses shadow roots to find the language', async () => {
    const host = document.createElement('div');
    host.lang = 'ar';
    document.body.append(host);
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(languageOf(inner)).to.equal('ar');
    host.remove();
  });

  it('falls back from region to language and from unknown to English', () => {
    expect(matchLocale('pt-BR')).to.equal('pt');
    expect(matchLocale('ES')).to.equal('es');
    expect(matchLocale('ja')).to.equal('en');
  });

  it('knows right-to-left languages', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('ar-EG')).to.equal('rtl');
    expect(directionOf('es')).to.equal('ltr');
  });
});

describe('msg() per element locale', () => {
  it('answers in the locale it is asked for, two locales on one page', () => {
    registerTranslations('xx', { 'category.core': 'Xore' });
    expect(matchLocale('xx-YY')).to.equal('xx');
    expect(categoryLabel('xx', 'core')).to.equal('Xore');
    expect(categoryLabel('xx-YY', 'core')).to.equal('Xore');
    expect(categoryLabel('en', 'core')).to.equal('Core');
    expect(msg('Untranslated', { id: 'test.untranslated' })('xx')).to.equal('Untranslated');
  });

  it('loads a shipped locale lazily and never rejects', async () => {
    expect(categoryLabel('de', 'core')).to.equal('Core');
    await loadTranslations('de');
    await loadTranslations('tlh');
    const german = categoryLabel('de', 'core');
    expect(german).to.be.a('string').and.not.empty;
    expect(german).to.not.equal('Core');
  });
});
