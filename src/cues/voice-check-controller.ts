/**
 * Whether spoken cues are asked for but the device has no voice for the content's language (then
 * the element beeps only and says so once). Browsers fill the voice list in after the page loads:
 * the host renders again when it changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { voiceFor, whenVoicesChange } from './speech.js';

export class VoiceCheckController implements ReactiveController {
  private __watching = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settings: () => { readonly voice: boolean; readonly muted: boolean; readonly locale: string },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Spoken cues on, not muted, and no voice of `locale` on this device. */
  get missing(): boolean {
    const { voice, muted, locale } = this.settings();
    if (!voice || muted || voiceFor(locale)) return false;
    if (!this.__watching) {
      this.__watching = true;
      whenVoicesChange(() => {
        this.__watching = false;
        this.host.requestUpdate();
      });
    }
    return true;
  }
}
