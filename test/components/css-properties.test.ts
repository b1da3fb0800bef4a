import { expect, fixture, html } from '@open-wc/testing';
import '../../src/exercise-card.js';
import '../../src/rep-timer.js';
import '../../src/routine-player.js';

// Each element's documented CSS custom properties (`@cssprop`, in custom-elements.json, which feeds
// Storybook and editors) are exactly the `--ee-*` its styles read: directly, or through the
// private `--_*` the theme sets from one (`--_caution: var(--ee-caution, ...)`) where the element
// uses that private one.
type Manifest = { modules: { declarations?: { tagName?: string; cssProperties?: { name: string }[] }[] }[] };

function propertiesRead(element: HTMLElement): string[] {
  const css = (element.shadowRoot?.adoptedStyleSheets ?? [])
    .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
    .join('\n');
  const aliases = new Map<string, string>();
  for (const [, alias, property] of css.matchAll(/(--_[\w-]+)\s*:\s*var\((--ee-[\w-]+)/g)) aliases.set(alias!, property!);
  // What is left once the theme's aliases are taken out is read directly.
  const direct = css.replace(/--_[\w-]+\s*:\s*var\(--ee-[\w-]+/g, '').matchAll(/var\((--ee-[\w-]+)/g);
  const used = [...css.matchAll(/var\((--_[\w-]+)/g)].flatMap(([, alias]) => (aliases.has(alias!) ? [aliases.get(alias!)!] : []));
  return [...new Set([...[...direct].map(([, property]) => property!), ...used])].sort();
}

async function documented(tag: string): Promise<string[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  return (declaration?.cssProperties ?? []).map((p) => p.name).sort();
}

describe('documented CSS custom properties', () => {
  it('<exercise-card> documents every --ee-* it reads, and no other', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<exercise-card exercise="wall-angels" timer></exercise-card>`);
    await el.updateComplete;
    expect(await documented('exercise-card')).to.deep.equal(propertiesRead(el));
  });

  it('<rep-timer> documents every --ee-* it reads, and no other', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<rep-timer reps="2" muted></rep-timer>`);
    await el.updateComplete;
    expect(await documented('rep-timer')).to.deep.equal(propertiesRead(el));
  });

  it('<routine-player> documents every --ee-* it reads, and no other', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<routine-player routine="healthy-upper-back" muted></routine-player>`);
    await el.updateComplete;
    expect(await documented('routine-player')).to.deep.equal(propertiesRead(el));
  });
});
