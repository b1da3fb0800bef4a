import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { fakeVoices } from '../helpers/voices.js';
import '../../src/routine-player.js';
import type { RoutinePlayer } from '../../src/routine-player.js';
import type { RepTimer } from '../../src/rep-timer.js';
import { recordSpeech } from '../helpers/speech.js';
import { part, partText } from '../helpers/parts.js';
import { fakeTime, record } from '../helpers/timer.js';

const PLAYER_EVENTS = ['routine-player-start', 'routine-player-step', 'routine-player-pause', 'routine-player-resume', 'routine-player-complete', 'routine-player-error'];
const root = (el: RoutinePlayer) => el.shadowRoot!;
const timer = (el: RoutinePlayer) => root(el).querySelector<RepTimer>('rep-timer');
const text = (el: RoutinePlayer, selector: string) => root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const status = (el: RoutinePlayer) => root(el).querySelector('[data-status]')?.getAttribute('data-status') ?? (root(el).querySelector('[part="error"]') ? 'error' : 'loading');

/** Waits until the player has rendered and entered its step (updateComplete covers both), and its timer has rendered. */
async function settle(el: RoutinePlayer) {
  await el.updateComplete;
  await timer(el)?.updateComplete;
}

/** Waits until the player has loaded its routine and rendered it (updateComplete covers loading). */
async function ready(el: RoutinePlayer) {
  await el.updateComplete;
  expect(status(el)).to.not.equal('loading');
}

const declarative = html`<routine-player label="Test circuit" lead-in="0" rest-between="10" muted>
  <routine-step exercise="rhomboid-stretch" hold="20" reps="1">Rhomboid stretch</routine-step>
  <routine-step rest="30"></routine-step>
  <routine-step exercise="childs-pose" hold="15" reps="2" rest="5">Child's pose</routine-step>
  <routine-step exercise="cobra" hold="10" reps="1">Cobra</routine-step>
</routine-player>`;

