import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The heading level an element takes when the author sets none: one below the nearest heading
 * before it in document order (after an `<h1>`, 2), capped at 6, so a card fits the outline of
 * the page it is pasted into. Headings inside our own elements (their no-JavaScript fallback) do
 * not count. Browser-only: call it from `connectedCallback`, never at module level or on a server.
 */
const OURS = new Set(['exercise-card', 'routine-player', 'rep-timer', 'routine-step']);
const OURS_SELECTOR = [...OURS].join(',');
const LEVEL_TAG = /^h([1-6])$/;
// NodeFilter's constants by value: the names would ship in the minified script, the numbers are fixed by the DOM.
const SHOW_ELEMENT = 1;
const ACCEPT = 1;
const REJECT = 2;
const SKIP = 3;

function levelOf(element: Element): number | undefined {
  const tag = LEVEL_TAG.exec(element.localName);
  if (tag) return Number(tag[1]);
  if (element.getAttribute('role') !== 'heading') return undefined;
  const level = Number(element.getAttribute('aria-level') ?? 2);
  return Number.isInteger(level) && level >= 1 ? level : undefined;
}

/**
 * The level of the heading each of our elements found before it (`null`: none). An element of
 * ours that precedes another with no heading in between found the same heading: the walk stops
 * there and reuses its answer, so a page of n cards costs n short walks, not n² long ones.
 */
const found = new WeakMap<Element, number | null>();

/** One level below the nearest preceding heading, or `fallback` when the page has none before it. */
export function levelBelowPrecedingHeading(element: Element, fallback: number): number {
  const root = element.getRootNode();
  const doc = element.ownerDocument;
  if (!doc || !(root instanceof Node)) return fallback;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT, {
    acceptNode: (node) => {
      const candidate = node as Element;
      const ours = OURS.has(candidate.localName);
      if (!ours && levelOf(candidate) === undefined) return SKIP;
      // Inside another of our elements (its no-JavaScript fallback): never counts.
      const owner = candidate.parentElement?.closest(OURS_SELECTOR);
      if (owner && !owner.contains(element)) return REJECT;
      if (ours) return found.has(candidate) ? ACCEPT : REJECT;
      return ACCEPT;
    },
  });
  walker.currentNode = element;
  const previous = walker.previousNode() as Element | null;
  const level = previous ? (found.has(previous) ? found.get(previous) : levelOf(previous)) : undefined;
  found.set(element, level ?? null);
  return level === undefined || level === null ? fallback : Math.min(6, level + 1);
}

/** Works out the automatic level when the host connects; `level(explicit)` gives the one to use. */
export class HeadingLevelController implements ReactiveController {
  private auto?: number;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly fallback: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.auto = levelBelowPrecedingHeading(this.host, this.fallback);
  }

  /** The author's `heading-level` when it is a usable number, else the automatic level. */
  level(explicit: number | undefined): number {
    const chosen = explicit !== undefined && Number.isFinite(explicit) ? Math.round(explicit) : (this.auto ?? this.fallback);
    return Math.min(6, Math.max(1, chosen));
  }
}
