// Its own file, so its page has loaded no other test's data.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/exercise-card.js';
import type { ExerciseCard } from '../../src/exercise-card.js';
import { downloaded, stringFiles } from '../helpers/downloads.js';

/** The bundled text folders (src/data/generated/<locale>/) this page has downloaded from. */
const textFolders = () => new Set(downloaded(/\/data\/generated\/([a-z]+)\//));
/** Whether this page has downloaded the full vocabulary tables (src/i18n/vocabulary-labels.ts). */
const vocabularyTables = () => downloaded(/\/i18n\/(vocabulary-labels)\./).length > 0;

const card = async (attributes: Partial<ExerciseCard> & { lang: string }, inline?: object) => {
  const el = Object.assign(document.createElement('exercise-card') as ExerciseCard, attributes);
  if (inline) el.innerHTML = `<script type="application/json">${JSON.stringify(inline)}</script>`;
  const loaded = oneEvent(el, 'exercise-card-load');
  document.body.append(el);
  const { detail } = await loaded;
  await el.updateComplete;
  return { el, exercise: detail.exercise, text: el.shadowRoot?.textContent ?? '' };
};

describe('only what a page shows is downloaded', () => {
  it('a card in Spanish downloads Spanish text only, its vocabulary words with its exercise', async () => {
    expect([...textFolders()]).to.deep.equal([]);
    const { el, exercise, text } = await card({ exercise: 'wall-angels', lang: 'es' });
    expect(exercise.name).to.deep.equal({ es: 'Ángeles en la pared' });
    expect([...textFolders()]).to.deep.equal(['es']);
    // Its own UI strings only: not the player's, the timer's or the whole vocabulary's.
    expect(stringFiles()).to.deep.equal(['es-card']);
    expect(vocabularyTables()).to.equal(false);
    expect(text).to.contain('Cómo se hace');
    // Category, position, equipment and main muscles, in Spanish: brought by the exercise's chunk.
    for (const word of ['Fuerza', 'De pie', 'Pared', 'Trapecio inferior', 'Serrato anterior']) expect(text).to.contain(word);
    el.remove();
  });

  it('an exercise from other data loads the vocabulary and its translations once', async () => {
    const inline = { version: 1, exercises: [{ id: 'chair-reach', name: { en: 'Chair reach' }, category: 'mobility', position: 'seated', equipment: ['chair'], muscles: { primary: ['obliques'] }, steps: [{ en: 'Reach.' }] }] };
    const { el, text } = await card({ lang: 'es' }, inline);
    for (const word of ['Movilidad', 'Sentado', 'Silla', 'Oblicuos']) expect(text).to.contain(word);
    expect(stringFiles()).to.deep.equal(['es-card', 'es-vocabulary']);
    expect(vocabularyTables()).to.equal(true);
    el.remove();
  });
});
