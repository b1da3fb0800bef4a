import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the screen awake while its host wants it (a timer running), re-acquiring the lock when
 * the page becomes visible again (browsers drop it when a tab is hidden). Failure-tolerant.
 */
export class WakeLockController implements ReactiveController {
  private wanted = false;
  private sentinel: WakeLockSentinel | undefined;
  private requesting = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.set(false);
  }

  /** Whether the screen should stay awake. */
  set(wanted: boolean): void {
    this.wanted = wanted;
    if (wanted) void this.acquire();
    else this.release();
  }

  get active(): boolean {
    return this.sentinel !== undefined && !this.sentinel.released;
  }

  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible' && this.wanted) void this.acquire();
  };

  private async acquire(): Promise<void> {
    if (this.active || this.requesting || document.visibilityState !== 'visible' || !('wakeLock' in navigator)) return;
    this.requesting = true;
    try {
      const sentinel = await navigator.wakeLock.request('screen');
      if (this.wanted) this.sentinel = sentinel;
      else void sentinel.release().catch(() => undefined);
    } catch {
      // Denied (battery saver, permissions policy): the timer works without it.
    } finally {
      this.requesting = false;
    }
  }

  private release(): void {
    const sentinel = this.sentinel;
    this.sentinel = undefined;
    if (sentinel && !sentinel.released) void sentinel.release().catch(() => undefined);
  }
}
