/**
 * Registers elements when their tags first appear in the document: at once for tags already in
 * the page, then through one MutationObserver that stops when every element is loaded.
 */
export function autoload(loaders: Readonly<Record<string, () => Promise<unknown>>>): void {
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return;
  const pending = new Map(Object.entries(loaders).filter(([tag]) => !customElements.get(tag)));
  if (pending.size === 0) return;

  const load = (tag: string) => {
    const loader = pending.get(tag);
    if (!loader) return;
    pending.delete(tag);
    loader().catch((error: unknown) => console.error(`exercise-elements: <${tag}> could not be loaded`, error));
  };

  const scan = (root: ParentNode) => {
    for (const tag of [...pending.keys()]) {
      if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) load(tag);
    }
  };

  scan(document);
  if (pending.size === 0) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
    if (pending.size === 0) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
