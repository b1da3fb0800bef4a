/**
 * Defines a custom element unless the tag is taken already: a second copy of our script on a
 * page (a theme and a plugin both adding it) must never throw. Where there is no registry at all
 * (Node without Lit's server shim) it does nothing, so that the module still imports.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (registry && !registry.get(tag)) registry.define(tag, constructor);
}
