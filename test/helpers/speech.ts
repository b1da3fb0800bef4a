import sinon from 'sinon';

/** Replaces speechSynthesis with a recorder: what was said, in which language. */
export function recordSpeech() {
  const spoken: { text: string; lang: string }[] = [];
  const fake = {
    speaking: false,
    getVoices: () => [],
    cancel: sinon.spy(),
    speak: (utterance: SpeechSynthesisUtterance) => spoken.push({ text: utterance.text, lang: utterance.lang }),
  };
  sinon.stub(window, 'speechSynthesis').get(() => fake);
  return { spoken, cancel: fake.cancel };
}
