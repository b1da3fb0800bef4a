import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatNumber } from '../i18n/format.js';
import { beep, type Tone } from './beeper.js';
import { speak, stopSpeaking } from './speech.js';
import { vibrate } from './vibration.js';

/** What a cue needs to know about its host each time it plays. */
export interface CueSettings {
  /** No beep, vibration or speech (the live region still announces). */
  readonly muted: boolean;
  /** Speak cues aloud. */
  readonly voice: boolean;
  /** The content language speech is in (`pt-BR`). */
  readonly lang: string;
  /** The locale numbers are said in. */
  readonly locale: string;
}

export interface Cue {
  /** Announced in the live region and, with `voice`, spoken. */
  readonly text: string;
  /** Announced instead of `text` where the two differ (the spoken words are shorter). */
  readonly announce?: string;
  /** Spoken only when true (default), so a cue may be announced but not said. */
  readonly speak?: boolean;
  readonly tone?: Tone;
  readonly vibration?: number | number[];
}

/**
 * The cues of one element: a polite live-region announcement, a beep, a vibration and, with
 * `voice`, speech in the element's language; and the "3, 2, 1" countdown said once per second.
 * Shared by `<rep-timer>` and `<routine-player>`; speech stops when the host leaves the page.
 */
export class CueController implements ReactiveController {
  /** The text of the host's live region. */
  announcement = '';
  private __lastCount = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settings: () => CueSettings,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    stopSpeaking();
  }

  /** Announces, beeps, vibrates and speaks `cue`, as the settings allow. */
  play(cue: Cue): void {
    // Spoken in the locale the words are in (an `it` page speaks its English UI strings with an English voice).
    const { muted, voice, locale } = this.settings();
    this.announce(cue.announce ?? cue.text);
    if (muted) return;
    if (cue.tone) beep(cue.tone);
    if (cue.vibration !== undefined) vibrate(cue.vibration);
    if (voice && cue.speak !== false) speak(cue.text, locale);
  }

  /** Puts `text` in the live region. */
  announce(text: string): void {
    this.announcement = text;
    this.host.requestUpdate();
  }

  /**
   * Says `secondsLeft` when it is 3, 2 or 1 and was not said already in this phase: a tick, the
   * number announced and (with `voice`, never interrupting a longer cue) spoken.
   */
  countdown(secondsLeft: number): void {
    if (secondsLeft > 3 || secondsLeft < 1 || secondsLeft === this.__lastCount) return;
    this.__lastCount = secondsLeft;
    const { muted, voice, locale } = this.settings();
    const spoken = formatNumber(secondsLeft, locale);
    this.announce(spoken);
    if (muted) return;
    beep('tick');
    if (voice) speak(spoken, locale, false);
  }

  /**
   * A paced rep: a soft beat and, with `voice`, its number said (`count`, in the element's
   * language). Not announced: a live region read every few seconds would drown everything else.
   */
  beat(count: string): void {
    const { muted, voice, lang } = this.settings();
    if (muted) return;
    beep('beat');
    if (voice) speak(count, lang, false);
  }

  /** A new phase began: its countdown starts afresh. */
  resetCountdown(): void {
    this.__lastCount = 0;
  }

  /** Stops speech under way (reset, muted, rebuilt). */
  silence(): void {
    stopSpeaking();
  }
}
