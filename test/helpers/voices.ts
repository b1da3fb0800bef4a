import sinon from 'sinon';

/**
 * Makes the device's voice list these languages (headless Chromium has none). Real voices cannot
 * be constructed, so utterances accept these stand-ins as their `voice`.
 */
export function fakeVoices(...langs: string[]): void {
  const voices = langs.map((lang) => ({ lang, name: `Test ${lang}`, default: false, localService: true, voiceURI: `test:${lang}` }) as SpeechSynthesisVoice);
  sinon.stub(window.speechSynthesis, 'getVoices').returns(voices);
  const chosen = new WeakMap<SpeechSynthesisUtterance, SpeechSynthesisVoice | null>();
  sinon
    .stub(SpeechSynthesisUtterance.prototype, 'voice')
    .get(function (this: SpeechSynthesisUtterance) {
      return chosen.get(this) ?? null;
    })
    .set(function (this: SpeechSynthesisUtterance, voice: SpeechSynthesisVoice | null) {
      chosen.set(this, voice);
    });
}
