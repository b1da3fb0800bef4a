import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/exercise-card.js';
import '../../src/routine-player.js';
import type { ExerciseCard } from '../../src/exercise-card.js';
import type { RoutinePlayer } from '../../src/routine-player.js';
import { getExercise, getRoutine, getSource, registerDataset } from '../../src/index.js';
import type { Exercise, LocalizedText, Routine } from '../../src/index.js';
import { fakeVoices } from '../helpers/voices.js';

const LOCALES = ['en', 'es', 'fr', 'de', 'pt', 'ar'] as const;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((n) => clean(n.textContent));

/** Resolves once `done()` holds for the element's shadow DOM, watching its mutations (no polling). */
function until(el: HTMLElement, done: () => boolean): Promise<void> {
  const root = el.shadowRoot as ShadowRoot;
  if (done()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const title = (el: HTMLElement) => clean(el.shadowRoot?.querySelector('[part="title"]')?.textContent);
const shows = (el: HTMLElement, text: string) => until(el, () => title(el) === text);

let wallAngels: Exercise;
let kaiser: Routine;
before(async () => {
  // Without a locale the API gives every language: the expected text of each locale.
  wallAngels = (await getExercise('wall-angels')) as Exercise;
  kaiser = (await getRoutine('healthy-upper-back')) as Routine;
});
const t = (text: LocalizedText | undefined, locale: string) => clean(text?.[locale]);

describe('localized content in the elements', () => {
  afterEach(() => sinon.restore());

  for (const locale of LOCALES) {
    it(`<exercise-card lang="${locale}"> shows the name, steps and cautions in ${locale}`, async () => {
      const el = await fixture<ExerciseCard>(html`<exercise-card exercise="wall-angels" lang=${locale}></exercise-card>`);
      await shows(el, t(wallAngels.name, locale));
      const root = el.shadowRoot as ShadowRoot;
      expect(texts(root, '[part="step"]')).to.deep.equal(wallAngels.steps.map((s) => t(s, locale)));
      const source = getSource('carex-upper-back-pain');
      const cautions = [...(wallAngels.cautions ?? []), ...(source?.cautions ?? [])].map((c) => t(c, locale));
      expect(texts(root, '[part="cautions"] li')).to.deep.equal(cautions);
      // Nothing fell back: no text is marked with another language.
      expect(root.querySelectorAll('[part="base"] [lang]').length).to.equal(0);
      expect(root.querySelector('[part="base"]')?.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
    });

    it(`<routine-player lang="${locale}"> shows the routine, its exercises and cautions in ${locale}`, async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player routine="healthy-upper-back" lang=${locale} lead-in="0" muted></routine-player>`);
      await shows(el, t(kaiser.name, locale));
      const root = el.shadowRoot as ShadowRoot;
      const names = await Promise.all(kaiser.items.map(async (item) => ('exercise' in item ? t((await getExercise(item.exercise))?.name, locale) : '')));
      expect(texts(root, '[part="preview"] [part="item-name"]')).to.deep.equal(names.filter(Boolean));
      expect(texts(root, '[part="cautions"] li')).to.deep.equal((getSource('kaiser-healthy-upper-back')?.cautions ?? []).map((c) => t(c, locale)));
      el.play();
      const first = (await getExercise('rhomboid-stretch')) as Exercise;
      await until(el, () => texts(root, '[part="how"] li').length > 0);
      expect(texts(root, '[part="how"] ol li')).to.deep.equal(first.steps.map((s) => t(s, locale)));
      el.pause();
    });
  }

  it('falls back from a region to its language (pt-BR shows Portuguese, not marked as another language)', async () => {
    const el = await fixture<ExerciseCard>(html`<exercise-card exercise="wall-angels" lang="pt-BR"></exercise-card>`);
    await shows(el, t(wallAngels.name, 'pt'));
    expect(el.shadowRoot?.querySelectorAll('[part="base"] [lang]').length).to.equal(0);
  });

  it('marks text that falls back to English with lang="en" (registered data in fewer languages)', async () => {
    const result = await registerDataset({
      version: 1,
      exercises: [
        {
          id: 'only-some-languages',
          name: { en: 'Half translated', es: 'Medio traducido' },
          category: 'stretch',
          equipment: [],
          steps: [{ en: 'Only in English.' }],
        },
      ],
    });
    expect(result.ok, JSON.stringify(result.issues)).to.equal(true);
    const el = await fixture<ExerciseCard>(html`<exercise-card exercise="only-some-languages" lang="es-MX"></exercise-card>`);
    await shows(el, 'Medio traducido');
    const step = el.shadowRoot?.querySelector('[part="step"] [lang]');
    expect(step?.getAttribute('lang')).to.equal('en');
    expect(clean(step?.textContent)).to.equal('Only in English.');
  });

  it('follows its own lang on a page in another language', async () => {
    // Not fixture(): for a plain <div> it waits for an animation frame, which a background tab may never get.
    const page = Object.assign(document.createElement('div'), { lang: 'de' });
    page.innerHTML = '<exercise-card exercise="wall-angels" lang="fr"></exercise-card><exercise-card exercise="wall-angels"></exercise-card>';
    document.body.append(page);
    const [own, inherited] = [...page.querySelectorAll('exercise-card')] as ExerciseCard[];
    await shows(own as ExerciseCard, t(wallAngels.name, 'fr'));
    await shows(inherited as ExerciseCard, t(wallAngels.name, 'de'));
    page.remove();
  });

  it('loads its text again when lang changes at run time', async () => {
    const card = await fixture<ExerciseCard>(html`<exercise-card exercise="wall-angels" lang="es"></exercise-card>`);
    await shows(card, t(wallAngels.name, 'es'));
    card.setAttribute('lang', 'ar');
    await shows(card, t(wallAngels.name, 'ar'));
    expect(texts(card.shadowRoot as ShadowRoot, '[part="step"]')[0]).to.equal(t(wallAngels.steps[0], 'ar'));
    expect(card.shadowRoot?.querySelector('[part="base"]')?.getAttribute('dir')).to.equal('rtl');

    const player = await fixture<RoutinePlayer>(html`<routine-player routine="healthy-upper-back" lang="de" muted></routine-player>`);
    await shows(player, t(kaiser.name, 'de'));
    player.setAttribute('lang', 'pt');
    await shows(player, t(kaiser.name, 'pt'));
  });
});

describe('spoken cues in the content language', () => {
  afterEach(() => sinon.restore());

  let firstCue: Promise<void>;
  const speaking = () => {
    const spoken: { text: string; lang: string; voice: string | undefined }[] = [];
    let spokeOnce: () => void = () => undefined;
    firstCue = new Promise((resolve) => (spokeOnce = resolve));
    sinon.stub(window.speechSynthesis, 'speak').callsFake((u: SpeechSynthesisUtterance) => {
      spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.lang });
      spokeOnce();
    });
    return spoken;
  };
  const note = (el: HTMLElement) => clean(el.shadowRoot?.querySelector('[part="no-voice"]')?.textContent);

  it('speaks Spanish with a Spanish voice', async () => {
    fakeVoices('en-US', 'es-ES');
    const spoken = speaking();
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="healthy-upper-back" lang="es" voice lead-in="0"></routine-player>`);
    await shows(el, t(kaiser.name, 'es'));
    el.play();
    await firstCue;
    expect(spoken[0]?.voice).to.equal('es-ES');
    expect(spoken[0]?.text).to.contain(t((await getExercise('rhomboid-stretch'))?.name, 'es'));
    expect(note(el)).to.equal('');
    el.pause();
  });

  it('stays silent without a voice for the language, and says so once by the controls', async () => {
    fakeVoices('en-US');
    const spoken = speaking();
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="healthy-upper-back" lang="es" voice lead-in="0"></routine-player>`);
    await shows(el, t(kaiser.name, 'es'));
    const entered = oneEvent(el, 'routine-player-step');
    el.play();
    await entered; // the step's cue is given right after this event
    await until(el, () => note(el) !== '');
    expect(note(el)).to.equal('Este dispositivo no tiene voz para este idioma: los avisos serán solo sonidos.');
    expect(el.shadowRoot?.querySelectorAll('[part="no-voice"]').length).to.equal(1);
    expect(spoken).to.deep.equal([]);
    el.pause();
  });
});
