// The zero-shift snippet of a timer of its own (`renderSnippet({ timer: true, dose })`, the
// command's `snippet --timer`): its shape, what it shows, the command's output, the query string,
// and that Markdown keeps it whole.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import MarkdownIt from 'markdown-it';

const { renderSnippet, SnippetError, DEFAULT_SCRIPT, optionsFromQuery, optionsToQuery } = await import('exercise-elements/snippet.js');
const bin = fileURLToPath(new URL('../../bin/exercise-elements.mjs', import.meta.url));
const run = (...args) => promisify(execFile)(process.execPath, [bin, ...args]);

test('a timer snippet: the script once, the tag with its dose, the idle timer as a declarative shadow root, then the dose in words', async () => {
  const snippet = await renderSnippet({ timer: true, dose: { sets: '3', reps: '10' } });
  const lines = snippet.split('\n');
  assert.equal(lines[0], `<script type="module" src="${DEFAULT_SCRIPT}"></script>`);
  assert.equal(lines[1], '<rep-timer lang="en" sets="3" reps="10">');
  assert.equal(lines[2], '<template shadowrootmode="open">');
  assert.equal(snippet.match(/<script /g).length, 1);
  assert.doesNotMatch(snippet, /\n[ \t]*\n|<!--\/?lit-/);
  const [shadow, light] = snippet.split('</template>');
  assert.match(shadow, /<style>[\s\S]*:host[\s\S]*<\/style>/);
  // Ready to start: the timer display, set 1 of 3, the Start button; nothing running.
  assert.match(shadow, /role="timer"/);
  assert.match(shadow, /data-phase="idle"/);
  assert.match(shadow, /<p part="progress"[^>]*>Set 1 of 3<\/p>/);
  assert.match(shadow, /part="button button-toggle"[^>]*>\n<svg[^]*?<\/svg>Start<\/button>/);
  assert.doesNotMatch(shadow, /button-skip|button-reset/);
  assert.equal(light, '\n<p>3 sets of 10 reps</p>\n</rep-timer>\n');
});

test("a timer's language, theme, label and counting mode become attributes and its rendering follows them", async () => {
  const snippet = await renderSnippet({ timer: true, lang: 'es', theme: 'dark', label: 'Sentadilla <b>', count: 'tap', variant: 'compact', structuredData: true, dose: { sets: '2', hold: '30', side: 'each' } });
  // Card-only options leave the timer alone; the label is text, escaped.
  assert.match(snippet, /\n<rep-timer lang="es" theme="dark" label="Sentadilla &lt;b&gt;" count="tap" sets="2" hold="30" side="each">\n/);
  const [shadow, light] = snippet.split('</template>');
  assert.match(shadow, /class="base timer dark themed"/);
  assert.match(shadow, /<p part="label" class="label">Sentadilla &lt;b&gt;<\/p>/);
  assert.match(shadow, />Empezar<\/button>/);
  assert.match(shadow, /Serie 1 de 2/);
  assert.doesNotMatch(snippet, /<b>/);
  assert.match(light, /^\n<p>Sentadilla &lt;b&gt;: 2 series[^<]*30 s[^<]*<\/p>\n/);
});

test('a timer needs a dose it can read: a SnippetError otherwise', async () => {
  await assert.rejects(renderSnippet({ timer: true }), (e) => e instanceof SnippetError && /a timer needs a dose/.test(e.message));
  await assert.rejects(renderSnippet({ timer: true, dose: { sets: '3' } }), (e) => e instanceof SnippetError && /a timer needs a dose/.test(e.message));
  await assert.rejects(renderSnippet({ timer: true, dose: { reps: 'lots' } }), (e) => e instanceof SnippetError && /^reps="lots"/.test(e.message));
});

test('the command with --timer and no id prints what the function returns', async () => {
  const { stdout } = await run('snippet', '--timer', '--reps', '10', '--sets', '3', '--lang', 'fr', '--label', 'Pompes', '--count', 'tap');
  assert.equal(stdout, await renderSnippet({ timer: true, lang: 'fr', label: 'Pompes', count: 'tap', dose: { reps: '10', sets: '3' } }));
  assert.match(stdout, /\n<rep-timer lang="fr" label="Pompes" count="tap" sets="3" reps="10">\n/);
  // With an id, --timer is still the card's Start button.
  const { stdout: card } = await run('snippet', 'wall-angels', '--timer', '--no-script');
  assert.ok(card.startsWith('<exercise-card exercise="wall-angels" lang="en" timer>\n'));
});

test('the command refuses a timer without a dose (exit 1) and timer options on a card (exit 2)', async () => {
  await assert.rejects(run('snippet', '--timer'), (e) => e.code === 1 && /a timer needs a dose/.test(e.stderr));
  await assert.rejects(run('snippet', 'wall-angels', '--label', 'x'), (e) => e.code === 2 && /--label and --count/.test(e.stderr));
  await assert.rejects(run('snippet', '--timer', '--reps', '10', '--count', 'fast'), (e) => e.code === 2 && /--count/.test(e.stderr));
});

test("a timer's query string (the builder's state) reads and writes both ways", () => {
  const query = 'timer=1&lang=de&label=Plank&count=tap&sets=3&reps=10';
  const options = optionsFromQuery(new URLSearchParams(query));
  assert.equal(options.timer, true);
  assert.equal(options.exercise, undefined);
  assert.equal(options.label, 'Plank');
  assert.equal(options.count, 'tap');
  assert.equal(optionsToQuery(options).toString(), query);
  // A card's query keeps no timer-only fields.
  assert.equal(optionsToQuery({ exercise: 'wall-angels', timer: true, label: 'x', count: 'tap' }).toString(), 'exercise=wall-angels&timer=1');
});

test('Markdown (CommonMark, markdown-it) keeps a timer snippet whole between two paragraphs', async () => {
  const markdown = new MarkdownIt({ html: true });
  for (const options of [{ timer: true, dose: { sets: '3', reps: '10' } }, { timer: true, lang: 'ar', label: 'Plank', dose: { duration: '60s' } }]) {
    const snippet = await renderSnippet(options);
    assert.equal(markdown.render(`Some text before.\n\n${snippet}\nSome text after.\n`), `<p>Some text before.</p>\n${snippet}<p>Some text after.</p>\n`);
  }
});
