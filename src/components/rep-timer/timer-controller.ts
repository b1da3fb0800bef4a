import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createClock } from '../../engine/clock.js';
import { TimerMachine, type Clock, type TimerEvent, type TimerSnapshot } from '../../engine/timer-machine.js';
import { buildPlan, type TimerPlan } from '../../engine/timer-plan.js';

/** What the host hears after each look at the machine: what happened, and where it is now. */
export type TimerListener = (events: readonly TimerEvent[], snapshot: TimerSnapshot) => void;

/**
 * Runs a {@link TimerMachine} for an element: one `setTimeout` planned for the next change (the
 * next phase or the next whole second), a fresh look when the page becomes visible again (timers
 * are throttled or frozen in background tabs), and nothing left running once the host is
 * disconnected. Time comes from the monotonic clock of `engine/clock.ts`.
 */
export class TimerController implements ReactiveController {
  private __machine: TimerMachine;
  private __timeout: ReturnType<typeof setTimeout> | undefined;
  private __connected = false;
  /** Where the machine was at the last look. */
  snapshot: TimerSnapshot;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly listener: TimerListener,
    private readonly clock: Clock = createClock(),
  ) {
    host.addController(this);
    this.__machine = new TimerMachine(buildPlan({}), this.clock);
    this.snapshot = this.__machine.snapshot();
  }

  hostConnected(): void {
    this.__connected = true;
    document.addEventListener('visibilitychange', this.__onVisibility);
    if (this.snapshot.status === 'running') this.tick();
  }

  hostDisconnected(): void {
    this.__connected = false;
    document.removeEventListener('visibilitychange', this.__onVisibility);
    this.__cancel();
  }

  get plan(): TimerPlan {
    return this.__machine.plan;
  }

  /** Milliseconds until the machine next changes by itself, or `null` when it waits for the reader. */
  msUntilNextChange(): number | null {
    return this.__machine.msUntilNextChange();
  }

  /** Replaces the plan: the timer goes back to idle. */
  setPlan(plan: TimerPlan): void {
    this.__machine = new TimerMachine(plan, this.clock);
    this.tick();
  }

  /** Does `action` to the machine (start, pause, skip...), then looks at it again. */
  act(action: (machine: TimerMachine) => void): void {
    action(this.__machine);
    this.tick();
  }

  /** Reads the machine, tells the listener what happened, plans the next look, asks for a render. */
  tick(): void {
    this.__cancel();
    const snapshot = this.__machine.snapshot();
    const events = this.__machine.takeEvents();
    this.snapshot = snapshot;
    this.listener(events, snapshot);
    if (snapshot.status === 'running' && this.__connected) {
      const next = this.__machine.msUntilNextChange();
      const remaining = snapshot.remainingMs;
      const toSecond = remaining === null ? null : remaining - (Math.ceil(remaining / 1000) - 1) * 1000;
      const delays = [next, toSecond].filter((d): d is number => d !== null && d > 0);
      // Exactly at the next change: timers fire late, never early, and a look that finds nothing new plans again.
      if (delays.length > 0) this.__timeout = setTimeout(() => this.tick(), Math.max(1, Math.min(...delays)));
    }
    this.host.requestUpdate();
  }

  private __cancel(): void {
    clearTimeout(this.__timeout);
    this.__timeout = undefined;
  }

  private readonly __onVisibility = () => {
    if (document.visibilityState === 'visible') this.tick();
  };
}
