import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ColorSchemeController } from '../../src/internal/color-scheme.js';

class SchemeProbe extends LitElement {
  static override properties = { theme: {} };
  theme = 'auto';
  readonly scheme = new ColorSchemeController(this, () => this.theme);
  renders = 0;
  override render() {
    this.renders++;
    return html`${this.scheme.classes}`;
  }
}
customElements.define('scheme-probe', SchemeProbe);

describe('ColorSchemeController', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    document.body.style.color = '';
  });

  it('lets theme="dark" and theme="light" decide, and marks them as themed', async () => {
    const el = await fixture<SchemeProbe>(html`<scheme-probe theme="dark"></scheme-probe>`);
    expect(el.scheme.dark).to.equal(true);
    expect(el.scheme.classes.split(/\s+/)).to.include.members(['dark', 'themed']);
    el.theme = 'light';
    expect(el.scheme.dark).to.equal(false);
    expect(el.scheme.classes.trim()).to.equal('themed');
  });

  it('with auto, follows the page: light text means a dark page, judged again when the scheme changes', async () => {
    document.body.style.color = 'rgb(240, 240, 240)';
    await emulateMedia({ colorScheme: 'dark' }); // a change: the page is judged again
    const el = await fixture<SchemeProbe>(html`<scheme-probe></scheme-probe>`);
    expect(el.scheme.dark).to.equal(true);
    expect(el.scheme.classes.trim()).to.equal('dark');
    document.body.style.color = 'rgb(20, 20, 20)';
    const before = el.renders;
    await emulateMedia({ colorScheme: 'light' });
    await el.updateComplete;
    expect(el.renders, 'asked to render again').to.be.greaterThan(before);
    expect(el.scheme.dark).to.equal(false);
  });
});
