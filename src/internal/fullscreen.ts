/** Shows `el` full screen, or leaves full screen when it already is; refused requests are ignored. */
export function toggleFullscreen(el: HTMLElement): void {
  if (document.fullscreenElement === el) void document.exitFullscreen().catch(() => undefined);
  else void el.requestFullscreen?.().catch(() => undefined);
}
