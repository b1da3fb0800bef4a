/**
 * What a player needs once its routine plays, fetched as it starts: the timer's code and strings
 * (src/internal/load-timer.ts) and its cues, wake lock and voice check (playing-controllers.ts).
 * A press on or focus in the player gives the fetch a head start; offline by then, the player says
 * so (`unavailable`) and logs one console error, in its language.
 */
import type { ReactiveControllerHost } from 'lit';
import type { CueSettings } from '../../cues/cue-controller.js';
import { loadTimerFor, warmTimer } from '../../internal/load-timer.js';
import type { PlayingControllers } from './playing-controllers.js';

type Host = ReactiveControllerHost & HTMLElement;

export class PlayReadiness {
  /** The playing controllers, once fetched. */
  controllers?: PlayingControllers;
  /** The code could not be fetched when the routine started (offline). */
  unavailable = false;

  /**
   * @param settings The cues' settings; its `locale` is the one numbers and messages are in.
   * @param strings The locale of the host's UI strings (the timer's are fetched in it).
   * @param where What the console message names: ` routine="…"`.
   */
  constructor(
    private readonly host: Host,
    private readonly settings: () => CueSettings,
    private readonly strings: () => string,
    private readonly where: () => string,
  ) {
    const warm = () => {
      warmTimer(this.strings());
      import('./playing-controllers.js').catch(() => undefined);
    };
    for (const type of ['pointerdown', 'focusin', 'touchstart']) host.addEventListener(type, warm, { once: true, passive: true });
  }

  /** Everything is there to play with. */
  get ready(): boolean {
    return customElements.get('rep-timer') !== undefined && this.controllers !== undefined;
  }

  /** Fetches what is missing; false (having said so) when it cannot be fetched. */
  async load(): Promise<boolean> {
    const controllers = import('./playing-controllers.js');
    const ready = await loadTimerFor(`${this.host.localName}${this.where()}`, this.strings(), this.settings().locale, controllers);
    if (ready) this.controllers ??= (await controllers).playingControllers(this.host, this.settings);
    this.unavailable = !ready;
    this.host.requestUpdate();
    return ready;
  }
}
