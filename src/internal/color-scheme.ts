import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether an element should use its dark palette: `theme="dark"` or `theme="light"` decide;
 * otherwise (`auto`) the element matches the page, judged once per page from the luminance of the
 * page's text colour (light text means a dark page, whether the page follows prefers-color-scheme
 * or has a dark theme of its own) and judged again when prefers-color-scheme changes.
 */
let pageIsDark: boolean | undefined;
const hosts = new Set<ReactiveControllerHost>();
let media: MediaQueryList | undefined;

function luminance(color: string): number | undefined {
  const match = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(color);
  if (!match) return undefined;
  const [r = 0, g = 0, b = 0] = match.slice(1).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function judgePage(): boolean {
  // On a server (Lit SSR) there is no page to judge: render light; the browser judges on hydration.
  if (typeof document === 'undefined' || typeof getComputedStyle !== 'function') return false;
  if (pageIsDark === undefined) {
    const value = luminance(getComputedStyle(document.body ?? document.documentElement).color);
    pageIsDark = value === undefined ? false : value > 0.5;
  }
  return pageIsDark;
}

const onSchemeChange = () => {
  pageIsDark = undefined;
  hosts.forEach((host) => host.requestUpdate());
};

export class ColorSchemeController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly theme: () => string | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!media && typeof matchMedia === 'function') {
      media = matchMedia('(prefers-color-scheme: dark)');
      media.addEventListener('change', onSchemeChange);
    }
    // Judged (once per page) as the first element connects, when little of the page's style is out
    // of date: at the first render instead, reading the page's colour would restyle every element
    // upgraded meanwhile (200 cards: tens of milliseconds), only for the next frame to restyle them again.
    judgePage();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0 && media) {
      media.removeEventListener('change', onSchemeChange);
      media = undefined;
    }
  }

  /** Classes for the element's `.base`: `dark` for the dark palette, `themed` when `theme` forces a scheme (own text and surface colours). */
  get classes(): string {
    const theme = this.theme();
    return `${this.dark ? 'dark' : ''} ${theme === 'dark' || theme === 'light' ? 'themed' : ''}`;
  }

  get dark(): boolean {
    const theme = this.theme();
    if (theme === 'dark') return true;
    if (theme === 'light') return false;
    // Outside a page (a server render, the embed builder) there is no page to match: light.
    return this.host.isConnected === true && judgePage();
  }
}
