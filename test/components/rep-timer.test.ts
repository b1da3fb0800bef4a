import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { fakeVoices } from '../helpers/voices.js';
import '../../src/rep-timer.js';
import type { RepTimer } from '../../src/rep-timer.js';
import { recordSpeech } from '../helpers/speech.js';
import { fakeTime, record, TIMER_EVENTS } from '../helpers/timer.js';

const shadow = (el: RepTimer) => el.shadowRoot!;
const text = (el: RepTimer, selector: string) => shadow(el).querySelector(selector)?.textContent?.trim() ?? '';
const button = (el: RepTimer, name: string) => shadow(el).querySelector<HTMLButtonElement>(`[part~="button-${name}"]`);
const live = (el: RepTimer) => text(el, '[role="status"]');

describe('<rep-timer>', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = fakeTime();
  });
  afterEach(() => {
    clock.restore();
    sinon.restore();
  });

  const advance = async (el: RepTimer, ms: number) => {
    clock.tick(ms);
    await elementUpdated(el);
  };

  it('announces and speaks in its own language, outside render too', async () => {
    const { spoken } = recordSpeech();
    const el = await fixture<RepTimer>(html`<rep-timer lang="es" duration="60" lead-in="0" voice></rep-timer>`);
    el.start();
    await elementUpdated(el);
    expect(spoken.at(-1)).to.deep.equal({ text: 'Ejercicio, 1 minuto', lang: 'es' });
    expect(live(el)).to.equal('Ejercicio, 1 minuto');
    el.pause();
    await elementUpdated(el);
    expect(live(el)).to.equal('En pausa');
  });

  it('skips with the arrow that points the reading direction only', async () => {
    clock.restore();
    const el = await fixture<RepTimer>(html`<rep-timer lang="ar" reps="2" hold="30" rest="40" lead-in="0" muted></rep-timer>`);
    el.start();
    await elementUpdated(el);
    el.shadowRoot!.querySelector<HTMLElement>('[part="display"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await elementUpdated(el);
    expect(el.phase).to.equal('hold');
    await sendKeys({ press: 'ArrowLeft' });
    await elementUpdated(el);
    expect(el.phase).to.equal('release');
    clock = fakeTime();
  });

  it('counts 2 x 30 s holds with the 40 s rest as the release between them, with every event and its detail', async () => {
    const el = await fixture<RepTimer>(html`<rep-timer reps="2" hold="30" rest="40" lead-in="0" muted></rep-timer>`);
    const events = record(el, TIMER_EVENTS);
    expect(el.getAttribute('phase')).to.equal('idle');
    expect(text(el, '[part="time"]')).to.equal('0:30');
    el.start();
    await elementUpdated(el);
    expect(el.getAttribute('phase')).to.equal('hold');
    await advance(el, 10_000);
    expect(text(el, '[part="time"]')).to.equal('0:20');
    await advance(el, 20_000);
    expect(el.getAttribute('phase')).to.equal('release');
    expect(text(el, '[part="phase"]')).to.equal('Relax');
    expect(text(el, '[part="time"]')).to.equal('0:40');
    await advance(el, 40_000);
    expect(el.phase).to.equal('hold');
    await advance(el, 30_000);
    expect(el.phase).to.equal('complete');
    expect(events.map((e) => e.type)).to.deep.equal([
      'rep-timer-start', 'rep-timer-phase', 'rep-timer-rep', 'rep-timer-phase', 'rep-timer-phase', 'rep-timer-rep', 'rep-timer-set', 'rep-timer-phase', 'rep-timer-complete',
    ]);
    expect(events[0]?.detail).to.deep.equal({ phase: 'hold', set: 1, rep: 1, side: null });
    expect(events[3]?.detail).to.deep.equal({ phase: 'release', set: 1, rep: 2, side: null });
    expect(events.at(-1)?.detail).to.deep.equal({ sets: 1, reps: 2, elapsedMs: 100_000 });
    expect(live(el)).to.contain('Done');
  });

  it('counts 60 s of work after a lead-in, and a pause in the middle never counts', async () => {
    const el = await fixture<RepTimer>(html`<rep-timer duration="60" muted></rep-timer>`);
    const events = record(el, TIMER_EVENTS);
    el.start();
    await elementUpdated(el);
    expect(el.phase).to.equal('lead-in');
    expect(text(el, '[part="phase"]')).to.equal('Get ready');
    await advance(el, 3000 + 30_000);
    expect(el.phase).to.equal('work');
    el.pause();
    await elementUpdated(el);
    expect(el.hasAttribute('paused')).to.equal(true);
    expect(text(el, '[part~="button-toggle"]')).to.equal('Resume');
    await advance(el, 5 * 60_000);
    expect(text(el, '[part="time"]')).to.equal('0:30');
    el.resume();
    await advance(el, 30_000);
    expect(el.phase).to.equal('complete');
    expect(events.map((e) => e.type)).to.include.members(['rep-timer-pause', 'rep-timer-resume']);
    expect(events.find((e) => e.type === 'rep-timer-pause')?.detail).to.include({ phase: 'work' });
    expect(events.at(-1)?.detail).to.deep.equal({ sets: 1, reps: 0, elapsedMs: 63_000 });
  });

  it('counts 3 reps with the Rep done button with count="tap"', async () => {
    const el = await fixture<RepTimer>(html`<rep-timer reps="3" count="tap" lead-in="0" muted label="Wall angels"></rep-timer>`);
    const events = record(el, TIMER_EVENTS);
    el.start();
    await elementUpdated(el);
    expect(text(el, '[part="phase"]')).to.equal('Reps');
    expect(text(el, '[part="progress"]')).to.equal('Rep 1 of 3');
    const rep = button(el, 'rep')!;
    expect(rep.textContent).to.contain('Rep done');
    rep.click();
    rep.click();
    await elementUpdated(el);
    expect(text(el, '[part="time"]')).to.equal('2');
    expect(text(el, '[part="progress"]')).to.contain('Rep 3 of 3');
    expect(live(el)).to.equal('Last rep');
    await advance(el, 10 * 60_000);
    expect(el.phase).to.equal('work');
    rep.click();
    await elementUpdated(el);
    expect(el.phase).to.equal('complete');
    expect(events.filter((e) => e.type === 'rep-timer-rep').map((e) => e.detail.rep)).to.deep.equal([1, 2, 3]);
    expect(events.at(-1)?.detail).to.include({ reps: 3 });
  });

  it('times a hold on each side with a switch between', async () => {
    const el = await fixture<RepTimer>(html`<rep-timer hold="20" side="each" lead-in="0" muted></rep-timer>`);
    const events = record(el, ['rep-timer-phase']);
    el.start();
    await elementUpdated(el);
    expect(text(el, '[part="progress"]')).to.contain('Left side');
    await advance(el, 20_000);
    expect(el.phase).to.equal('switch');
    expect(text(el, '[part="phase"]')).to.equal('Switch sides');
    await advance(el, 5_000);
    expect(text(el, '[part="progress"]')).to.contain('Right side');
    await advance(el, 20_000);
    expect(events.map((e) => `${e.detail.phase}:${e.detail.side}`)).to.deep.equal(['hold:left', 'switch:right', 'hold:right', 'complete:null']);
  });

  it('paces tempo reps with a beat', async () => {
    const el = await fixture<RepTimer>(html`<rep-timer reps="4" tempo="2" lead-in="0" muted></rep-timer>`);
    const events = record(el, ['rep-timer-rep', 'rep-timer-complete']);
    el.start();
    await advance(el, 4_500);
    expect(text(el, '[part="progress"]')).to.contain('Rep 3 of 4');
    expect(events.filter((e) => e.type === 'rep-timer-rep')).to.have.length(2);
    await advance(el, 3_500);
    expect(el.phase).to.equal('complete');
    expect(events.filter((e) => e.type === 'rep-timer-rep')).to.have.length(4);
  });

  it('shows the right phase at once after a long background stall', async () => {
    const el = await fixture<RepTimer>(html`<rep-timer sets="3" duration="30" rest="30" lead-in="0" muted></rep-timer>`);
    el.start();
    await elementUpdated(el);
    clock.setSystemTime(Date.now() + 95_000); // the tab slept: no timer fired, but the clock moved
    sinon.stub(document, 'visibilityState').get(() => 'visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await elementUpdated(el);
    expect(el.phase).to.equal('rest');
    expect(text(el, '[part="time"]')).to.equal('0:25');
    expect(text(el, '[part="progress"]')).to.contain('Set 3 of 3');
  });

  it('is driven by the keyboard only while focused; with count="tap", D is "Rep done"', async () => {
    clock.restore();
    const el = await fixture<RepTimer>(html`<rep-timer reps="2" rest="5" sets="2" count="tap" lead-in="0" muted></rep-timer>`);
    await sendKeys({ press: 'Space' });
    expect(el.phase).to.equal('idle');
    shadow(el).querySelector<HTMLElement>('[role="timer"]')!.focus();
    await sendKeys({ press: 'Space' });
    expect(el.phase).to.equal('work');
    await sendKeys({ press: 'd' });
    await elementUpdated(el);
    expect(el.phase).to.equal('work');
    expect(text(el, '[part="time"]')).to.equal('1');
    await sendKeys({ press: 'd' });
    expect(el.phase).to.equal('rest');
    await sendKeys({ press: 'Enter' });
    expect(el.paused).to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(el.paused).to.equal(false);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.phase).to.equal('work');
    await sendKeys({ press: 'r' });
    expect(el.phase).to.equal('idle');
    await sendKeys({ press: 'n' });
    expect(el.phase).to.equal('idle');
  });

  it('activates a focused button once, without the host handling the same key', async () => {
    clock.restore();
    const el = await fixture<RepTimer>(html`<rep-timer duration="30" lead-in="0" muted></rep-timer>`);
    button(el, 'toggle')!.focus();
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(el.phase).to.equal('work');
    expect(el.paused).to.equal(false);
  });

  it('announces phase changes ("Relax" between holds) and the last three seconds, never every second', async () => {
    const el = await fixture<RepTimer>(html`<rep-timer hold="10" rest="40" reps="2" lead-in="0" muted></rep-timer>`);
    const display = shadow(el).querySelector('[role="timer"]')!;
    expect(display.getAttribute('aria-live')).to.equal(null);
    expect(shadow(el).querySelector('[role="status"]')?.getAttribute('aria-live')).to.equal('polite');
    el.start();
    await elementUpdated(el);
    expect(live(el)).to.equal('Hold, 10 seconds');
    await advance(el, 5_000);
    expect(live(el)).to.equal('Hold, 10 seconds');
    await advance(el, 2_001);
    expect(live(el)).to.equal('3');
    await advance(el, 1_000);
    expect(live(el)).to.equal('2');
    await advance(el, 1_000);
    expect(live(el)).to.equal('1');
    await advance(el, 1_000);
    expect(live(el)).to.equal('Relax, 40 seconds');
  });

  it('speaks cues in the element\'s language when voice is set, and is silent when muted', async () => {
    const spoken: { text: string; lang: string }[] = [];
    fakeVoices('en-US');
    sinon.stub(window.speechSynthesis, 'speak').callsFake((u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }));
    const el = await fixture<RepTimer>(html`<rep-timer hold="5" rest="40" reps="2" sets="1" lead-in="0" voice></rep-timer>`);
    el.start();
    await advance(el, 5_000);
    expect(spoken.map((s) => s.text)).to.include('Relax, 40 seconds');
    expect(spoken[0]?.lang).to.equal('en');
    el.muted = true;
    spoken.length = 0;
    await advance(el, 40_000);
    expect(spoken).to.deep.equal([]);
  });

  it('uses the locale\'s digits and direction', async () => {
    const el = await fixture<RepTimer>(html`<rep-timer lang="ar-EG" hold="30" lead-in="0" muted></rep-timer>`);
    expect(text(el, '[part="time"]')).to.equal('٠:٣٠');
    expect(shadow(el).querySelector('[part="base"]')?.getAttribute('dir')).to.equal('rtl');
  });

  it('turns the ring animation off for reduced motion', async () => {
    clock.restore();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<RepTimer>(html`<rep-timer duration="30" lead-in="0" muted></rep-timer>`);
      el.start();
      await elementUpdated(el);
      const ring = shadow(el).querySelector('[part~="ring"] circle:last-child')!;
      expect(ring.classList.contains('moving')).to.equal(false);
      expect(getComputedStyle(ring).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('ignores bad attributes with one warning each, and never shows NaN or a negative', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<RepTimer>(html`<rep-timer hold="1e9" reps="-3" sets="abc" rest="40" lead-in="-1" release="soon" count="hands" muted></rep-timer>`);
    el.requestUpdate();
    await elementUpdated(el);
    const messages = warn.getCalls().map((c) => String(c.args[0]));
    expect(messages.filter((m) => m.includes('hold="1e9"'))).to.have.length(1);
    expect(messages.some((m) => m.includes('reps="-3"'))).to.equal(true);
    expect(messages.some((m) => m.includes('sets="abc"'))).to.equal(true);
    expect(messages.some((m) => m.includes('lead-in="-1"'))).to.equal(true);
    expect(messages.some((m) => m.includes('release="soon"'))).to.equal(true);
    expect(messages.some((m) => m.includes('count="hands"'))).to.equal(true);
    el.start();
    await advance(el, 1_000);
    const shown = shadow(el).querySelector('[part="base"]')!.textContent ?? '';
    expect(shown).not.to.match(/NaN|-\d/);
  });

  it('is accessible in the idle, hold, release, rest, paused and complete states', async () => {
    clock.restore(); // axe-core needs real timers: the phases are stepped through with skip() and done()
    for (const theme of ['light', 'dark']) {
      const el = await fixture<RepTimer>(html`<rep-timer sets="2" reps="2" hold="10" rest="20" release="3" lead-in="0" label="Child's pose" theme=${theme} muted></rep-timer>`);
      await expect(el).to.be.accessible();
      el.start();
      await elementUpdated(el);
      expect(el.phase).to.equal('hold');
      await expect(el).to.be.accessible();
      el.skip();
      await elementUpdated(el);
      expect(el.phase).to.equal('release');
      await expect(el).to.be.accessible();
      el.done();
      await elementUpdated(el);
      expect(el.phase).to.equal('rest');
      expect(button(el, 'done')?.getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();
      el.pause();
      await elementUpdated(el);
      await expect(el).to.be.accessible();
      el.resume();
      el.skip();
      el.done();
      await elementUpdated(el);
      expect(el.phase).to.equal('complete');
      await expect(el).to.be.accessible();
    }
  });

  it('has a tapped-reps layout that is accessible too', async () => {
    clock.restore();
    const el = await fixture<RepTimer>(html`<rep-timer reps="max" sets="2" count="tap" lead-in="0" muted></rep-timer>`);
    el.start();
    await elementUpdated(el);
    expect(text(el, '[part="progress"]')).to.contain('0 done');
    await expect(el).to.be.accessible();
  });

  it('times a 3 s hold to the end without any input', async () => {
    const el = await fixture<RepTimer>(html`<rep-timer hold="3" lead-in="0" muted></rep-timer>`);
    const events = record(el, ['rep-timer-rep', 'rep-timer-complete']);
    el.start();
    await elementUpdated(el);
    expect(el.phase).to.equal('hold');
    expect(text(el, '[part="time"]')).to.equal('0:03');
    expect(button(el, 'rep')).to.equal(null);
    await advance(el, 3_000);
    expect(el.phase).to.equal('complete');
    expect(events.map((e) => e.type)).to.deep.equal(['rep-timer-rep', 'rep-timer-complete']);
  });

  it('paces reps by default: the rep under way, a beat and its number with voice, "Last rep", and the set ends on its own', async () => {
    const { spoken } = recordSpeech();
    const el = await fixture<RepTimer>(html`<rep-timer reps="12" lead-in="0" voice></rep-timer>`);
    const events = record(el, ['rep-timer-rep', 'rep-timer-complete']);
    el.start();
    await elementUpdated(el);
    expect(spoken.at(-1)?.text).to.equal('12 reps');
    expect(text(el, '[part="time"]')).to.equal('1');
    expect(text(el, '[part="progress"]')).to.equal('Rep 1 of 12');
    expect(button(el, 'rep')).to.equal(null);
    await advance(el, 3_000);
    expect(text(el, '[part="progress"]')).to.equal('Rep 2 of 12');
    expect(spoken.at(-1)?.text).to.equal('1');
    await advance(el, 3_000);
    expect(spoken.at(-1)?.text).to.equal('2');
    await advance(el, 9 * 3_000);
    expect(text(el, '[part="progress"]')).to.equal('Rep 12 of 12');
    expect(live(el)).to.equal('Last rep');
    expect(spoken.at(-1)?.text).to.equal('Last rep');
    await advance(el, 3_000);
    expect(el.phase).to.equal('complete');
    expect(events.filter((e) => e.type === 'rep-timer-rep')).to.have.length(12);
  });

  it('says the counts and cues in its own language', async () => {
    const { spoken } = recordSpeech();
    const el = await fixture<RepTimer>(html`<rep-timer lang="ar-EG" reps="3" tempo="2" side="each" lead-in="0" voice></rep-timer>`);
    el.start();
    await advance(el, 2_000);
    expect(spoken.at(-1)).to.deep.equal({ text: '١', lang: 'ar-EG' });
    await advance(el, 2_000);
    expect(live(el)).to.equal('التكرار الأخير');
    await advance(el, 2_000);
    expect(el.phase).to.equal('switch');
    expect(live(el)).to.equal('بدّل الجانب. التالي: الجانب الأيمن');
    el.remove();
    const es = await fixture<RepTimer>(html`<rep-timer lang="es" reps="2" hold="5" release="2" lead-in="0" muted></rep-timer>`);
    es.start();
    await advance(es, 5_000);
    expect(es.phase).to.equal('release');
    expect(live(es)).to.equal('Relájate, 2 segundos');
    expect(text(es, '[part="phase"]')).to.equal('Relájate');
  });

  it('puts a release of the given length between repeated holds', async () => {
    const el = await fixture<RepTimer>(html`<rep-timer reps="3" hold="5" release="2" lead-in="0" muted></rep-timer>`);
    const phases = record(el, ['rep-timer-phase']);
    el.start();
    await advance(el, 5_000 + 2_000 + 5_000 + 2_000 + 5_000);
    expect(phases.map((e) => e.detail.phase)).to.deep.equal(['hold', 'release', 'hold', 'release', 'hold', 'complete']);
  });

  it('ends a set at once with Done, and the rest follows', async () => {
    const el = await fixture<RepTimer>(html`<rep-timer sets="2" reps="10" rest="30" lead-in="0" muted></rep-timer>`);
    const events = record(el, ['rep-timer-set']);
    el.start();
    await advance(el, 7_000);
    const done = button(el, 'done')!;
    expect(done.textContent).to.contain('Done');
    expect(done.getAttribute('aria-disabled')).to.equal('false');
    done.click();
    await elementUpdated(el);
    expect(el.phase).to.equal('rest');
    expect(text(el, '[part="time"]')).to.equal('0:30');
    expect(events).to.have.length(1);
    done.click(); // nothing to end during a rest
    await elementUpdated(el);
    expect(el.phase).to.equal('rest');
  });

  it('counts "as many as you can" up until Done (or its max-reps)', async () => {
    const el = await fixture<RepTimer>(html`<rep-timer reps="max" max-reps="300" lead-in="0" muted></rep-timer>`);
    const complete = record(el, ['rep-timer-complete']);
    el.start();
    await elementUpdated(el);
    expect(live(el)).to.equal('Reps');
    await advance(el, 10 * 60_000);
    expect(el.phase).to.equal('work');
    expect(text(el, '[part="progress"]')).to.equal('200 done');
    button(el, 'done')!.click();
    await elementUpdated(el);
    expect(el.phase).to.equal('complete');
    expect(complete[0]?.detail).to.include({ reps: 200 });
  });

  it('ends the set with the D key in pace mode', async () => {
    clock.restore();
    const el = await fixture<RepTimer>(html`<rep-timer sets="2" reps="10" rest="30" lead-in="0" muted></rep-timer>`);
    shadow(el).querySelector<HTMLElement>('[role="timer"]')!.focus();
    await sendKeys({ press: 'Space' });
    expect(el.phase).to.equal('work');
    await sendKeys({ press: 'd' });
    expect(el.phase).to.equal('rest');
    await sendKeys({ press: 'd' });
    expect(el.phase).to.equal('rest');
  });

  it('releases its timer, listeners and wake lock on disconnect', async () => {
    const release = sinon.stub().resolves();
    const sentinel = { released: false, release } as unknown as WakeLockSentinel;
    if (!('wakeLock' in navigator)) Object.defineProperty(navigator, 'wakeLock', { value: { request: () => Promise.resolve(sentinel) }, configurable: true });
    const request = sinon.stub(navigator.wakeLock, 'request').resolves(sentinel);
    sinon.stub(document, 'visibilityState').get(() => 'visible');
    const removed = sinon.spy(document, 'removeEventListener');
    const el = await fixture<RepTimer>(html`<rep-timer duration="60" muted></rep-timer>`);
    el.start();
    await elementUpdated(el);
    await Promise.resolve();
    expect(request.calledWith('screen')).to.equal(true);
    expect(clock.countTimers()).to.be.greaterThan(0);
    el.remove();
    expect(clock.countTimers()).to.equal(0);
    expect(removed.getCalls().filter((c) => c.args[0] === 'visibilitychange').length).to.be.at.least(2);
    expect(release.called).to.equal(true);
  });
});
