import type { LitElement } from 'lit';

// TypeScript requires a mixin's constructor to take `any[]`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = abstract new (...args: any[]) => T;

/** What the mixin adds, declared apart so that declaration files can name it (Lit's mixin pattern). */
export declare class PrerenderedRootInterface {
  /** The shadow root still shows the prerendered rendering it came with. */
  protected get showsPrerendered(): boolean;
  /** Removes the prerendered rendering (call it in the update that renders the element's own). */
  protected releasePrerendered(): void;
}

/**
 * Upgrading in place an element that arrives with its finished rendering as a declarative shadow
 * root (a snippet from `exercise-elements/snippet.js`). The browser painted that rendering before
 * any script ran; the element keeps it on screen while it loads its data and its language, then
 * swaps in its own rendering in a single update, so nothing flashes and nothing moves. Lit would
 * otherwise render its loading state beside the prerendered markup.
 */
export const PrerenderedRoot = <T extends Constructor<LitElement>>(Base: T) => {
  abstract class WithPrerenderedRoot extends Base {
    private prerendered: ChildNode[] = [];

    protected override createRenderRoot(): HTMLElement | DocumentFragment {
      this.prerendered = this.shadowRoot ? [...this.shadowRoot.childNodes] : [];
      const root = super.createRenderRoot();
      // Lit renders before the root's first child: after the prerendered nodes instead, so that
      // removing them later leaves Lit's own markers in place.
      if (this.prerendered.length > 0) this.renderOptions.renderBefore = null;
      return root;
    }

    protected get showsPrerendered(): boolean {
      return this.prerendered.length > 0;
    }

    protected releasePrerendered(): void {
      for (const node of this.prerendered) node.remove();
      this.prerendered = [];
    }
  }
  return WithPrerenderedRoot as unknown as Constructor<PrerenderedRootInterface> & T;
};
