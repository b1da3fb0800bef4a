import sinon from 'sinon';

/** Fake time for the timers: Date, performance.now and setTimeout move only when the test says. */
export function fakeTime() {
  return sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
}

/** Collects the events an element dispatches, in order. */
export function record(el: EventTarget, types: readonly string[]) {
  const seen: { type: string; detail: any }[] = [];
  for (const type of types) el.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
  return seen;
}

export const TIMER_EVENTS = [
  'rep-timer-start',
  'rep-timer-phase',
  'rep-timer-rep',
  'rep-timer-set',
  'rep-timer-pause',
  'rep-timer-resume',
  'rep-timer-complete',
] as const;
