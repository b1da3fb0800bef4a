import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The heading level an element takes when the author sets none: one below the nearest heading
 * before it in document order (after an `<h1>`, 2), capped at 6, so a card fits the outline of
 * the page it is pasted into. Headings inside our own elements (their no-JavaScript fallback) do
 * not count. Browser-only: call it from `connectedCallback`, never at module level or on a server.
 */
const OURS = new Set(['exercise-card', 'routine-player', 'rep-timer', 'routine-step']);
const LEVEL_TAG = /^h([1-6])$/;

function levelOf(element: Element): number | undefined {
  const tag = LEVEL_TAG.exec(element.localName);
  if (tag) return Number(tag[1]);
  if (element.getAttribute('role') !== 'heading') return undefined;
  const level = Number(element.getAttribute('aria-level') ?? 2);
  return Number.isInteger(level) && level >= 1 ? level : undefined;
}

/** One level below the nearest preceding heading, or `fallback` when the page has none before it. */
export function levelBelowPrecedingHeading(element: Element, fallback: number): number {
  const root = element.getRootNode();
  const doc = element.ownerDocument;
  if (!doc || !(root instanceof Node)) return fallback;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) =>
      node !== element && OURS.has((node as Element).localName)
        ? NodeFilter.FILTER_REJECT
        : levelOf(node as Element) === undefined
          ? NodeFilter.FILTER_SKIP
          : NodeFilter.FILTER_ACCEPT,
  });
  walker.currentNode = element;
  const previous = walker.previousNode() as Element | null;
  const level = previous ? levelOf(previous) : undefined;
  return level === undefined ? fallback : Math.min(6, level + 1);
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
