import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import { registerDataset, type Dataset, type ExerciseCard, type RoutinePlayer } from '../../src/index.js';
import { addValidatedDataset } from '../../src/data/store.js';

type Pwned = Window & { pwned?: string };
const win = window as Pwned;

/** Script URLs in the forms browsers accept: any case, leading spaces and controls, tabs and newlines inside. */
const PAYLOADS = [
  'javascript:window.pwned="plain"',
  'JaVaScRiPt:window.pwned="case"',
  '  javascript:window.pwned="spaces"',
  '\u0001\u0010 javascript:window.pwned="controls"',
  'java\tscript:window.pwned="tab"',
  'java\nscr\ript:window.pwned="newlines"',
  '\tjavascript:window.pwned="leading-tab"',
  'vbscript:msgbox("pwned")',
  'data:text/html,<script>parent.pwned="data-html"</script>',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.pwned=\'svg\'"><script>parent.pwned="svg"</script></svg>',
];

const dataset = (url: string, id: string): Dataset => ({
  version: 1,
  sources: [{ id: `${id}-source`, title: 'An article', url }],
  exercises: [
    {
      id,
      name: { en: 'Bad links' },
      category: 'mobility',
      equipment: [],
      steps: [{ en: 'Move.' }],
      variations: { easier: ['wall-angels'] },
      media: [
        { type: 'image', src: url, alt: { en: 'A picture' } },
        { type: 'video', src: url, poster: url, alt: { en: 'A video' } },
      ],
      source: `${id}-source`,
    },
  ],
  routines: [{ id: `${id}-routine`, name: { en: 'Bad routine' }, source: `${id}-source`, items: [{ exercise: id }] }],
});

/** Every attribute value under `node`, shadow roots and nested elements included. */
function attributeValues(node: Element | ShadowRoot): string[] {
  const values: string[] = [];
  for (const el of node.querySelectorAll('*')) {
    for (const attr of el.attributes) values.push(attr.value);
    if (el.shadowRoot) values.push(...attributeValues(el.shadowRoot));
  }
  if (node instanceof Element && node.shadowRoot) values.push(...attributeValues(node.shadowRoot));
  return values;
}

/** An attribute that holds one of the payloads, however it is spelt. */
const unsafe = (value: string) => {
  // eslint-disable-next-line no-control-regex -- browsers drop control characters from URLs, so do we
  const squeezed = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return squeezed.includes('javascript:') || squeezed.includes('vbscript:') || squeezed.startsWith('data:');
};

/**
 * Clicks every link and button inside `el` (shadow roots included) and returns the links that
 * would have left for a non-http(s) URL. No link is followed: a followed script or data URL would
 * take the test page down with it, so the click is recorded instead.
 */
