/**
 * Defines a custom element unless the tag is taken already: a second copy of our script on a
 * page (a theme and a plugin both adding it) must never throw.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
