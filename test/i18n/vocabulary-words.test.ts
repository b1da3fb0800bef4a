import { expect } from '@open-wc/testing';
import '../../src/exercise-card.js';
import type { ExerciseCard } from '../../src/exercise-card.js';
import { bundledWords, exerciseIds, getExercise } from '../../src/data/store.js';
import { vocabularyIds } from '../../src/data/vocabulary-ids.js';
import { allLocales } from '../../src/i18n/generated/locale-codes.js';
import { loadTranslations, registerTranslations } from '../../src/i18n/translations.js';
import { vocabularyLabel } from '../../src/i18n/vocabulary-labels.js';
import { vocabularyWord } from '../../src/i18n/vocabulary-words.js';

describe('vocabulary words a bundled exercise brings', () => {
  it('are, in every shipped locale and for every bundled exercise, what the full tables say', async () => {
    let compared = 0;
    for (const locale of allLocales) {
      await loadTranslations(locale, ['vocabulary']);
      for (const id of exerciseIds()) {
        const exercise = (await getExercise(id, undefined, locale))!;
        const brought = bundledWords(exercise)?.split('\n') ?? [];
        const ids = vocabularyIds(exercise);
        expect(brought, `${locale} ${id}`).to.have.length(ids.length);
        ids.forEach((word, i) => expect(brought[i], `${locale} ${id} ${word}`).to.equal(vocabularyLabel(locale, word)));
        compared += ids.length;
      }
    }
    // 6 locales, 44 exercises, at least a category and one piece of equipment or muscle each.
    expect(compared).to.be.greaterThan(6 * 44 * 2);
  });

  it('give way to an app\'s own translations', async () => {
    registerTranslations('xx', { 'equipment.wall': 'Xall' });
    const exercise = (await getExercise('wall-angels', undefined, 'xx'))!;
    expect(vocabularyWord('xx', exercise, 'equipment.wall')).to.equal('Xall');
    // What the app did not translate: the words the exercise brought (in English, its text's language).
    expect(vocabularyWord('xx', exercise, 'category.strength')).to.equal('Strength');
    const el = Object.assign(document.createElement('exercise-card') as ExerciseCard, { exercise: 'wall-angels', lang: 'xx' });
    document.body.append(el);
    await el.updateComplete;
    const facts = el.shadowRoot!.querySelector('[part="equipment"]')!.textContent!;
    expect(facts).to.contain('Xall');
    expect(facts).to.contain('Lower trapezius');
    el.remove();
  });
});
