// Its own file, so its page has loaded no other test's data.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/exercise-card.js';
import type { ExerciseCard } from '../../src/exercise-card.js';
import { downloaded, stringFiles } from '../helpers/downloads.js';

/** The bundled text folders (src/data/generated/<locale>/) this page has downloaded from. */
const textFolders = () => new Set(downloaded(/\/data\/generated\/([a-z]+)\//));

describe('only what a page shows is downloaded', () => {
  it('a card in Spanish downloads Spanish text only', async () => {
    expect([...textFolders()]).to.deep.equal([]);
    const el = Object.assign(document.createElement('exercise-card') as ExerciseCard, { exercise: 'wall-angels', lang: 'es' });
    const loaded = oneEvent(el, 'exercise-card-load');
    document.body.append(el);
    const { detail } = await loaded;
    expect(detail.exercise.name).to.deep.equal({ es: 'Ángeles en la pared' });
    expect([...textFolders()]).to.deep.equal(['es']);
    // Its own UI strings only: not the player's or the timer's.
    expect(stringFiles()).to.deep.equal(['es-card']);
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.contain('Cómo se hace');
    el.remove();
  });
});