describe('<routine-player>', () => {
  afterEach(() => {
    sinon.restore();
    localStorage.clear();
  });

  it('plays a routine written with <routine-step> children from start to finish on time', async () => {
    const el = await fixture<RoutinePlayer>(declarative);
    await ready(el);
    expect(text(el, '[part="title"]')).to.equal('Test circuit');
    expect(text(el, '[part="preview"]')).to.contain('Child');
    const clock = fakeTime();
    try {
      const events = record(el, PLAYER_EVENTS);
      el.play();
      await settle(el);
      expect(el.index).to.equal(0);
      expect(timer(el)?.phase).to.equal('hold');
      expect(text(el, '[part="next"]')).to.contain("Child's pose");
      // 20 s hold, 30 s explicit rest, 2 x 15 s holds with 5 s between, 10 s rest-between, 10 s hold
      for (const [ms, index, phase] of [[20_000, 1, 'rest'], [30_000, 2, 'hold'], [35_000, 3, 'rest'], [10_000, 4, 'hold']] as const) {
        clock.tick(ms);
        await settle(el);
        expect(el.index, `after ${ms}`).to.equal(index);
        expect(timer(el)?.phase).to.equal(phase);
      }
      clock.tick(10_000);
      await settle(el);
      expect(status(el)).to.equal('complete');
      expect(text(el, '[part="summary"]')).to.match(/3 exercises done in 1 minute,? 45 seconds/);
      const types = events.map((e) => e.type);
      expect(types[0]).to.equal('routine-player-start');
      expect(types.filter((t) => t === 'routine-player-step')).to.have.length(5);
      expect(events.at(-1)).to.deep.equal({ type: 'routine-player-complete', detail: { items: 3, elapsedMs: 105_000 } });
      const step = events.find((e) => e.type === 'routine-player-step' && e.detail.index === 2);
      expect(step?.detail.exercise.id).to.equal('childs-pose');
    } finally {
      clock.restore();
    }
  });

  it('plays a bundled routine through every item, rest and round with no input after play', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="desk-neck-and-shoulder-stretches" rounds="2" lead-in="0" muted></routine-player>`);
    await ready(el);
    expect(text(el, '[part="title"]')).to.equal('Neck and upper back stretches');
    const clock = fakeTime();
    try {
      const done = record(el, ['routine-player-complete', 'routine-player-step']);
      el.play();
      await settle(el);
      for (let i = 0; i < 400 && status(el) !== 'complete'; i++) {
        clock.tick(5_000);
        await settle(el);
      }
      expect(status(el)).to.equal('complete');
      const complete = done.find((e) => e.type === 'routine-player-complete');
      expect(complete?.detail.items).to.equal(12);
      const steps = done.filter((e) => e.type === 'routine-player-step');
      expect(steps.filter((e) => e.detail.exercise === null).length).to.equal(11);
    } finally {
      clock.restore();
    }
  });

  for (const routine of ['upper-back-pain-programme', 'band-posture-circuit', 'healthy-upper-back', 'seated-posture-raise-plan']) {
    it(`plays the bundled routine "${routine}" to its summary with no input after "Start the routine"`, async () => {
      const el = await fixture<RoutinePlayer>(html`<routine-player routine=${routine} muted></routine-player>`);
      await ready(el);
      const clock = fakeTime();
      try {
        part(el, 'start-button')!.click();
        await settle(el);
        for (let i = 0; i < 2000 && status(el) !== 'complete'; i++) {
          clock.tick(10_000);
          await settle(el);
        }
        expect(status(el)).to.equal('complete');
        expect(text(el, '[part="summary"]')).to.contain('done in');
      } finally {
        clock.restore();
      }
    });
  }

  it('plays reps, holds, sides and sets hands-free, in the time it said it would take', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player label="Hands free" lead-in="0" muted>
      <routine-step exercise="childs-pose" hold="5" reps="3" rest="3" side="each" sets="1"></routine-step>
    </routine-player>`);
    await ready(el);
    // 2 sides x (3 holds of 5 s + 2 releases of 3 s) + a 5 s switch
    expect(partText(el, 'progress-text')).to.contain('About 47 sec left');
    const clock = fakeTime();
    try {
      const phases = record(el, ['rep-timer-phase']);
      const complete = record(el, ['routine-player-complete']);
      el.play();
      await settle(el);
      for (let i = 0; i < 60 && status(el) !== 'complete'; i++) {
        clock.tick(1_000);
        await settle(el);
      }
      expect(status(el)).to.equal('complete');
      expect(complete[0]?.detail.elapsedMs).to.equal(47_000);
      expect(phases.map((e) => e.detail.phase).join(' ')).to.equal('hold release hold release hold switch hold release hold release hold complete');
    } finally {
      clock.restore();
    }
  });

  it('moves on with one "Done": the rest, the next set, the next exercise', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player label="Done" lead-in="0" rest-between="10" muted>
      <routine-step exercise="wall-angels" sets="2" reps="12" rest="30"></routine-step>
      <routine-step exercise="childs-pose" hold="20" reps="1"></routine-step>
    </routine-player>`);
    await ready(el);
    const clock = fakeTime();
    try {
      el.play();
      await settle(el);
      const done = () => timer(el)!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-done"]')!;
      expect(timer(el)?.phase).to.equal('work');
      done().click();
      await settle(el);
      expect(timer(el)?.phase).to.equal('rest');
      clock.tick(30_000);
      await settle(el);
      expect(timer(el)?.phase).to.equal('work');
      done().click();
      await settle(el);
      expect(el.index).to.equal(1);
      expect(timer(el)?.phase).to.equal('rest');
      clock.tick(10_000);
      await settle(el);
      expect(el.index).to.equal(2);
      expect(timer(el)?.phase).to.equal('hold');
      done().click();
      await settle(el);
      expect(status(el)).to.equal('complete');
    } finally {
      clock.restore();
    }
  });

  it('moves with next, previous and goTo during holds and rests, and stays paused across items', async () => {
    const el = await fixture<RoutinePlayer>(declarative);
    await ready(el);
    el.play();
    await settle(el);
    el.next();
    await settle(el);
    expect(el.index).to.equal(1);
    expect(timer(el)?.phase).to.equal('rest');
    expect(text(el, '[part="current"]')).to.contain("Next up: Child's pose");
    el.goTo(4);
    await settle(el);
    expect(timer(el)?.phase).to.equal('hold');
    el.pause();
    await settle(el);
    expect(timer(el)?.paused).to.equal(true);
    el.previous();
    await settle(el);
    expect(el.index).to.equal(3);
    expect(timer(el)?.phase).to.equal('idle');
    el.play();
    await settle(el);
    expect(timer(el)?.phase).to.equal('rest');
    el.goTo(99);
    expect(el.index).to.equal(4);
    el.index = 0;
    await settle(el);
    expect(el.index).to.equal(0);
  });

  it('is keyboard complete while focused', async () => {
    const el = await fixture<RoutinePlayer>(declarative);
    await ready(el);
    part(el, 'start-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(status(el)).to.equal('playing');
    expect(root(el).activeElement).to.equal(part(el, 'play-button'));
    part(el, 'current-label')!.setAttribute('tabindex', '-1');
    part(el, 'current-label')!.focus();
    await sendKeys({ press: 'Space' });
    expect(status(el)).to.equal('paused');
    await sendKeys({ press: 'Space' });
    expect(status(el)).to.equal('playing');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.index).to.equal(1);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(el.index).to.equal(0);
    const list = root(el).querySelector('details[part="list"]') as HTMLDetailsElement;
    list.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(list.open).to.equal(true);
    const third = list.querySelectorAll('button')[2] as HTMLButtonElement;
    third.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.index).to.equal(4);
    expect(third.getAttribute('aria-current')).to.equal('step');
  });

  it('remembers progress, offers to resume after a reload, and starts over on request', async () => {
    const first = await fixture<RoutinePlayer>(html`<routine-player routine="healthy-upper-back" remember lead-in="0" muted></routine-player>`);
    await ready(first);
    first.play();
    first.goTo(4);
    await settle(first);
    first.pause();
    first.remove();
    const again = await fixture<RoutinePlayer>(html`<routine-player routine="healthy-upper-back" remember lead-in="0" muted></routine-player>`);
    await ready(again);
    const resume = part(again, 'start-button')!;
    expect(resume.textContent).to.contain('Resume at exercise 3');
    resume.click();
    await settle(again);
    expect(again.index).to.equal(4);
    expect(status(again)).to.equal('playing');
    again.remove();
    const third = await fixture<RoutinePlayer>(html`<routine-player routine="healthy-upper-back" remember lead-in="0" muted></routine-player>`);
    await ready(third);
    part(third, 'start-over-button')!.click();
    await settle(third);
    expect(third.index).to.equal(0);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('exercise-elements:routine-player:v1:'))).to.have.length(1);
  });

  it('still works when storage throws', async () => {
    sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('denied', 'SecurityError'));
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="healthy-upper-back" remember lead-in="0" muted></routine-player>`);
    await ready(el);
    el.play();
    el.next();
    await settle(el);
    expect(el.index).to.equal(1);
  });

  it('speaks cues in its language with voice, and holds a wake lock while playing', async () => {
    const spoken: string[] = [];
    fakeVoices('en-GB');
    sinon.stub(window.speechSynthesis, 'speak').callsFake((u: SpeechSynthesisUtterance) => spoken.push(u.text));
    const sentinel = { released: false, release: sinon.stub().resolves() } as unknown as WakeLockSentinel;
    const request = sinon.stub(navigator.wakeLock, 'request').resolves(sentinel);
    sinon.stub(document, 'visibilityState').get(() => 'visible');
    const el = await fixture<RoutinePlayer>(html`<routine-player voice lead-in="0" rest-between="10" label="Voice">
      <routine-step exercise="wall-angels" reps="10"></routine-step>
      <routine-step exercise="childs-pose" hold="20" reps="1"></routine-step>
    </routine-player>`);
    await ready(el);
    el.play();
    await settle(el);
    expect(spoken[0]).to.equal('First up: Wall angels, 10 reps');
    expect(request.calledWith('screen')).to.equal(true);
    el.next();
    await settle(el);
    expect(spoken).to.include("Rest. Next: Child's pose, hold 20 sec");
    el.pause();
    await settle(el);
    expect((sentinel.release as sinon.SinonStub).called).to.equal(true);
  });

  it('does not keep the screen awake with wake-lock="off"', async () => {
    const request = sinon.stub(navigator.wakeLock, 'request').resolves({ released: false, release: () => Promise.resolve() } as unknown as WakeLockSentinel);
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="healthy-upper-back" wake-lock="off" muted></routine-player>`);
    await ready(el);
    el.play();
    await settle(el);
    expect(request.called).to.equal(false);
  });

  const failures: [string, ReturnType<typeof html>, string, RegExp][] = [
    ['an unknown routine', html`<routine-player routine="no-such-routine"></routine-player>`, 'not-found', /No routine called “no-such-routine”/],
    ['an unknown exercise in a step', html`<routine-player><routine-step exercise="wall-angels"></routine-step><routine-step exercise="moonwalk"></routine-step></routine-player>`, 'unknown-exercise', /“moonwalk” \(step 2\)/],
    ['an empty routine', html`<routine-player><routine-step rest="30"></routine-step></routine-player>`, 'empty', /no exercises/],
    ['nothing to play', html`<routine-player></routine-player>`, 'missing-routine', /No routine is named/],
    ['a broken src', html`<routine-player src="/test/fixtures/datasets/missing.json"></routine-player>`, 'http', /could not be loaded/],
  ];
  for (const [what, template, code, message] of failures) {
    it(`shows a clear message for ${what}, with one console error`, async () => {
      const error = sinon.stub(console, 'error');
      const events: string[] = [];
      // Typed through GlobalEventHandlersEventMap: no cast on a document listener.
      const listener = (e: GlobalEventHandlersEventMap['routine-player-error']) => events.push(e.detail.code);
      document.addEventListener('routine-player-error', listener);
      try {
        const el = await fixture<RoutinePlayer>(template);
        await ready(el);
        const alert = root(el).querySelector('[part="error"]');
        expect(alert?.getAttribute('role')).to.equal('alert');
        expect(alert?.textContent).to.match(message);
        expect(events).to.deep.equal([code]);
        expect(error.callCount).to.equal(1);
        await expect(el).to.be.accessible();
      } finally {
        document.removeEventListener('routine-player-error', listener);
      }
    });
  }

  it('picks up changes to its steps after load', async () => {
    const el = await fixture<RoutinePlayer>(declarative);
    await ready(el);
    const step = document.createElement('routine-step');
    step.setAttribute('exercise', 'plank');
    step.setAttribute('hold', '30');
    el.append(step);
    await Promise.resolve(); // the children observer reports in a microtask
    await el.updateComplete;
    expect(text(el, '[part="preview"]')).to.contain('Plank');
    el.querySelector('routine-step')!.setAttribute('exercise', 'cat-cow');
    await Promise.resolve();
    await el.updateComplete;
    expect(text(el, '[part="preview"]')).to.contain('Cat');
  });

  it('is accessible idle, playing, resting and complete', async () => {
    const el = await fixture<RoutinePlayer>(declarative);
    await ready(el);
    await expect(el).to.be.accessible();
    el.play();
    await settle(el);
    await expect(el).to.be.accessible();
    el.next();
    await settle(el);
    expect(timer(el)?.phase).to.equal('rest');
    await expect(el).to.be.accessible();
    el.goTo(4);
    await settle(el);
    timer(el)!.skip();
    await settle(el);
    expect(status(el)).to.equal('complete');
    await expect(el).to.be.accessible();
  });

  it('releases its observer, timers and speech on disconnect', async () => {
    const { cancel } = recordSpeech();
    const el = await fixture<RoutinePlayer>(declarative);
    await ready(el);
    const clock = fakeTime();
    try {
      el.play();
      await settle(el);
      expect(clock.countTimers()).to.be.greaterThan(0);
      cancel.resetHistory();
      el.remove();
      expect(clock.countTimers()).to.equal(0);
      expect(cancel.called, 'speech stopped').to.equal(true);
    } finally {
      clock.restore();
    }
    // A detached player ignores its children: an observer still listening would start loading again.
    const load = sinon.spy(el as unknown as { __reload(): void }, '__reload');
    el.querySelector('routine-step')?.setAttribute('reps', '3');
    el.append(document.createElement('routine-step'));
    await Promise.resolve();
    expect(load.called, 'observer released').to.equal(false);
  });

  it('announces and speaks in its own language, the ending too', async () => {
    const { spoken } = recordSpeech();
    const el = await fixture<RoutinePlayer>(html`<routine-player lang="es" voice lead-in="0" label="Prueba">
      <routine-step exercise="rhomboid-stretch" hold="10" reps="1"></routine-step>
    </routine-player>`);
    await ready(el);
    const clock = fakeTime();
    try {
      el.play();
      await settle(el);
      expect(spoken.some((s) => s.text.startsWith('Primero: ') && s.lang === 'es'), JSON.stringify(spoken)).to.equal(true);
      clock.tick(10_000);
      await settle(el);
      expect(status(el)).to.equal('complete');
      expect(spoken).to.deep.include({ text: 'Rutina completada', lang: 'es' });
      expect(text(el, '[role="status"]')).to.equal('Rutina completada');
    } finally {
      clock.restore();
    }
  });
});
