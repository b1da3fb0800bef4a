import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/exercise-card.js';
import type { ExerciseCard } from '../../src/exercise-card.js';
import { getExercise, registerDataset } from '../../src/index.js';
import type { Exercise } from '../../src/index.js';
import { formatDose } from '../../src/i18n/format-dose.js';
import { part, partText as text } from '../helpers/parts.js';
import { fakeTime } from '../helpers/timer.js';

const root = (el: ExerciseCard) => el.shadowRoot!;

/** Renders a card and waits until its exercise loaded (or failed). */
async function card(template: ReturnType<typeof html>): Promise<ExerciseCard> {
  const el = await fixture<ExerciseCard>(template);
  await waitFor(el, () => !root(el).querySelector('[part="base"][aria-busy="true"]'));
  return el;
}

/** Mounts a card with `attributes`, listening for `type` before it can fire; resolves with the event once rendered. */
async function mountFor<K extends 'exercise-card-load' | 'exercise-card-error'>(attributes: Record<string, string>, type: K) {
  const el = document.createElement('exercise-card');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const event = oneEvent(el, type);
  document.body.append(el);
  const fired = await event;
  await el.updateComplete;
  return { el, event: fired };
}

/** Waits for the card to load and render (its updateComplete covers loading), then checks `done`. */
async function waitFor(el: ExerciseCard, done: () => boolean) {
  await el.updateComplete;
  expect(done(), 'after updateComplete').to.equal(true);
}

