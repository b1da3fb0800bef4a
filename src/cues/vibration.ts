/** A short vibration where the device has one and the page may use it. */
export function vibrate(pattern: number | number[]): void {
  try {
    navigator.vibrate?.(pattern);
  } catch {
    // Not supported or not allowed.
  }
}
