import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells its host when its light-DOM children change after load (steps written in HTML edited by a
 * page script): added or removed children, or attributes of descendants. Inline
 * `<script type="application/json">` datasets are the host's own business and are ignored.
 */
export class ChildrenController implements ReactiveController {
  private __observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.__observer = new MutationObserver((records) => {
      if (records.some((r) => r.type === 'childList' || (r.target !== this.host && !(r.target instanceof HTMLScriptElement)))) this.changed();
    });
    this.__observer.observe(this.host, { childList: true, subtree: true, attributes: true });
  }

  hostDisconnected(): void {
    this.__observer?.disconnect();
    this.__observer = undefined;
  }
}
