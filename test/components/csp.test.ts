import { expect } from '@open-wc/testing';

/** Loads the elements in a frame served with a strict CSP and Trusted Types required. */
describe('under a strict Content Security Policy with Trusted Types', () => {
  it('renders, plays and writes JSON-LD without a violation', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/csp/page.html';
    frame.style.inlineSize = '800px';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & { cspErrors?: string[]; customElements: CustomElementRegistry };
    const doc = frame.contentDocument!;
    await win.customElements.whenDefined('routine-player');
    await win.customElements.whenDefined('exercise-card');
    type Updating = HTMLElement & { updateComplete: Promise<boolean> };
    const card = doc.querySelector('exercise-card') as Updating;
    const player = doc.querySelector('routine-player') as Updating & { play(): void };
    // updateComplete covers loading, the lazily loaded timer and the JSON-LD writer.
    await Promise.all([card.updateComplete, player.updateComplete]);
    player.play();
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="timer-button"]')!.click();
    await Promise.all([card.updateComplete, player.updateComplete]);
    // One task later, so that a violation would have been reported.
    await new Promise((r) => setTimeout(r));
    expect(card.shadowRoot!.querySelector('[part="title"]')?.textContent).to.equal('Wall angels');
    expect(card.shadowRoot!.querySelector('rep-timer')).to.exist;
    expect(player.shadowRoot!.querySelector('[data-status]')?.getAttribute('data-status')).to.equal('playing');
    expect(doc.querySelector('script[type="application/ld+json"]')).to.exist;
    expect(win.cspErrors).to.deep.equal([]);
    // The policy is really in force: a plain HTML string is refused.
    expect(() => {
      doc.body.innerHTML = '<b>not trusted</b>';
    }).to.throw();
    frame.remove();
  });
});
