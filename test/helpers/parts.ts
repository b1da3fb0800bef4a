/**
 * The test harness of every element: tests reach inside an element the way a page's stylesheet
 * does, through its documented parts (`::part(name)`, listed in custom-elements.json), never
 * through its internal classes, which may change without notice.
 */

/** The element's first part named `name` (a part may have several names: `[part~=name]`). */
export const part = <T extends HTMLElement = HTMLElement>(el: Element, name: string): T | null =>
  el.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;

/** Every part named `name`. */
export const parts = <T extends HTMLElement = HTMLElement>(el: Element, name: string): T[] => [...(el.shadowRoot?.querySelectorAll<T>(`[part~="${name}"]`) ?? [])];

/** A part's text, with white space collapsed ('' when the part is not rendered). */
export const partText = (el: Element, name: string): string => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
