// The embed builder (demo/builder.html): restored from its query string, writing the very snippet
// the Node command writes for the same options, and keeping the query string up to date.
import { expect } from '@open-wc/testing';
import { nodeSnippet } from './article-frame.js';

interface Builder {
  readonly frame: HTMLIFrameElement;
  readonly document: Document;
  field(name: string): HTMLInputElement | HTMLSelectElement;
  snippet(): HTMLTextAreaElement;
  /** Resolves when the builder has written its next snippet. */
  nextSnippet(): Promise<void>;
  /** Sets the form's field `name` to `value` as a reader does and resolves once the builder has written the snippet for it. */
  choose(name: string, value: string): Promise<void>;
}

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  frames.forEach((f) => f.remove());
  frames = [];
});

async function openBuilder(query: string): Promise<Builder> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/builder.html${query}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const doc = frame.contentDocument as Document;
  const snippet = () => doc.querySelector('#snippet') as HTMLTextAreaElement;
  const nextSnippet = () => new Promise<void>((resolve) => snippet().addEventListener('snippet-written', () => resolve(), { once: true }));
  // The first snippet may be written before or after the page's load event.
  if (!snippet().dataset.written) await nextSnippet();
  const field = (name: string) => (doc.querySelector('#builder') as HTMLFormElement).elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const choose = async (name: string, value: string) => {
    const input = field(name);
    input.value = value;
    const written = nextSnippet();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await written;
  };
  return { frame, document: doc, field, snippet, nextSnippet, choose };
}

describe('the embed builder', () => {
  it('restores its form from the query string', async () => {
    const builder = await openBuilder('?exercise=band-pull-apart&lang=es&theme=dark&variant=compact&timer=1&reps=8-12&side=each');
    expect(builder.field('exercise').value).to.equal('band-pull-apart');
    expect(builder.field('lang').value).to.equal('es');
    expect(builder.field('theme').value).to.equal('dark');
    expect(builder.field('variant').value).to.equal('compact');
    expect((builder.field('timer') as HTMLInputElement).checked).to.equal(true);
    expect((builder.field('structured-data') as HTMLInputElement).checked).to.equal(false);
    expect(builder.field('reps').value).to.equal('8-12');
    expect(builder.field('side').value).to.equal('each');
  });

  it("writes the Node command's snippet for the same options, in a read-only textarea", async () => {
    const builder = await openBuilder('?exercise=wall-angels&lang=es&reps=8-12&theme=dark');
    expect(builder.snippet().readOnly).to.equal(true);
    expect(builder.snippet().value).to.equal(await nodeSnippet('wall-angels', '--lang', 'es', '--reps', '8-12', '--theme', 'dark'));
  });

  it("writes a routine player's snippet for a routine, the Node command's for the same routine", async () => {
    const builder = await openBuilder('?routine=healthy-upper-back&lang=fr');
    expect(builder.field('exercise').value).to.equal('routine:healthy-upper-back');
    expect(builder.snippet().value).to.equal(await nodeSnippet('healthy-upper-back', '--lang', 'fr'));
    // Picked from the list: the query string says so, and a link reproduces it.
    await builder.choose('exercise', 'wall-angels');
    expect(builder.frame.contentWindow?.location.search).to.equal('?exercise=wall-angels&lang=fr');
    await builder.choose('exercise', 'routine:healthy-upper-back');
    expect(builder.frame.contentWindow?.location.search).to.equal('?routine=healthy-upper-back&lang=fr');
    expect(builder.snippet().value).to.include('<routine-player routine="healthy-upper-back" lang="fr">');
  });

  it("writes a routine's plan (rounds, rest between, lead-in) as the Node command does", async () => {
    const builder = await openBuilder('?routine=healthy-upper-back&lang=de&rounds=2&rest-between=45&lead-in=0');
    expect(builder.field('rounds').value).to.equal('2');
    expect(builder.snippet().value).to.equal(await nodeSnippet('healthy-upper-back', '--lang', 'de', '--rounds', '2', '--rest-between', '45', '--lead-in', '0'));
  });

  it("writes a timer's snippet for the Timer choice, the Node command's for the same dose", async () => {
    const builder = await openBuilder('?timer=1&lang=de&label=Plank&count=tap&sets=3&reps=10');
    expect(builder.field('exercise').value).to.equal('timer:');
    expect(builder.field('label').value).to.equal('Plank');
    expect(builder.field('count').value).to.equal('tap');
    expect(builder.snippet().value).to.equal(await nodeSnippet('--timer', '--sets', '3', '--reps', '10', '--lang', 'de', '--label', 'Plank', '--count', 'tap'));
    // Picked from the list after an exercise: the query string says so, and a link reproduces it.
    await builder.choose('exercise', 'wall-angels');
    expect(builder.frame.contentWindow?.location.search).to.equal('?exercise=wall-angels&lang=de&sets=3&reps=10');
    await builder.choose('exercise', 'timer:');
    expect(builder.frame.contentWindow?.location.search).to.equal('?timer=1&lang=de&label=Plank&count=tap&sets=3&reps=10');
    expect(builder.snippet().value).to.include('<rep-timer lang="de" label="Plank" count="tap" sets="3" reps="10">');
  });

  it('rewrites the snippet and the query string as the form changes', async () => {
    const builder = await openBuilder('?exercise=wall-angels&lang=es&reps=8-12');
    await builder.choose('reps', '10');
    expect(builder.frame.contentWindow?.location.search).to.equal('?exercise=wall-angels&lang=es&reps=10');
    expect(builder.snippet().value).to.equal(await nodeSnippet('wall-angels', '--lang', 'es', '--reps', '10'));
  });

  it('shows only the fields that apply to an exercise, a routine or a timer', async () => {
    const shown = (builder: Awaited<ReturnType<typeof openBuilder>>) =>
      ['label', 'reps', 'variant', 'structured-data', 'rounds', 'lead-in'].filter((name) => builder.field(name)?.checkVisibility());
    expect(shown(await openBuilder('?exercise=wall-angels'))).to.deep.equal(['reps', 'variant', 'structured-data']);
    expect(shown(await openBuilder('?routine=healthy-upper-back'))).to.deep.equal(['rounds', 'lead-in']);
    expect(shown(await openBuilder('?timer=1&reps=10'))).to.deep.equal(['label', 'reps']);
  });

  it('finds exercises by name and shows the preview at phone and desktop width', async () => {
    const builder = await openBuilder('?exercise=wall-angels');
    const search = builder.document.querySelector('#search') as HTMLInputElement;
    search.value = 'PULL apart';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    const options = [...(builder.field('exercise') as HTMLSelectElement).options].map((o) => o.value);
    // The chosen exercise stays listed, first; then every match; the Timer choice is always there.
    expect(options).to.deep.equal(['wall-angels', 'band-pull-apart', 'single-arm-band-pull-apart', 'timer:']);
    // Each preview lays the article out at its width and is scaled down to fit its column.
    const frames = [...builder.document.querySelectorAll<HTMLIFrameElement>('iframe.preview')];
    expect(frames.map((f) => f.contentWindow?.innerWidth)).to.deep.equal([390, 1024]);
    for (const frame of frames) {
      expect(frame.getBoundingClientRect().width).to.be.at.most(frame.parentElement?.getBoundingClientRect().width ?? 0);
    }
  });
});
