// Its own file, so that the page has not loaded German strings before the test.
import { expect } from '@open-wc/testing';
import '../../src/exercise-card.js';
import type { ExerciseCard } from '../../src/exercise-card.js';

describe('the fallback before the first render', () => {
  it('stays shown while the element waits for its language, then gives way to the card', async () => {
    const el = Object.assign(document.createElement('exercise-card') as ExerciseCard, { exercise: 'wall-angels' });
    el.setAttribute('lang', 'de');
    el.innerHTML = '<h3>Engel an der Wand</h3><p>5–10 Wiederholungen</p>';
    document.body.append(el);
    const heading = el.querySelector('h3');
    // Connected, shadow root attached, first render still waiting for the German strings.
    expect(el.shadowRoot).to.not.equal(null);
    expect(heading?.assignedSlot).to.not.equal(null);
    expect(heading?.getBoundingClientRect().height).to.be.greaterThan(0);
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim()).to.equal('Engel an der Wand');
    expect(el.shadowRoot?.querySelectorAll('slot:not([name])').length).to.equal(0);
    el.remove();
  });
});
