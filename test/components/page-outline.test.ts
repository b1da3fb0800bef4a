import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ExerciseCard, RoutinePlayer } from '../../src/index.js';

const title = (el: Element) => el.shadowRoot?.querySelector('[part~="title"]');
const level = (el: Element) => title(el)?.getAttribute('aria-level');
const status = (player: RoutinePlayer) => player.shadowRoot?.querySelector('[data-status]')?.getAttribute('data-status');

/** Puts `markup` (test-written HTML) in the page and waits until every card and player has loaded. */
async function page(markup: string): Promise<HTMLElement> {
  const article = document.createElement('article');
  article.innerHTML = markup;
  const cards = [...article.querySelectorAll<ExerciseCard>('exercise-card')].map(
    (card) => new Promise((resolve) => card.addEventListener('exercise-card-load', resolve, { once: true })),
  );
  document.body.append(article);
  await Promise.all(cards);
  for (const player of article.querySelectorAll<RoutinePlayer>('routine-player')) await waitUntil(() => status(player) === 'idle', 'the player did not load');
  return article;
}

const ARTICLE = `<h1>Five moves for a stiff upper back</h1>
<p>Start with two gentle ones.</p>
<exercise-card exercise="wall-angels"></exercise-card>
<exercise-card exercise="cobra" timer></exercise-card>
<h2>Then make them stronger</h2>
<exercise-card exercise="childs-pose"></exercise-card>
<exercise-card exercise="band-pull-apart" variant="compact"></exercise-card>
<rep-timer reps="5" lead-in="0" muted></rep-timer>
<rep-timer hold="20" muted label="Hold"></rep-timer>
<routine-player lead-in="0" muted>
<routine-step exercise="rhomboid-stretch" hold="20" reps="1"></routine-step>
<routine-step exercise="cobra" hold="10" reps="1"></routine-step>
</routine-player>`;

describe('a page with several elements', () => {
  let article: HTMLElement | undefined;
  afterEach(() => article?.remove());

  it('has one outline: headings follow the page, no repeated landmarks, a named player', async () => {
    article = await page(ARTICLE);
    const [first, second, third, fourth] = article.querySelectorAll<ExerciseCard>('exercise-card');
    const player = article.querySelector<RoutinePlayer>('routine-player')!;
    expect([first, second].map((c) => level(c!))).to.deep.equal(['2', '2']);
    expect([third, fourth].map((c) => level(c!))).to.deep.equal(['3', '3']);
    expect(third!.shadowRoot!.querySelector('[part~="steps"] [role="heading"]')?.getAttribute('aria-level')).to.equal('4');
    expect(level(player)).to.equal('3');
    expect(title(player)?.textContent?.trim()).to.equal('Routine');
    for (const el of article.querySelectorAll('exercise-card, routine-player')) {
      expect(el.shadowRoot!.querySelectorAll('section, [role="region"], aside, nav'), el.localName).to.have.length(0);
    }
    await expect(article).to.be.accessible();
  });

  it('stays accessible while the player plays', async () => {
    article = await page(ARTICLE);
    const player = article.querySelector<RoutinePlayer>('routine-player')!;
    player.play();
    await waitUntil(() => status(player) === 'playing', 'the player did not start');
    await player.shadowRoot!.querySelector('rep-timer')!.updateComplete;
    await expect(article).to.be.accessible();
  });

  it('lets heading-level override, and skips the fallback headings of other cards', async () => {
    article = await page(`<div role="heading" aria-level="4">Notes</div>
<exercise-card exercise="cobra"><h3>Cobra</h3></exercise-card>
<exercise-card exercise="wall-angels"><h6>Wall angels</h6></exercise-card>
<exercise-card exercise="childs-pose" heading-level="2"></exercise-card>`);
    const [afterNotes, afterCard, chosen] = article.querySelectorAll<ExerciseCard>('exercise-card');
    expect(level(afterNotes!)).to.equal('5');
    expect(level(afterCard!)).to.equal('5');
    expect(level(chosen!)).to.equal('2');
  });

  it('caps the level at 6 and starts at 2 on a page without headings before it', async () => {
    article = await page(`<exercise-card exercise="cobra"></exercise-card><h6>Small print</h6><exercise-card exercise="wall-angels"></exercise-card>`);
    const [top, deep] = article.querySelectorAll<ExerciseCard>('exercise-card');
    expect(level(top!)).to.equal('2');
    expect(level(deep!)).to.equal('6');
  });
});
