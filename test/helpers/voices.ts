import sinon from 'sinon';

/**
 * Voices of these languages, as stand-ins (headless Chromium has none, and real voices cannot be
 * constructed): utterances are made to accept them as their `voice`.
 */
export function voiceStandIns(langs: readonly string[]): SpeechSynthesisVoice[] {
  const voices = langs.map((lang) => ({ lang, name: `Test ${lang}`, default: false, localService: true, voiceURI: `test:${lang}` }) as SpeechSynthesisVoice);
  const chosen = new WeakMap<SpeechSynthesisUtterance, SpeechSynthesisVoice | null>();
  sinon
    .stub(SpeechSynthesisUtterance.prototype, 'voice')
    .get(function (this: SpeechSynthesisUtterance) {
      return chosen.get(this) ?? null;
    })
    .set(function (this: SpeechSynthesisUtterance, voice: SpeechSynthesisVoice | null) {
      chosen.set(this, voice);
    });
  return voices;
}

/** Makes the device's voice list these languages. */
export function fakeVoices(...langs: string[]): void {
  const voices = voiceStandIns(langs);
  sinon.stub(window.speechSynthesis, 'getVoices').returns(voices);
}
