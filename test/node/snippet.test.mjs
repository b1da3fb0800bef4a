// The zero-shift snippet from Node (exercise-elements/snippet.js and the `exercise-elements
// snippet` command): its shape, what it shows, that platforms keep it whole (CommonMark through
// markdown-it), and that dataset text stays text.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import MarkdownIt from 'markdown-it';

const { renderSnippet, SnippetError, DEFAULT_SCRIPT } = await import('exercise-elements/snippet.js');
const { registerDataset, getExercise, getRoutine } = await import('exercise-elements/api.js');
const bin = fileURLToPath(new URL('../../bin/exercise-elements.mjs', import.meta.url));
const run = (...args) => promisify(execFile)(process.execPath, [bin, ...args]);

const wallAngels = await getExercise('wall-angels');

test('a card snippet: the script once, the tag on its own line, a declarative shadow root with styles and the steps, then the fallback', async () => {
  const snippet = await renderSnippet({ exercise: 'wall-angels' });
  const lines = snippet.split('\n');
  assert.equal(lines[0], `<script type="module" src="${DEFAULT_SCRIPT}"></script>`);
  assert.equal(lines[1], '<exercise-card exercise="wall-angels" lang="en">');
  assert.equal(lines[2], '<template shadowrootmode="open">');
  assert.equal(snippet.match(/<script /g).length, 1);
  assert.match(snippet, /<style>[\s\S]*:host[\s\S]*<\/style>/);
  const [shadow, light] = snippet.split('</template>');
  // The finished card, not its loading state.
  assert.doesNotMatch(shadow, /aria-busy|class="placeholder"/);
  assert.match(shadow, /part="title"[^>]*>Wall angels</);
  for (const step of wallAngels.steps) assert.ok(shadow.includes(`<li part="step">${step.en}</li>`), step.en);
  // The light-DOM fallback: name, dose, steps.
  assert.match(light, /^\n<h3>Wall angels<\/h3>\n<p>[^<]*reps<\/p>\n<ol>\n/);
  for (const step of wallAngels.steps) assert.ok(light.includes(`<li>${step.en}</li>`), step.en);
  assert.ok(snippet.endsWith('</exercise-card>\n'));
});

test('no blank line and no hydration marker anywhere in the snippet', async () => {
  const snippet = await renderSnippet({ exercise: 'wall-angels', variant: 'compact', timer: true });
  assert.doesNotMatch(snippet, /\n[ \t]*\n/);
  assert.doesNotMatch(snippet, /<!--\/?lit-/);
});

test('options become attributes and the rendering follows them: language, theme, variant, timer, dose', async () => {
  const snippet = await renderSnippet({ exercise: 'wall-angels', lang: 'es', theme: 'dark', variant: 'compact', timer: true, structuredData: true, dose: { sets: '2', reps: '8-12' } });
  assert.match(snippet, /\n<exercise-card exercise="wall-angels" lang="es" theme="dark" variant="compact" timer structured-data sets="2" reps="8-12">\n/);
  const [shadow, light] = snippet.split('</template>');
  assert.match(shadow, /class="base panel card compact dark themed"/);
  assert.match(shadow, /<details part="steps"/);
  assert.match(shadow, /part="timer-button"/);
  // UI strings in Spanish, the dose as given.
  assert.match(shadow, /<summary>Ver los pasos<\/summary>/);
  assert.match(shadow, /Iniciar el temporizador/);
  assert.match(shadow, /<p part="dose" class="dose"><span class="visually-hidden">Pauta: <\/span>2 series de 8-12 repeticiones<\/p>/);
  assert.match(light, /\n<p>2 series de 8-12 repeticiones<\/p>\n/);
});