describe('<exercise-card>', () => {
  afterEach(() => sinon.restore());

  it('renders every section of an exercise from the data', async () => {
    const el = await card(html`<exercise-card exercise="band-pull-apart"></exercise-card>`);
    const exercise = (await getExercise('band-pull-apart')) as Exercise;
    expect(text(el, 'title')).to.equal('Band pull-apart');
    expect(part(el, 'title')?.getAttribute('role')).to.equal('heading');
    expect(part(el, 'title')?.getAttribute('aria-level')).to.equal('2');
    expect(text(el, 'header')).to.contain(exercise.summary?.en);
    expect(text(el, 'header')).to.contain('Strength');
    expect(text(el, 'dose')).to.contain('3 sets of as many reps as you can with good form. Suggested: Rest 40 sec');
    expect(text(el, 'equipment')).to.contain('Resistance band');
    expect(text(el, 'equipment')).to.contain('Rhomboids');
    const steps = root(el).querySelectorAll('ol [part="step"]');
    expect(steps).to.have.length(exercise.steps.length);
    expect(steps[0]?.textContent?.trim()).to.equal(exercise.steps[0]?.en);
    expect(root(el).querySelectorAll('[part="tips"] li')).to.have.length(exercise.tips?.length ?? 0);
    expect(root(el).querySelectorAll('[part="cautions"] li')).to.have.length(exercise.cautions?.length ?? 0);
    await waitFor(el, () => text(el, 'variations').includes('Single-arm'));
    expect(text(el, 'variations')).to.contain('Single-arm band pull-apart');
    expect(text(el, 'source')).to.contain('Upper back exercises to reduce shoulder, neck and back pain');
    expect(text(el, 'source')).to.contain('Coach Sofia');
  });

  it('lets attributes override the dose, field by field', async () => {
    const el = await card(html`<exercise-card exercise="wall-push-up" sets="2" rest="40"></exercise-card>`);
    expect(text(el, 'dose')).to.equal('Dose: 2 sets of 8–12 reps, rest 40 sec');
    el.reps = 'max';
    await elementUpdated(el);
    expect(text(el, 'dose')).to.contain('2 sets of as many reps as you can with good form');
  });

  it('words every dose shape of the bundled dataset', async () => {
    const sample = async (id: string) => formatDose((await getExercise(id))?.dose, 'en');
    expect(await sample('rhomboid-stretch')).to.equal('Hold 15–30 sec, repeat 2–4 times');
    expect(await sample('light-cardio')).to.match(/^5–10 min/);
    expect(await sample('band-external-rotation')).to.equal('3 sets of as many reps as you can with good form, rest 40 sec');
    expect(formatDose({ sets: 2, reps: { min: 8, max: 12 }, restSeconds: 40 }, 'en')).to.equal('2 sets of 8–12 reps, rest 40 sec');
    expect(formatDose({ holdSeconds: 30, side: 'each' }, 'en')).to.equal('Hold 30 sec, each side');
    expect(formatDose({ reps: 'max' }, 'en')).to.equal('As many as you can with good form');
    expect(formatDose({ reps: 1 }, 'en')).to.equal('1 rep');
    expect(formatDose({ reps: 10, tempoSeconds: 3 }, 'en')).to.equal('10 reps, 3 sec per rep');
    expect(formatDose({ durationSeconds: 90, sets: 2 }, 'en')).to.equal('2 sets of 1 min 30 sec');
    expect(formatDose({}, 'en')).to.equal('');
    // A hold of a second or two is a pause inside each rep, as the timer counts it.
    expect(formatDose({ sets: 2, reps: 10, holdSeconds: 1, restSeconds: 40 }, 'en')).to.equal('2 sets of 10 reps, hold 1 sec each time, rest 40 sec');
    expect(formatDose({ sets: 1, reps: { min: 8, max: 12 }, holdSeconds: 1, restSeconds: 40 }, 'en')).to.equal('8–12 reps, hold 1 sec each time');
    // Every bundled exercise gets words for its dose, never "undefined" or "NaN".
    const { exerciseIds } = await import('../../src/index.js');
    for (const id of exerciseIds()) {
      const dose = (await getExercise(id))?.dose;
      const phrase = formatDose(dose, 'en');
      expect(phrase, id).to.be.a('string').and.not.match(/undefined|NaN|null/);
      expect(phrase.length, id).to.be.greaterThan(2);
    }
  });

  it('says which exercise is missing and suggests the closest ids, with one console error', async () => {
    const error = sinon.stub(console, 'error');
    const el = document.createElement('exercise-card');
    el.setAttribute('exercise', 'wall-angel');
    const failed = oneEvent(el, 'exercise-card-error');
    document.body.append(el);
    const event = await failed;
    await elementUpdated(el);
    expect(event.detail.code).to.equal('not-found');
    const message = part(el, 'error');
    expect(message?.getAttribute('role')).to.equal('alert');
    expect(message?.textContent).to.contain('“wall-angel”');
    expect(message?.textContent).to.contain('Did you mean “wall-angels”?');
    expect(error.callCount).to.equal(1);
    expect(String(error.firstCall.args[0])).to.contain('exercise="wall-angel"');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('reports invalid data with the first problem and its JSON path', async () => {
    const error = sinon.stub(console, 'error');
    const { el, event } = await mountFor({ exercise: 'fixture-reach', src: '/test/fixtures/datasets/invalid.json' }, 'exercise-card-error');
    expect(event.detail.code).to.equal('invalid');
    expect(event.detail.message).to.contain('exercises[0].dose.reps');
    expect(text(el, 'error')).to.contain('exercises[0].dose.reps');
    expect(error.callCount).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('reports a missing src file and malformed JSON', async () => {
    sinon.stub(console, 'error');
    const missing = await mountFor({ exercise: 'x', src: '/test/fixtures/datasets/nope.json' }, 'exercise-card-error');
    expect(missing.event.detail.code).to.equal('http');
    const { el: broken, event } = await mountFor({ exercise: 'x', src: '/test/fixtures/datasets/malformed.json' }, 'exercise-card-error');
    expect(event.detail.code).to.equal('json');
    missing.el.remove();
    expect(text(broken, 'error')).to.contain('not valid JSON');
  });

  it('finds its exercise in a src dataset and fires exercise-card-load', async () => {
    const { el, event } = await mountFor({ exercise: 'fixture-reach', src: '/test/fixtures/datasets/good.json' }, 'exercise-card-load');
    expect(event.detail.exercise.id).to.equal('fixture-reach');
    expect(text(el, 'title')).to.equal('Fixture reach');
    expect(text(el, 'source')).to.contain('Fixture article');
  });

  it('reads an inline JSON dataset', async () => {
    const el = await card(html`<exercise-card>
      <script type="application/json">
        { "version": 1, "exercises": [{ "id": "inline-move", "name": { "en": "Inline move" }, "category": "mobility", "equipment": [], "steps": [{ "en": "Move." }] }] }
      </script>
    </exercise-card>`);
    expect(text(el, 'error')).to.equal('');
    expect(text(el, 'title')).to.equal('Inline move');
  });

  it('keeps the no-JavaScript fallback visible until the card has rendered, then hides it', async () => {
    const el = document.createElement('exercise-card') as ExerciseCard;
    el.innerHTML = '<h3>Wall angels</h3><ol><li>Stand at a wall.</li></ol>';
    el.setAttribute('exercise', 'wall-angels');
    const fallback = el.querySelector('h3')!;
    const beforeTheCard: (HTMLSlotElement | null)[] = [];
    el.addController({ hostUpdated: () => void (!part(el, 'title') && beforeTheCard.push(fallback.assignedSlot)) });
    document.body.append(el);
    expect(fallback.assignedSlot, 'shown once connected').to.not.equal(null);
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
    await waitFor(el, () => part(el, 'title') !== null);
    expect(beforeTheCard.every((slot) => slot !== null), 'shown in every rendering before the card').to.equal(true);
    expect(fallback.assignedSlot).to.equal(null);
    expect(fallback.getClientRects().length).to.equal(0);
    el.remove();
  });

  it('shows its exercise and its variations in one rendering', async () => {
    const el = document.createElement('exercise-card') as ExerciseCard;
    el.setAttribute('exercise', 'band-pull-apart');
    const withExercise: string[] = [];
    el.addController({ hostUpdated: () => void (part(el, 'title') && withExercise.push(text(el, 'variations'))) });
    document.body.append(el);
    await el.updateComplete;
    expect(withExercise).to.have.length(1);
    expect(withExercise[0]).to.contain('Single-arm band pull-apart');
    el.remove();
  });

  it('marks text that fell back to another language with its lang', async () => {
    await registerDataset({ version: 1, exercises: [{ id: 'half-translated', name: { en: 'Half', es: 'Medio' }, category: 'core', equipment: [], steps: [{ en: 'Only English.' }] }] });
    const el = await card(html`<exercise-card exercise="half-translated" lang="es-MX"></exercise-card>`);
    expect(text(el, 'title')).to.equal('Medio');
    expect(part(el, 'title')?.querySelector('[lang]')).to.equal(null);
    const step = root(el).querySelector('[part="step"] span');
    expect(step?.getAttribute('lang')).to.equal('en');
  });

  it('re-renders when lang changes', async () => {
    const el = await card(html`<exercise-card exercise="wall-angels"></exercise-card>`);
    expect(root(el).querySelector('[part="base"]')?.getAttribute('lang')).to.equal('en');
    el.setAttribute('lang', 'ar');
    await waitFor(el, () => root(el).querySelector('[part="base"]')?.getAttribute('dir') === 'rtl');
    expect(root(el).querySelector('[part="base"]')?.getAttribute('dir')).to.equal('rtl');
    await el.updateComplete;
    // The Arabic text is bundled: the steps read in Arabic, nothing falls back to English.
    expect(root(el).querySelector('[part="step"] [lang]')).to.equal(null);
  });

  it('speaks the language of its lang: UI strings, dose words and direction', async () => {
    const { templates } = await import('../../src/i18n/generated/locales/es.js');
    const el = await card(html`<exercise-card exercise="wall-push-up" sets="2" lang="es"></exercise-card>`);
    await waitFor(el, () => text(el, 'steps').startsWith(String(templates['card.steps'])));
    expect(text(el, 'steps')).to.contain(String(templates['card.steps']));
    expect(text(el, 'dose')).to.contain('2 series');
    el.setAttribute('lang', 'en');
    await waitFor(el, () => text(el, 'steps').startsWith('How to do it'));
    expect(text(el, 'dose')).to.contain('2 sets of 8–12 reps');
  });

  it('uses the configured heading level', async () => {
    const el = await card(html`<exercise-card exercise="cobra" heading-level="4"></exercise-card>`);
    expect(part(el, 'title')?.getAttribute('aria-level')).to.equal('4');
    expect(part(el, 'steps')?.querySelector('[role="heading"]')?.getAttribute('aria-level')).to.equal('5');
  });

  it('shows a variation and goes back, moving focus to the new title', async () => {
    const el = await card(html`<exercise-card exercise="wall-push-up"></exercise-card>`);
    await waitFor(el, () => text(el, 'variations').includes('Counter push-up'));
    const link = [...root(el).querySelectorAll<HTMLButtonElement>('[part="variations"] button')].find((b) => b.textContent?.includes('Counter push-up'))!;
    link.click();
    await waitFor(el, () => text(el, 'title') === 'Counter push-up');
    await elementUpdated(el);
    expect(root(el).activeElement).to.equal(part(el, 'title'));
    part(el, 'back')!.click();
    await waitFor(el, () => text(el, 'title') === 'Wall push-up');
    expect(text(el, 'title')).to.equal('Wall push-up');
  });

  it('opens an inline timer set up from the dose', async () => {
    const el = await card(html`<exercise-card exercise="rhomboid-stretch" timer></exercise-card>`);
    const button = part(el, 'timer-button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await waitFor(el, () => root(el).querySelector('rep-timer') !== null);
    const timer = root(el).querySelector('rep-timer')!;
    await timer.updateComplete;
    expect(timer.label).to.equal('Upper back (rhomboid) stretch');
    expect(timer.dose).to.deep.include({ holdSeconds: { min: 15, max: 30 } });
    expect(timer.phase).to.equal('lead-in');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    timer.reset();
    await expect(el).to.be.accessible();
  });

  it('runs its inline timer hands-free: 8-12 reps are paced to the end with no input', async () => {
    const el = await card(html`<exercise-card exercise="wall-push-up" timer></exercise-card>`);
    part(el, 'timer-button')!.click();
    await waitFor(el, () => root(el).querySelector('rep-timer') !== null);
    const timer = root(el).querySelector('rep-timer')!;
    await timer.updateComplete;
    const clock = fakeTime();
    try {
      timer.muted = true;
      timer.reset();
      timer.start();
      const complete = oneEvent(timer, 'rep-timer-complete');
      clock.tick(3_000 + 12 * 3_000);
      expect((await complete).detail).to.deep.equal({ sets: 1, reps: 12, elapsedMs: 39_000 });
    } finally {
      clock.restore();
    }
  });

  it('hides the steps of a compact card behind a disclosure the keyboard opens', async () => {
    const el = await card(html`<exercise-card exercise="childs-pose" variant="compact"></exercise-card>`);
    const details = root(el).querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(root(el).querySelector('[part="tips"]')).to.equal(null);
    root(el).querySelector<HTMLElement>('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('writes schema.org JSON-LD into the light DOM when asked', async () => {
    const el = await card(html`<exercise-card exercise="wall-angels" structured-data></exercise-card>`);
    await waitFor(el, () => el.querySelector('script[type="application/ld+json"]') !== null);
    const script = el.querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(script?.textContent ?? '{}');
    expect(data['@type']).to.include('HowTo');
    expect(data.name).to.equal('Wall angels');
    expect(data.step).to.have.length(6);
    expect(data.step[0]).to.include({ '@type': 'HowToStep', position: 1 });
    expect(data.repetitions).to.equal(10);
  });

  it('shows the author\'s slotted media, notes and disclaimer', async () => {
    const el = await card(html`<exercise-card exercise="band-pull-apart">
      <img slot="media" alt="Band pull-apart" src="/test/fixtures/media/band-pull-apart-0.jpg" width="850" height="567" />
      <p slot="notes">My own note.</p>
      <p slot="disclaimer">Ask your physio first.</p>
    </exercise-card>`);
    expect(el.querySelector('img')?.assignedSlot?.name).to.equal('media');
    expect(el.querySelector('[slot="notes"]')?.assignedSlot).to.not.equal(null);
    expect(el.querySelector('[slot="disclaimer"]')?.assignedSlot).to.not.equal(null);
  });

  it('shows dataset images with their alt text', async () => {
    await registerDataset({
      version: 1,
      exercises: [{ id: 'pictured', name: { en: 'Pictured' }, category: 'stretch', equipment: [], steps: [], media: [{ type: 'image', src: '/test/fixtures/media/band-pull-apart-1.jpg', alt: { en: 'Arms wide' }, width: 850, height: 567 }] }],
    });
    const el = await card(html`<exercise-card exercise="pictured"></exercise-card>`);
    const img = root(el).querySelector('img');
    expect(img?.getAttribute('alt')).to.equal('Arms wide');
    expect(img?.getAttribute('loading')).to.equal('lazy');
  });

  it('warns once about a bad dose attribute and falls back to the data', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await card(html`<exercise-card exercise="wall-angels" reps="lots"></exercise-card>`);
    el.requestUpdate();
    await elementUpdated(el);
    expect(warn.getCalls().filter((c) => String(c.args[0]).includes('reps="lots"'))).to.have.length(1);
    expect(text(el, 'dose')).to.contain('5–10 reps');
  });

  it('is accessible in light and dark, full and compact', async () => {
    for (const theme of ['light', 'dark']) {
      for (const variant of ['full', 'compact']) {
        const el = await card(html`<exercise-card exercise="band-external-rotation" theme=${theme} variant=${variant} timer></exercise-card>`);
        await expect(el).to.be.accessible();
      }
    }
  });

  it('prints as a clean handout: no buttons, every step shown', async () => {
    const el = await card(html`<exercise-card exercise="wall-push-up" timer></exercise-card>`);
    await emulateMedia({ media: 'print' });
    try {
      expect(part(el, 'timer-button')!.checkVisibility()).to.equal(false);
      expect(getComputedStyle(part(el, 'variations')!).display).to.equal('none');
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('keeps its structure visible in forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await card(html`<exercise-card exercise="band-external-rotation"></exercise-card>`);
      const dose = getComputedStyle(part(el, 'dose')!);
      expect(dose.borderInlineStartStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('is accessible while loading', async () => {
    const el = document.createElement('exercise-card');
    el.setAttribute('exercise', 'superman');
    document.body.append(el);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('survives a second registration of the element', async () => {
    const { defineElement } = await import('../../src/internal/define.js');
    const { ExerciseCard: Card } = await import('../../src/exercise-card.js');
    expect(() => defineElement('exercise-card', class extends Card {})).not.to.throw();
  });
});
