// Its own file, so its page has loaded no other test's data.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/routine-player.js';
import type { RoutinePlayer } from '../../src/routine-player.js';
import { getRoutine } from '../../src/api.js';
import { downloaded, stringFiles } from '../helpers/downloads.js';

/** The bundled exercise chunks (src/data/generated/<locale>/e<n>) this page has downloaded. */
const exerciseChunks = () => new Set(downloaded(/\/data\/generated\/([a-z]+\/e\d+)\./));
const root = (el: RoutinePlayer) => el.shadowRoot!;
const shown = (el: RoutinePlayer, selector: string) => [...root(el).querySelectorAll(selector)].map((n) => n.textContent?.replace(/\s+/g, ' ').trim());

describe('a routine player downloads an exercise when its step comes', () => {
  it('an idle player lists every exercise (names, doses) having downloaded its routine only, which brings the first in full', async () => {
    const el = await fixture<RoutinePlayer>(html`<routine-player routine="healthy-upper-back" lang="es" muted lead-in="0"></routine-player>`);
    await el.updateComplete;
    const routine = await getRoutine('healthy-upper-back');
    expect(shown(el, '[part="preview"] [part="item-name"]')).to.have.length(routine?.items.length ?? 0);
    expect(shown(el, '[part="preview"] [part="item-name"]')[0]).to.equal('Estiramiento de la parte superior de la espalda (romboides)');
    expect(shown(el, '[part="preview"] [part="item-dose"]')[2]).to.match(/\d/);
    expect([...exerciseChunks()]).to.deep.equal([]);
    // The UI strings of the player, not a card's nor (until it starts) its timer's.
    expect(stringFiles()).to.deep.equal(['es-player']);

    // Started: the first step shows its steps at once, and the next exercise loads while it plays.
    const started = oneEvent(el, 'routine-player-step');
    el.play();
    const { detail } = await started;
    expect(detail.exercise?.steps.length).to.be.greaterThan(0);
    await el.updateComplete;
    expect(shown(el, '[part="how"] ol li').length).to.equal(detail.exercise?.steps.length);
    expect([...exerciseChunks()]).to.deep.equal(['es/e35']);
    // Its timer speaks Spanish, with its strings fetched alongside its code.
    const timerText = el.shadowRoot?.querySelector('rep-timer')?.shadowRoot?.textContent ?? '';
    expect(timerText).to.contain('Mantén').and.not.contain('Hold');
    expect(stringFiles()).to.deep.equal(['es-player', 'es-timer']);

    // A step jumped to loads its exercise before the step begins.
    const jumped = oneEvent(el, 'routine-player-step');
    el.goTo(Number.MAX_SAFE_INTEGER); // the last step
    const last = (await jumped).detail;
    expect(last.exercise?.id).to.equal('resisted-row');
    expect(last.exercise?.steps.length).to.be.greaterThan(0);
    expect(shown(el, '[part="how"] ol li')).to.have.length(last.exercise?.steps.length ?? -1);
    expect(exerciseChunks().has('es/e43')).to.equal(true);
    el.pause();
  });

  it('starts with its first exercise in full, however soon Start is pressed', async () => {
    const el = Object.assign(document.createElement('routine-player') as RoutinePlayer, { lang: 'fr' });
    el.setAttribute('routine', 'healthy-upper-back');
    el.setAttribute('muted', '');
    document.body.append(el);
    // Pressed the moment the start button shows (the French text is loaded for no other test).
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!root(el).querySelector('[part="start-button"]')) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(root(el), { childList: true, subtree: true });
    });
    const started = oneEvent(el, 'routine-player-start');
    el.play();
    const { detail } = await started;
    expect(detail.exercise?.id).to.equal('rhomboid-stretch');
    expect(detail.exercise?.steps.length).to.be.greaterThan(0);
    el.remove();
  });
});
