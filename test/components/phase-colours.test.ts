import { expect, fixture, html } from '@open-wc/testing';
import '../../src/rep-timer.js';
import '../../src/routine-player.js';
import type { RepTimer } from '../../src/rep-timer.js';
import type { RoutinePlayer } from '../../src/routine-player.js';

// The phase colours live apart from the shared theme (a card page does not download them): the
// timer and the player must still get them, light and dark, and authors must still override them.
const phaseColour = (el: RepTimer | RoutinePlayer, phase: string) =>
  getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).getPropertyValue(`--_phase-${phase}`).trim();

describe('phase colours', () => {
  it('<rep-timer> has them, switches them with a dark theme, and takes --ee-phase-*', async () => {
    const el = await fixture<RepTimer>(html`<rep-timer reps="2" lead-in="0" muted theme="light"></rep-timer>`);
    expect(phaseColour(el, 'work')).to.equal('#17795a');
    expect(phaseColour(el, 'rest')).to.equal('#a04a00');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(phaseColour(el, 'work')).to.equal('#4cc79a');
    expect(phaseColour(el, 'lead-in')).to.equal('#aab4c0');
    el.style.setProperty('--ee-phase-work', 'rgb(1, 2, 3)');
    expect(phaseColour(el, 'work')).to.equal('rgb(1, 2, 3)');
  });

  it('<routine-player> has them for its own rest text, light and dark', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="desk-neck-and-shoulder-stretches" lead-in="0" muted theme="light"></routine-player>`);
    expect(phaseColour(el, 'rest')).to.equal('#a04a00');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(phaseColour(el, 'rest')).to.equal('#ffae66');
  });
});
