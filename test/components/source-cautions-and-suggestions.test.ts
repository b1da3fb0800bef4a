/**
 * What the dataset says about its own honesty reaches the reader: the cautions a source states for
 * all its exercises appear on every card and routine crediting it, dose values the source does
 * not state are worded as suggestions, and the source's own vague words are shown as a note.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/exercise-card.js';
import '../../src/routine-player.js';
import type { ExerciseCard } from '../../src/exercise-card.js';
import type { RoutinePlayer } from '../../src/routine-player.js';
import { registerDataset } from '../../src/index.js';

type Element = ExerciseCard | RoutinePlayer;
const root = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const items = (el: Element, selector: string) => [...root(el).querySelectorAll(`${selector} li`)].map((li) => li.textContent?.trim() ?? '');

/** Waits for the element's loading and rendering (`updateComplete` covers both), then checks it got there. */
async function settled(el: Element, done: () => boolean) {
  await el.updateComplete;
  expect(done(), 'the element got there').to.equal(true);
}

const CAREX_DOCTOR = /severe or worsening upper back pain.*see your doctor/i;
const KAISER_CLEARANCE = /doctor or physical therapist/i;

describe('source cautions, suggested doses and notes', () => {
  before(async () => {
    await registerDataset({
      version: 1,
      sources: [{ id: 'caution-test-source', title: 'A careful article', cautions: [{ en: 'Check with your physiotherapist first.', es: 'Consulta antes a tu fisioterapeuta.' }] }],
      exercises: [
        {
          id: 'caution-test-hold',
          name: { en: 'Careful hold' },
          category: 'stretch',
          equipment: [],
          dose: { sets: 2, holdSeconds: { min: 15, max: 30 }, side: 'each', suggested: ['sets', 'holdSeconds'], note: { en: 'The article says: hold it a while.' } },
          steps: [{ en: 'Hold.' }],
          cautions: [{ en: 'Stop if it hurts.' }],
          source: 'caution-test-source',
        },
      ],
      routines: [
        {
          id: 'caution-test-routine',
          name: { en: 'Careful routine' },
          source: 'caution-test-source',
          restBetweenSeconds: 20,
          frequency: { timesPerWeek: 3 },
          suggested: ['restBetweenSeconds', 'frequency'],
          items: [{ exercise: 'caution-test-hold' }, { exercise: 'caution-test-hold' }],
        },
      ],
    });
  });

  it('shows the source\'s cautions after the exercise\'s own on a card', async () => {
    const el = await fixture<ExerciseCard>(html`<exercise-card exercise="caution-test-hold"></exercise-card>`);
    await settled(el, () => items(el, '[part="cautions"]').length > 0);
    expect(items(el, '[part="cautions"]')).to.deep.equal(['Stop if it hurts.', 'Check with your physiotherapist first.']);
  });

  it('carries the article-wide warnings of Carex and Kaiser to every card crediting them, compact ones too', async () => {
    const superman = await fixture<ExerciseCard>(html`<exercise-card exercise="superman"></exercise-card>`);
    await settled(superman, () => items(superman, '[part="cautions"]').length > 0);
    expect(items(superman, '[part="cautions"]').some((c) => CAREX_DOCTOR.test(c))).to.equal(true);
    expect(items(superman, '[part="cautions"]').some((c) => /stop if your lower back hurts/i.test(c))).to.equal(true);
    const row = await fixture<ExerciseCard>(html`<exercise-card exercise="resisted-row" variant="compact"></exercise-card>`);
    await settled(row, () => items(row, '[part="cautions"]').length > 0);
    expect(items(row, '[part="cautions"]').some((c) => KAISER_CLEARANCE.test(c))).to.equal(true);
    expect(text(row, '[part="source"]')).to.equal('');
  });

  it('words suggested values as suggestions and shows the source\'s note, in English and Spanish', async () => {
    const el = await fixture<ExerciseCard>(html`<exercise-card exercise="caution-test-hold"></exercise-card>`);
    await settled(el, () => text(el, '[part="dose"]') !== '');
    expect(text(el, '[part="dose"]')).to.equal('Dose: Each side. Suggested: 2 sets: Hold 15–30 sec');
    expect(text(el, '[part="dose-note"]')).to.equal('The article says: hold it a while.');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'es');
    await settled(el, () => text(el, '[part="dose"]').includes('Sugerido'));
    expect(text(el, '[part="dose"]')).to.match(/^Pauta: Por cada lado\. Sugerido: 2 series: Mantén 15/);
    // The note has no Spanish yet: it falls back to English and says so with its lang.
    expect(root(el).querySelector('[part="dose-note"] span')?.getAttribute('lang')).to.equal('en');
    expect(items(el, '[part="cautions"]')).to.include('Consulta antes a tu fisioterapeuta.');
  });

  it('marks only the dataset\'s own values: a value set by an attribute is the author\'s', async () => {
    const el = await fixture<ExerciseCard>(html`<exercise-card exercise="plank" reps="3"></exercise-card>`);
    await settled(el, () => text(el, '[part="dose"]') !== '');
    expect(text(el, '[part="dose"]')).to.equal('Dose: 3 reps. Suggested: Hold 15–30 sec');
    const stated = await fixture<ExerciseCard>(html`<exercise-card exercise="band-external-rotation"></exercise-card>`);
    await settled(stated, () => text(stated, '[part="dose"]') !== '');
    expect(text(stated, '[part="dose"]')).to.not.contain('Suggested');
    expect(root(stated).querySelector('[part="dose-note"]')).to.equal(null);
  });

  it('shows a routine\'s source cautions and its suggested rest and frequency before it starts', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="caution-test-routine" lead-in="0" muted></routine-player>`);
    await settled(el, () => root(el).querySelector('[data-status="idle"]') !== null);
    expect(items(el, '[part~="intro"] [part="cautions"]')).to.deep.equal(['Check with your physiotherapist first.']);
    expect(text(el, '[part="suggested-rest"]')).to.equal('Suggested: rest 20 sec between exercises.');
    expect(text(el, '[part="frequency"]')).to.equal('Suggested: Do this 3 times a week.');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'es');
    await settled(el, () => text(el, '[part="suggested-rest"]').startsWith('Sugerido'));
    expect(text(el, '[part="suggested-rest"]')).to.match(/^Sugerido: descansa 20 s(eg)?.* entre ejercicios\.$/);
    // The author's own rest between exercises replaces the suggestion, which is then not said.
    el.setAttribute('rest-between', '45');
    await el.updateComplete;
    expect(root(el).querySelector('[part="suggested-rest"]')).to.equal(null);
    expect(text(el, '[part="frequency"]')).to.match(/^Sugerido/);
  });

  it('shows each exercise\'s cautions and its source\'s, and the dose note, while the routine plays', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="healthy-upper-back" lead-in="0" muted></routine-player>`);
    await settled(el, () => root(el).querySelector('[data-status="idle"]') !== null);
    expect(items(el, '[part~="intro"] [part="cautions"]').some((c) => KAISER_CLEARANCE.test(c))).to.equal(true);
    el.play();
    // Items with the suggested 30 s rest between them: the third exercise is step 4.
    el.goTo(4);
    el.pause();
    await settled(el, () => text(el, '[part="current"]').includes('Shoulder roll'));
    const cautions = items(el, '[part="current"] [part="cautions"]');
    expect(cautions.some((c) => /stop if any part of the circle hurts/i.test(c))).to.equal(true);
    expect(cautions.some((c) => KAISER_CLEARANCE.test(c))).to.equal(true);
    expect(text(el, '[part="current"] [part="dose-note"]')).to.match(/2 to 4 circles or more/);
    root(el).querySelector<HTMLDetailsElement>('[part="current"] details')!.open = true;
    await expect(el).to.be.accessible();
  });
});
