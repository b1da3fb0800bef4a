/**
 * Spoken cues through speechSynthesis, in the language of the element that speaks. A new cue
 * replaces one still being spoken, so cues never pile up behind the timer; a minor cue
 * (`interrupt` false, the 3-2-1 countdown) is dropped instead while something is being said.
 */
export function speak(text: string, lang: string, interrupt = true): void {
  try {
    const synth = window.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
    if (!interrupt && synth.speaking) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    const language = lang.split('-')[0]?.toLowerCase() ?? '';
    const voices = synth.getVoices();
    const voice =
      voices.find((v) => v.lang.toLowerCase() === lang.toLowerCase()) ??
      voices.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === language);
    if (voice) utterance.voice = voice;
    synth.cancel();
    synth.speak(utterance);
  } catch {
    // Speech is optional.
  }
}

export function stopSpeaking(): void {
  try {
    window.speechSynthesis?.cancel();
  } catch {
    // Nothing to stop.
  }
}
