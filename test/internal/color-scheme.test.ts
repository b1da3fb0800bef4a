import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
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
  afterEach(() => {
    sinon.restore();
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
    // A media query the test changes by hand: emulated media changes reach background pages late.
    const query = Object.assign(new EventTarget(), { matches: false, media: '(prefers-color-scheme: dark)' });
    sinon.stub(window, 'matchMedia').returns(query as unknown as MediaQueryList);
    document.body.style.color = 'rgb(240, 240, 240)';
    const el = await fixture<SchemeProbe>(html`<scheme-probe></scheme-probe>`);
    query.dispatchEvent(new Event('change')); // forget any earlier judgement of the page
    await el.updateComplete;
    expect(el.scheme.dark).to.equal(true);
    expect(el.scheme.classes.trim()).to.equal('dark');
    document.body.style.color = 'rgb(20, 20, 20)';
    expect(el.scheme.dark, 'judged once, until the scheme changes').to.equal(true);
    const before = el.renders;
    query.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.renders, 'asked to render again').to.be.greaterThan(before);
    expect(el.scheme.dark).to.equal(false);
  });

  it('judges the page as it connects, not in its render (where reading a colour would restyle every element on the page)', async () => {
    const query = Object.assign(new EventTarget(), { matches: false, media: '(prefers-color-scheme: dark)' });
    sinon.stub(window, 'matchMedia').returns(query as unknown as MediaQueryList);
    const first = await fixture<SchemeProbe>(html`<scheme-probe></scheme-probe>`);
    const read = sinon.spy(window, 'getComputedStyle');
    query.dispatchEvent(new Event('change')); // forget any earlier judgement of the page
    const el = document.createElement('scheme-probe') as SchemeProbe;
    document.body.append(el);
    expect(read.callCount, 'read once, on connecting').to.equal(1);
    await Promise.all([el.updateComplete, first.updateComplete]);
    expect(read.callCount, 'not again in the renders').to.equal(1);
    el.remove();
  });
});
