import sinon from 'sinon';
import { voiceStandIns } from './voices.js';

/** Every language the library speaks: by default the device has a voice for each. */
const ALL = ['en-US', 'es-ES', 'fr-FR', 'de-DE', 'pt-BR', 'ar-SA'];

/** Replaces speechSynthesis with a recorder (what was said, in which language), with voices of `langs`. */
export function recordSpeech(langs: readonly string[] = ALL) {
  const spoken: { text: string; lang: string }[] = [];
  const voices = voiceStandIns(langs);
  const fake = {
    speaking: false,
    getVoices: () => voices,
    addEventListener: () => undefined,
    cancel: sinon.spy(),
    speak: (utterance: SpeechSynthesisUtterance) => spoken.push({ text: utterance.text, lang: utterance.lang }),
  };
  sinon.stub(window, 'speechSynthesis').get(() => fake);
  return { spoken, cancel: fake.cancel };
}
