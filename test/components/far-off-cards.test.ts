import { expect, fixture, html } from '@open-wc/testing';
import '../../src/exercise-card.js';
import type { ExerciseCard } from '../../src/exercise-card.js';

// Whether Chromium actually skips a far-off card is decided at rendering time, which a test page
// running in the background does not get reliably; `npm run bench` measures that effect. Here:
// the styles that make it so, and that no card can take an estimated size once it has a real one.
describe('cards far off screen', () => {
  for (const variant of ['full', 'compact']) {
    it(`skip their rendering and keep their last real size (${variant})`, async () => {
      const el = await fixture<ExerciseCard>(html`<exercise-card exercise="wall-angels" variant=${variant}></exercise-card>`);
      await el.updateComplete;
      const style = getComputedStyle(el);
      expect(style.contentVisibility).to.equal('auto');
      // `auto`: the size it had when last rendered wins over the estimate, so nothing moves when it comes back.
      expect(style.containIntrinsicBlockSize).to.match(/^auto \d/);
    });
  }
});