test('dataset text is escaped in the rendering and in the fallback, never markup', async () => {
  registerDataset({
    version: 1,
    exercises: [{
      id: 'snippet-escape-test',
      name: { en: '<img src=x onerror=alert(1)>' },
      category: 'strength',
      equipment: [],
      dose: { reps: 5 },
      steps: [{ en: '</exercise-card><script>alert(2)</script>' }],
    }],
  });
  const snippet = await renderSnippet({ exercise: 'snippet-escape-test', script: false });
  assert.doesNotMatch(snippet, /<img src=x|<script>alert/);
  assert.match(snippet, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.equal(snippet.match(/<\/exercise-card>/g).length, 1);
  assert.doesNotMatch(snippet, /<script /);
});

test('an unknown exercise or routine is refused with a SnippetError', async () => {
  await assert.rejects(renderSnippet({ exercise: 'no-such-thing' }), (e) => e instanceof SnippetError && /no exercise "no-such-thing"/.test(e.message));
  await assert.rejects(renderSnippet({ routine: 'no-such-routine' }), (e) => e instanceof SnippetError && /no routine "no-such-routine"/.test(e.message));
});

test('a routine snippet: the player before it starts (name, summary, cautions, list, start button), then the fallback', async () => {
  const routine = await getRoutine('healthy-upper-back', undefined, 'es');
  const snippet = await renderSnippet({ routine: 'healthy-upper-back', lang: 'es', theme: 'dark', variant: 'compact', dose: { reps: '3' } });
  const lines = snippet.split('\n');
  assert.equal(lines[0], `<script type="module" src="${DEFAULT_SCRIPT}"></script>`);
  // Card-only options leave the player alone.
  assert.equal(lines[1], '<routine-player routine="healthy-upper-back" lang="es" theme="dark">');
  assert.equal(lines[2], '<template shadowrootmode="open">');
  assert.doesNotMatch(snippet, /\n[ \t]*\n|<!--\/?lit-/);
  const [shadow, light] = snippet.split('</template>');
  assert.match(shadow, /<style>[\s\S]*:host[\s\S]*<\/style>/);
  assert.doesNotMatch(shadow, /aria-busy|class="placeholder"/);
  assert.match(shadow, /class="base panel player dark themed"/);
  assert.match(shadow, new RegExp(`part="title"[^>]*>${routine.name.es}<`));
  assert.match(shadow, new RegExp(`<p class="summary">${routine.summary.es}</p>`));
  assert.match(shadow, /part="cautions"/);
  assert.match(shadow, /Empezar la rutina<\/button>/);
  const exercises = routine.items.filter((item) => item.exercise);
  const preview = shadow.slice(shadow.indexOf('part="preview"'));
  assert.equal(preview.slice(0, preview.indexOf('</ol>')).match(/<li>/g).length, exercises.length);
  // The light-DOM fallback: the name, then each exercise with its dose.
  assert.match(light, new RegExp(`^\\n<h3>${routine.name.es}</h3>\\n<ol>\\n`));
  const items = light.match(/<li>[^<]*<\/li>/g);
  assert.equal(items.length, exercises.length);
  assert.match(items.at(-1), /^<li>Remo con resistencia: 8-12 repeticiones<\/li>$/);
  assert.ok(snippet.endsWith('</ol>\n</routine-player>\n'));
});

test('the command prints what the function returns, for the same options', async () => {
  const { stdout } = await run('snippet', 'wall-angels', '--lang', 'es', '--theme', 'dark', '--reps', '8-12', '--timer');
  assert.equal(stdout, await renderSnippet({ exercise: 'wall-angels', lang: 'es', theme: 'dark', timer: true, dose: { reps: '8-12' } }));
  const { stdout: bare } = await run('snippet', 'wall-angels', '--no-script');
  assert.ok(bare.startsWith('<exercise-card exercise="wall-angels" lang="en">\n'));
});

test('the command takes a routine id and prints what the function returns for that routine', async () => {
  const { stdout } = await run('snippet', 'healthy-upper-back', '--lang', 'fr', '--theme', 'light');
  assert.equal(stdout, await renderSnippet({ routine: 'healthy-upper-back', lang: 'fr', theme: 'light' }));
  assert.match(stdout, /\n<routine-player routine="healthy-upper-back" lang="fr" theme="light">\n/);
});

test("a routine's plan options become the player's attributes and its header: rounds, rest between, lead-in", async () => {
  const meta = (snippet) => snippet.match(/<p part="progress-text" class="meta">([^<]*)<\/p>/)[1];
  const { stdout } = await run('snippet', 'healthy-upper-back', '--rounds', '3', '--rest-between', '20', '--lead-in', '10');
  const options = { routine: 'healthy-upper-back', rounds: '3', restBetween: '20', leadIn: '10' };
  assert.equal(stdout, await renderSnippet(options));
  assert.match(stdout, /\n<routine-player routine="healthy-upper-back" lang="en" rounds="3" rest-between="20" lead-in="10">\n/);
  assert.match(meta(stdout), /^Exercise 1 of 18 · Round 1 of 3 · About \d+ min left$/);
  assert.match(stdout, /aria-valuemax="18"/);
  // Ten seconds more get-ready before each of the 18 exercises: three minutes more.
  const minutes = (snippet) => Number(meta(snippet).match(/About (\d+) min/)[1]);
  assert.equal(minutes(await renderSnippet({ ...options, leadIn: '20' })) - minutes(stdout), 3);
  await assert.rejects(renderSnippet({ ...options, rounds: 'lots' }), (e) => e instanceof SnippetError && /rounds="lots"/.test(e.message));
  await assert.rejects(run('snippet', 'wall-angels', '--rounds', '2'), (e) => e.code === 2 && /--rounds is for a routine/.test(e.stderr));
});

test('the command says what is wrong: exit 2 for bad usage, 1 for an unknown id', async () => {
  await assert.rejects(run('snippet'), (e) => e.code === 2 && /no exercise or routine id/.test(e.stderr));
  await assert.rejects(run('snippet', 'wall-angels', '--theme', 'purple'), (e) => e.code === 2 && /--theme/.test(e.stderr));
  await assert.rejects(run('snippet', 'wall-angelz'), (e) => e.code === 1 && /no exercise "wall-angelz"/.test(e.stderr));
});

test('Markdown (CommonMark, markdown-it) keeps the snippet whole between two paragraphs', async () => {
  const markdown = new MarkdownIt({ html: true });
  for (const options of [{ exercise: 'wall-angels' }, { exercise: 'wall-angels', lang: 'ar', variant: 'compact', timer: true }, { routine: 'healthy-upper-back', lang: 'de' }]) {
    const snippet = await renderSnippet(options);
    const out = markdown.render(`Some text before.\n\n${snippet}\nSome text after.\n`);
    assert.equal(out, `<p>Some text before.</p>\n${snippet}<p>Some text after.</p>\n`);
  }
});

test('the Markdown check fails for a snippet with a blank line inside (the rule it guards)', async () => {
  const snippet = (await renderSnippet({ exercise: 'wall-angels' })).replace('\n<ol>\n', '\n\n<ol>\n');
  const out = new MarkdownIt({ html: true }).render(`Some text before.\n\n${snippet}\nSome text after.\n`);
  assert.notEqual(out, `<p>Some text before.</p>\n${snippet}<p>Some text after.</p>\n`);
});

test("with structured data the card snippet carries the card's schema.org JSON-LD in its HTML, once, and only then", async () => {
  const snippet = await renderSnippet({ exercise: 'wall-angels', lang: 'es', structuredData: true, dose: { sets: '2', reps: '8-12', rest: '40' } });
  const scripts = snippet.match(/<script type="application\/ld\+json" data-exercise-card>[^\n]*<\/script>/g);
  assert.equal(scripts.length, 1);
  // In the light DOM, after the fallback, where the card itself writes it.
  assert.ok(snippet.endsWith(`</ol>\n${scripts[0]}\n</exercise-card>\n`));
  const data = JSON.parse(scripts[0].replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''));
  const wallAngelsEs = await getExercise('wall-angels', undefined, 'es');
  assert.deepEqual(data['@type'], ['HowTo', 'ExercisePlan']);
  assert.equal(data.name, wallAngelsEs.name.es);
  assert.equal(data.inLanguage, 'es');
  assert.equal(data.repetitions, 12);
  assert.equal(data.restPeriods, 'PT40S');
  assert.deepEqual(data.step.map((s) => s.text), wallAngelsEs.steps.map((s) => s.es));
  assert.deepEqual(data.tool, [{ '@type': 'HowToTool', name: 'Pared' }]);
  assert.doesNotMatch(await renderSnippet({ exercise: 'wall-angels' }), /application\/ld\+json/);
  // Markdown keeps it whole too.
  const out = new MarkdownIt({ html: true }).render(`Some text before.\n\n${snippet}\nSome text after.\n`);
  assert.equal(out, `<p>Some text before.</p>\n${snippet}<p>Some text after.</p>\n`);
});

test("the snippet's JSON-LD is text: dataset text cannot close its script", async () => {
  registerDataset({
    version: 1,
    exercises: [{ id: 'snippet-json-ld-test', name: { en: '</script><script>alert(1)</script>' }, category: 'strength', equipment: [], dose: { reps: 5 }, steps: [{ en: 'a & b' }] }],
  });
  const snippet = await renderSnippet({ exercise: 'snippet-json-ld-test', structuredData: true, script: false });
  assert.equal(snippet.match(/<\/script>/g).length, 1);
  assert.match(snippet, /"name":"\\u003c\/script>\\u003cscript>alert\(1\)\\u003c\/script>"/);
});