function clickEverything(el: Element): string[] {
  const followed: string[] = [];
  const record = (event: Event) => {
    const link = event.composedPath().find((t): t is HTMLAnchorElement => t instanceof HTMLAnchorElement);
    if (!link) return;
    event.preventDefault();
    if (!/^https?:$/.test(link.protocol)) followed.push(link.href);
  };
  window.addEventListener('click', record);
  const visit = (root: Element | ShadowRoot) => {
    for (const target of root.querySelectorAll<HTMLElement>('a, button, summary, area')) target.click();
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  window.removeEventListener('click', record);
  return followed;
}

async function mount<T extends HTMLElement & { updateComplete: Promise<boolean> }>(markup: string, done: string[]): Promise<T> {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  const el = holder.firstElementChild as T;
  const settled = new Promise((resolve) => done.forEach((type) => el.addEventListener(type, resolve, { once: true })));
  document.body.append(holder);
  if (done.length) await settled;
  await el.updateComplete;
  return el;
}

/** One task turn, so that what the clicks started (a handler, a navigation) has run before checking. */
const afterClicks = () => new Promise<void>((resolve) => setTimeout(resolve));

describe('script URLs in data', () => {
  beforeEach(() => {
    delete win.pwned;
    sinon.stub(console, 'error');
  });
  afterEach(() => {
    sinon.restore();
    document.querySelectorAll('body > div').forEach((d) => d.remove());
  });

  PAYLOADS.forEach((payload, i) => {
    const label = JSON.stringify(payload).slice(0, 40);

    it(`are refused by validation with their JSON paths: ${label}`, async () => {
      const result = await registerDataset(dataset(payload, `refused-${i}`));
      expect(result.ok).to.equal(false);
      const paths = result.issues.map((issue) => `${issue.path}: ${issue.message}`);
      expect(paths).to.include('sources[0].url: only http(s) or relative URLs are allowed');
      expect(paths).to.include('exercises[0].media[0].src: only http(s) or relative URLs are allowed');
      expect(paths).to.include('exercises[0].media[1].poster: only http(s) or relative URLs are allowed');
    });

    it(`are refused in a src file and in inline JSON, with the path in the card and the console: ${label}`, async () => {
      const json = JSON.stringify(dataset(payload, `element-${i}`));
      const src = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const fromSrc = await mount<ExerciseCard>(`<exercise-card exercise="element-${i}" src="${src}"></exercise-card>`, ['exercise-card-error']);
      const inline = document.createElement('exercise-card') as ExerciseCard;
      inline.setAttribute('exercise', `element-${i}`);
      const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: json });
      inline.append(script);
      const failed = new Promise((resolve) => inline.addEventListener('exercise-card-error', resolve, { once: true }));
      document.body.append(inline);
      await failed;
      await inline.updateComplete;
      for (const card of [fromSrc, inline]) {
        expect(card.shadowRoot!.querySelector('[part="error"]')?.textContent).to.contain('sources[0].url');
        expect(card.shadowRoot!.querySelector('[part="error"]')?.getAttribute('role')).to.equal('alert');
        expect(clickEverything(card)).to.deep.equal([]);
      }
      inline.remove();
      URL.revokeObjectURL(src);
      await afterClicks();
      expect((console.error as sinon.SinonStub).args.map((args) => String(args[0])).filter((m) => m.includes('sources[0].url'))).to.have.length(2);
      expect(attributeValues(document.body).filter(unsafe)).to.deep.equal([]);
      expect(win.pwned).to.equal(undefined);
    });

    it(`never reach the DOM from data that skipped validation: ${label}`, async () => {
      const id = `unvalidated-${i}`;
      addValidatedDataset(dataset(payload, id));
      const card = await mount<ExerciseCard>(`<exercise-card exercise="${id}" timer></exercise-card>`, ['exercise-card-load']);
      expect(card.shadowRoot!.querySelector('[part="source"]')?.textContent).to.contain('An article');
      expect(card.shadowRoot!.querySelector('[part="source"] a')?.getAttribute('href')).to.equal(undefined);
      expect(card.shadowRoot!.querySelectorAll('[part="media"] img, [part="media"] video').length).to.equal(0);
      expect(clickEverything(card)).to.deep.equal([]);
      const player = await mount<RoutinePlayer>(`<routine-player routine="${id}-routine" muted lead-in="0"></routine-player>`, []);
      await waitUntil(() => player.shadowRoot?.querySelector('[data-status="idle"]'), 'the player did not load');
      player.play();
      await waitUntil(() => player.shadowRoot?.querySelector('[data-status="playing"]'), 'the player did not start');
      await afterClicks();
      expect(attributeValues(document.body).filter(unsafe)).to.deep.equal([]);
      expect(win.pwned).to.equal(undefined);
    });
  });

  it('keep http(s) and relative URLs working', async () => {
    addValidatedDataset({
      ...dataset('https://example.org/article', 'fine-links'),
      exercises: [{ ...dataset('', 'fine-links').exercises![0]!, media: [{ type: 'image', src: '/test/fixtures/media/band-pull-apart-0.jpg', alt: { en: 'A band' } }] }],
    });
    const card = await mount<ExerciseCard>('<exercise-card exercise="fine-links"></exercise-card>', ['exercise-card-load']);
    expect(card.shadowRoot!.querySelector('[part="source"] a')?.getAttribute('href')).to.equal('https://example.org/article');
    expect(card.shadowRoot!.querySelector('[part="media"] img')?.getAttribute('src')).to.equal('/test/fixtures/media/band-pull-apart-0.jpg');
  });

  it('keep dataset text as text: markup in a step stays characters, and cannot close the JSON-LD script', async () => {
    const markup = '</script><img src=x onerror="window.pwned=\'markup\'">';
    const base = dataset('https://example.org/', 'markup-text');
    addValidatedDataset({ ...base, exercises: [{ ...base.exercises![0]!, media: [], steps: [{ en: markup }] }] });
    const card = await mount<ExerciseCard>('<exercise-card exercise="markup-text" structured-data></exercise-card>', ['exercise-card-load']);
    await waitUntil(() => card.querySelector('script[type="application/ld+json"]'), 'no JSON-LD was written');
    expect(card.shadowRoot!.querySelector('[part="step"]')?.textContent?.trim()).to.equal(markup);
    expect(card.shadowRoot!.querySelector('[part="step"] img')).to.equal(null);
    const json = card.querySelector('script[type="application/ld+json"]')!.textContent ?? '';
    expect(json).not.to.contain('</script');
    expect((JSON.parse(json) as { step: { text: string }[] }).step[0]?.text).to.equal(markup);
    await afterClicks();
    expect(win.pwned).to.equal(undefined);
  });
});
