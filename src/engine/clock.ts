/**
 * The monotonic clock the timers run on, in milliseconds. performance.now() never jumps when the
 * wall clock is changed, but on some systems it stands still while the device sleeps; the wall
 * clock does not. So a gap the wall clock saw and performance.now() did not is added back.
 */
/** Milliseconds on a monotonic scale: what the timer machine and the routine session read. */
export type Clock = () => number;

const MAX_SLEEP_MS = 24 * 3600 * 1000;

export function createClock(): Clock {
  let offset = 0;
  let lastPerf = performance.now();
  let lastWall = Date.now();
  return () => {
    const perf = performance.now();
    const wall = Date.now();
    const missed = wall - lastWall - (perf - lastPerf);
    if (missed > 1000 && missed < MAX_SLEEP_MS) offset += missed;
    lastPerf = perf;
    lastWall = wall;
    return perf + offset;
  };
}
