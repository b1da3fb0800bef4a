// <routine-player>'s `preloaded` property (the server render path) in a live page: the routine
// given is rendered in the first update, without a loading state, and plays.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/routine-player.js';
import type { RoutinePlayer } from '../../src/routine-player.js';
import { preloadRoutine } from '../../src/components/routine-player/load-routine.js';

describe('<routine-player> with preloaded data', () => {
  it('renders the given routine in its first update (no loading state) and plays it', async () => {
    const preloaded = await preloadRoutine('healthy-upper-back', 'de');
    expect(preloaded).to.not.equal(undefined);
    const player = document.createElement('routine-player') as RoutinePlayer;
    player.setAttribute('routine', 'healthy-upper-back');
    player.setAttribute('lang', 'de');
    player.preloaded = preloaded;
    document.body.append(player);
    await player.updateComplete;
    const root = player.shadowRoot as ShadowRoot;
    expect(root.querySelector('[aria-busy]')).to.equal(null);
    expect(root.querySelectorAll('[part="preview"] li').length).to.equal(6);
    const step = oneEvent(player, 'routine-player-step');
    player.play();
    expect((await step).detail.index).to.equal(0);
    player.remove();
  });
});
