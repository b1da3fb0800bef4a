/**
 * Spoken cues through speechSynthesis, in the language of the content being spoken, with a voice
 * of that language only: a device with no voice for it stays silent (the beeps remain) rather than
 * reading Spanish with an English voice. A new cue replaces one still being spoken, so cues never
 * pile up behind the timer; a minor cue (`interrupt` false, the 3-2-1 countdown) is dropped instead
 * while something is being said.
 */

const tagOf = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace(/_/g, '-');

/** The device's voice for a language: the exact tag (`pt-BR`), else the same language (`pt-PT`); none, undefined. */
export function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  try {
    const voices = window.speechSynthesis?.getVoices() ?? [];
    const tag = lang.toLowerCase().replace(/_/g, '-');
    const language = tag.split('-')[0];
    return voices.find((v) => tagOf(v) === tag) ?? voices.find((v) => tagOf(v).split('-')[0] === language);
  } catch {
    return undefined;
  }
}

/** Calls `then` once when the device's list of voices changes (browsers fill it in after the page loads). */
export function whenVoicesChange(then: () => void): void {
  try {
    window.speechSynthesis?.addEventListener('voiceschanged', then, { once: true });
  } catch {
    // No speech on this device: the list never changes.
  }
}

/** Speaks `text` in `lang`; returns whether it did (false: no speech, or no voice for `lang`). */
export function speak(text: string, lang: string, interrupt = true): boolean {
  try {
    const synth = window.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return false;
    const voice = voiceFor(lang);
    if (!voice) return false;
    if (!interrupt && synth.speaking) return false;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.voice = voice;
    synth.cancel();
    synth.speak(utterance);
    return true;
  } catch {
    // Speech is optional.
    return false;
  }
}

export function stopSpeaking(): void {
  try {
    window.speechSynthesis?.cancel();
  } catch {
    // Nothing to stop.
  }
}
