/**
 * Beeps made with Web Audio (no audio files): a distinct tone for work, rest and done, a short
 * tick for the 3-2-1 countdown and a soft, lower beat for each paced rep. One AudioContext per
 * page, created and resumed from a user gesture (mobile browsers keep audio locked otherwise).
 * Every failure is silent.
 */
export type Tone = 'tick' | 'beat' | 'work' | 'rest' | 'switch' | 'done';

type AudioContextConstructor = typeof AudioContext;
let context: AudioContext | undefined;

/** Creates or resumes the page's AudioContext; call it from a click or key handler. */
export function unlockAudio(): void {
  try {
    const Constructor: AudioContextConstructor | undefined =
      window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextConstructor }).webkitAudioContext;
    if (!Constructor) return;
    context ??= new Constructor();
    if (context.state === 'suspended') void context.resume().catch(() => undefined);
  } catch {
    context = undefined;
  }
}

/** Notes as [frequency Hz, start s, length s]. */
const TONES: Readonly<Record<Tone, readonly (readonly [number, number, number])[]>> = {
  tick: [[880, 0, 0.08]],
  beat: [[587, 0, 0.09]],
  work: [[660, 0, 0.12], [990, 0.14, 0.2]],
  rest: [[660, 0, 0.12], [440, 0.14, 0.25]],
  switch: [[740, 0, 0.1], [740, 0.16, 0.1]],
  done: [[523, 0, 0.15], [659, 0.16, 0.15], [784, 0.32, 0.35]],
};

export function beep(tone: Tone): void {
  if (!context || context.state !== 'running') return;
  try {
    const start = context.currentTime + 0.01;
    for (const [frequency, at, length] of TONES[tone]) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      // A soft attack and release: no click, not harsh.
      gain.gain.setValueAtTime(0.0001, start + at);
      gain.gain.exponentialRampToValueAtTime(0.25, start + at + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + at + length);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + at);
      oscillator.stop(start + at + length + 0.02);
    }
  } catch {
    // Audio is a nicety: a timer without sound still works.
  }
}
