import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the screen awake while its host wants it (a timer running), re-acquiring the lock when
 * the page becomes visible again (browsers drop it when a tab is hidden). Failure-tolerant.
 */
export class WakeLockController implements ReactiveController {
  private __wanted = false;
  private __sentinel: WakeLockSentinel | undefined;
  private __requesting = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.__onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.__onVisibility);
    this.set(false);
  }

  /** Whether the screen should stay awake. */
  set(wanted: boolean): void {
    this.__wanted = wanted;
    if (wanted) void this.__acquire();
    else this.__release();
  }

  get active(): boolean {
    return this.__sentinel !== undefined && !this.__sentinel.released;
  }

  private readonly __onVisibility = () => {
    if (document.visibilityState === 'visible' && this.__wanted) void this.__acquire();
  };

  private async __acquire(): Promise<void> {
    if (this.active || this.__requesting || document.visibilityState !== 'visible' || !('wakeLock' in navigator)) return;
    this.__requesting = true;
    try {
      const sentinel = await navigator.wakeLock.request('screen');
      if (this.__wanted) this.__sentinel = sentinel;
      else void sentinel.release().catch(() => undefined);
    } catch {
      // Denied (battery saver, permissions policy): the timer works without it.
    } finally {
      this.__requesting = false;
    }
  }

  private __release(): void {
    const sentinel = this.__sentinel;
    this.__sentinel = undefined;
    if (sentinel && !sentinel.released) void sentinel.release().catch(() => undefined);
  }
}
