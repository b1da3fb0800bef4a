/**
 * `HTMLElement` where there is one, else an empty class: a plain (non-Lit) element class can then
 * be declared in Node (server rendering, static builds) without a DOM, as Lit's own elements can.
 * Nothing of the element runs there; only the module must import without throwing.
 */
export const ServerSafeHTMLElement: typeof HTMLElement =
  // eslint-disable-next-line @typescript-eslint/no-extraneous-class -- a stand-in with nothing to do
  globalThis.HTMLElement ?? (class {} as unknown as typeof HTMLElement);
