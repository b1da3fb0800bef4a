/**
 * Settles at the next animation frame (before it is painted). One frame callback for the whole
 * page, however many elements wait for it.
 */
let frame: Promise<void> | undefined;

export function nextFrame(): Promise<void> {
  frame ??= new Promise((resolve) =>
    requestAnimationFrame(() => {
      frame = undefined;
      resolve();
    }),
  );
  return frame;
}
