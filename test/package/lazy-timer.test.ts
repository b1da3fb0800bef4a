// The built CDN script fetches the timer's code only when a reader is about to use a timer (a
// card's Start button, a routine's start, or a pointer on them first), and a page that went
// offline once loaded says so in the element's language rather than breaking.
import { expect, oneEvent } from '@open-wc/testing';
import { downloaded } from '../helpers/downloads.js';
import { articlesClosedAfterEach, LOCAL_SCRIPT, type Article } from '../snippet/article-frame.js';

const open = articlesClosedAfterEach();
const OFFLINE_SCRIPT = '/offline-timer/exercise-elements.js';

const timerFetches = (article: Article) => downloaded(/\/chunks\/(rep-timer)-/, article.window.performance).length;

/** What the article's console.error, uncaught errors and unhandled rejections say from now on. */
function watchErrors(article: Article) {
  const seen = { console: [] as string[], uncaught: [] as string[] };
  (article.window as unknown as { console: Console }).console.error = (...args: unknown[]) => seen.console.push(args.map(String).join(' '));
  article.window.addEventListener('error', (event) => seen.uncaught.push(String(event.message)));
  article.window.addEventListener('unhandledrejection', (event) => seen.uncaught.push(String(event.reason)));
  return seen;
}

describe("the timer's code, fetched when a reader is about to use a timer", () => {
  it('a routine player page does without it until the reader starts the routine', async () => {
    const article = await open(`<script type="module" src="${LOCAL_SCRIPT}"></script>\n<routine-player routine="healthy-upper-back"></routine-player>`);
    const player = await article.upgraded();
    expect(timerFetches(article)).to.equal(0);
    expect(article.window.customElements.get('rep-timer')).to.equal(undefined);
    const started = oneEvent(player, 'routine-player-step');
    player.shadowRoot?.querySelector<HTMLButtonElement>('[part="start-button"]')?.click();
    await started;
    await player.updateComplete;
    expect(timerFetches(article)).to.equal(1);
    const timer = player.shadowRoot?.querySelector('rep-timer');
    expect(timer?.getAttribute('phase')).to.not.equal(null);
    expect(timer?.getAttribute('phase')).to.not.equal('idle');
  });

  it('a pointer over a card\'s Start button (or a press in a player) fetches it ahead of the click', async () => {
    const article = await open(`<script type="module" src="${LOCAL_SCRIPT}"></script>\n<exercise-card exercise="wall-angels" timer></exercise-card>`);
    const card = await article.upgraded();
    expect(timerFetches(article)).to.equal(0);
    card.shadowRoot?.querySelector('[part="timer-button"]')?.dispatchEvent(new PointerEvent('pointerenter'));
    await article.window.customElements.whenDefined('rep-timer');
    expect(timerFetches(article)).to.equal(1);

    const withPlayer = await open(`<script type="module" src="${LOCAL_SCRIPT}"></script>\n<routine-player routine="healthy-upper-back"></routine-player>`);
    const player = await withPlayer.upgraded();
    player.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await withPlayer.window.customElements.whenDefined('rep-timer');
    expect(timerFetches(withPlayer)).to.equal(1);
  });

  it('offline once loaded, a card\'s Start says the timer could not be loaded, in its language, with one console error', async () => {
    const article = await open(`<script type="module" src="${OFFLINE_SCRIPT}"></script>\n<exercise-card exercise="wall-angels" lang="es" timer></exercise-card>`);
    const card = await article.upgraded();
    const errors = watchErrors(article);
    const button = card.shadowRoot?.querySelector<HTMLButtonElement>('[part="timer-button"]');
    button?.click();
    await card.updateComplete;
    const message = card.shadowRoot?.querySelector('[part="error"]');
    expect(message?.getAttribute('role')).to.equal('alert');
    expect(message?.textContent).to.equal('No se pudo cargar el temporizador. Comprueba tu conexión e inténtalo de nuevo.');
    expect(button?.getAttribute('aria-expanded')).to.equal('false');
    expect(card.shadowRoot?.querySelector('rep-timer')).to.equal(null);
    expect(errors.console.length).to.equal(1);
    expect(errors.console[0]).to.include('<exercise-card exercise="wall-angels">: No se pudo cargar el temporizador');
    expect(errors.uncaught).to.deep.equal([]);
    // Another exercise: a new card, without the message.
    card.setAttribute('exercise', 'plank');
    await card.updateComplete;
    expect(card.shadowRoot?.querySelector('[part="title"]')?.textContent).to.equal('Plancha');
    expect(card.shadowRoot?.querySelectorAll('[part="error"]').length).to.equal(0);
  });

  it('offline once loaded, a routine player stays at its start and says so, in its language, with one console error', async () => {
    const article = await open(`<script type="module" src="${OFFLINE_SCRIPT}"></script>\n<routine-player routine="healthy-upper-back" lang="de"></routine-player>`);
    const player = await article.upgraded();
    const errors = watchErrors(article);
    player.shadowRoot?.querySelector<HTMLButtonElement>('[part="start-button"]')?.click();
    await player.updateComplete;
    const message = player.shadowRoot?.querySelector('[part="error"]');
    expect(message?.getAttribute('role')).to.equal('alert');
    expect(message?.textContent).to.equal('Der Timer konnte nicht geladen werden. Prüfe deine Verbindung und versuche es erneut.');
    // Still at the start, its start button there to try again.
    expect(player.shadowRoot?.querySelector('[part="base"]')?.getAttribute('data-status')).to.equal('idle');
    expect(player.shadowRoot?.querySelector('[part="start-button"]')).to.not.equal(null);
    expect(errors.console.length).to.equal(1);
    expect(errors.console[0]).to.include('<routine-player routine="healthy-upper-back">: Der Timer konnte nicht geladen werden');
    expect(errors.uncaught).to.deep.equal([]);
  });
});
