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
    const card = doc.querySelector('exercise-card')!;
    const player = doc.querySelector('routine-player') as HTMLElement & { play(): void };
    for (let i = 0; i < 100 && !(card.shadowRoot?.querySelector('[part="title"]') && player.shadowRoot?.querySelector('[data-status]')); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    player.play();
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="timer-button"]')!.click();
    for (let i = 0; i < 100 && !doc.querySelector('script[type="application/ld+json"]'); i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 300));
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
