/**
 * What a player needs once its routine plays, beyond the timer: its cues (speech, beeps and
 * vibration, and the live region), the screen kept awake, and the check for a voice in the
 * content's language. Fetched with the timer's code as the routine starts (src/internal/load-timer.ts),
 * so a page showing a player that has not started downloads none of it.
 */
import type { ReactiveControllerHost } from 'lit';
import { CueController, type CueSettings } from '../../cues/cue-controller.js';
import { VoiceCheckController } from '../../cues/voice-check-controller.js';
import { WakeLockController } from '../../cues/wake-lock-controller.js';

export interface PlayingControllers {
  readonly cues: CueController;
  readonly screenLock: WakeLockController;
  readonly voices: VoiceCheckController;
}

/** The controllers, added to `host` (connected ones connect at once). */
export function playingControllers(host: ReactiveControllerHost, settings: () => CueSettings): PlayingControllers {
  return { cues: new CueController(host, settings), screenLock: new WakeLockController(host), voices: new VoiceCheckController(host, settings) };
}
