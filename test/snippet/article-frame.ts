/**
 * An article page (text, a pasted snippet, text) in an iframe of a given width, as a blog shows
 * it, for the snippet tests: the layout shifts it sees, and a promise of its first card loaded.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export const LOCAL_SCRIPT = '/dist/cdn/exercise-elements.js';
const CDN_SCRIPT = 'https://cdn.jsdelivr.net/npm/exercise-elements@0/dist/cdn/exercise-elements.js';

/** The `exercise-elements snippet` command's output for `args`, its script pointed at this server's build. */
export async function nodeSnippet(...args: string[]): Promise<string> {
  const out = await executeServerCommand<string, { args: string[] }>('exercise-elements-snippet', { args });
  if (typeof out !== 'string') throw new Error('the snippet command answered nothing');
  return out;
}

export const localScript = (snippet: string): string => snippet.replace(CDN_SCRIPT, LOCAL_SCRIPT);

const PARAGRAPH = '<p>Upper-back stiffness often comes from long hours at a desk. A few minutes of gentle movement every day helps.</p>';

export interface ArticleWindow extends Window {
  layoutShift: number;
  /**
   * The card's (prerendered) shadow root after each change to it, watched from before the script
   * ran: whether it showed a loading state, and how many cards it held. A flash shows here even
   * when it was never painted.
   */
  shadowStates: { busy: boolean; bases: number }[];
  cardLoaded: Promise<Event>;
}

export interface Article {
  readonly frame: HTMLIFrameElement;
  readonly window: ArticleWindow;
  readonly document: Document;
  /** The snippet's element: the card, the routine player or the timer. */
  card(): HTMLElement & { updateComplete: Promise<boolean> };
  /** Resolves once the card has loaded and rendered (and, in a visible page, that rendering has been painted). */
  cardRendered(): Promise<void>;
  /** Resolves with the snippet's element once it is defined and has rendered (its loading done). */
  upgraded(): Promise<HTMLElement & { updateComplete: Promise<boolean> }>;
}

/**
 * Resolves once `win` has painted twice more. Layout shifts are reported as frames are painted; a
 * test page in a background tab (the runner runs two at once) paints none, and waiting for a frame
 * there would never end: it resolves at once.
 */
export const painted = (win: Window): Promise<void> =>
  document.visibilityState === 'visible' ? new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve()))) : Promise.resolve();

export async function openArticle(snippet: string, width = 390): Promise<Article> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script>
window.layoutShift = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.layoutShift += e.value; }).observe({ type: 'layout-shift', buffered: true });
window.cardLoaded = new Promise((resolve) => document.addEventListener('exercise-card-load', resolve, { once: true }));
</script></head>
<body style="font-family: Georgia, serif; line-height: 1.6; margin: 0; padding: 1rem">
<h1>An article</h1>
${PARAGRAPH}
${snippet}
<script>
window.shadowStates = [];
const card = document.querySelector('exercise-card, routine-player, rep-timer');
if (card && card.shadowRoot) {
  new MutationObserver(() => {
    const root = card.shadowRoot;
    window.shadowStates.push({ busy: root.querySelector('[aria-busy]') !== null, bases: root.querySelectorAll('[part="base"]').length });
  }).observe(card.shadowRoot, { childList: true, subtree: true });
}
</script>
${PARAGRAPH}
</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as ArticleWindow;
  const doc = win.document;
  const card = () => {
    const found = doc.querySelector('exercise-card, routine-player, rep-timer');
    if (!found) throw new Error('no card in the article');
    return found as HTMLElement & { updateComplete: Promise<boolean> };
  };
  return {
    frame,
    window: win,
    document: doc,
    card,
    async cardRendered() {
      await win.cardLoaded;
      await card().updateComplete;
      await painted(win);
    },
    async upgraded() {
      await win.customElements.whenDefined(card().localName);
      const element = card();
      await element.updateComplete;
      return element;
    },
  };
}

/** The box of every part of the card's rendering, by part name and position. */
export function partBoxes(card: HTMLElement): Record<string, { top: number; height: number; width: number }> {
  const top = card.getBoundingClientRect().top;
  const boxes: Record<string, { top: number; height: number; width: number }> = {};
  card.shadowRoot?.querySelectorAll('[part]').forEach((element, i) => {
    const box = element.getBoundingClientRect();
    boxes[`${i}:${element.getAttribute('part') ?? ''}`] = { top: Math.round(box.top - top), height: Math.round(box.height), width: Math.round(box.width) };
  });
  return boxes;
}

/** Opens articles for one test file and removes them after each test. */
export function articlesClosedAfterEach(): (snippet: string) => Promise<Article> {
  const opened: Article[] = [];
  afterEach(() => opened.splice(0).forEach((a) => a.frame.remove()));
  return async (snippet) => {
    const article = await openArticle(snippet);
    opened.push(article);
    return article;
  };
}

/**
 * An element's text (its text content: a far-off element skips rendering, so no innerText), white
 * space left out: the server's markup keeps the template's white space where the CDN build minifies it.
 */
export const shadowText = (el: HTMLElement): string => (el.shadowRoot?.querySelector<HTMLElement>('[part="base"]')?.textContent ?? '').replace(/\s+/g, '');
