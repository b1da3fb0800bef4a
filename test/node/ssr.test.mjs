// Every element renders under @lit-labs/ssr in Node without crashing and without leaving a
// promise to reject unhandled (one kills a server's process). The foundation a Node renderer of
// snippets builds on: here only "renders, and the process survives" is asserted.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const rejections = [];
const onRejection = (reason) => rejections.push(reason);
process.on('unhandledRejection', onRejection);
after(() => process.off('unhandledRejection', onRejection));

const api = await import('exercise-elements/api.js');
await import('exercise-elements');

/** Lets the elements' asynchronous loading (started in willUpdate) run to its end. */
async function settle() {
  await api.getExercise('wall-angels');
  await api.getRoutine('healthy-upper-back');
  await new Promise((resolve) => setImmediate(resolve));
}

const pages = {
  'exercise-card': html`<exercise-card exercise="wall-angels" reps="10"><p>Wall angels: 10 reps</p></exercise-card>`,
  'exercise-card with src': html`<exercise-card exercise="wall-angels" src="/data/mine.json"></exercise-card>`,
  'exercise-card, unknown id': html`<exercise-card exercise="no-such-thing" theme="dark"></exercise-card>`,
  'rep-timer': html`<rep-timer sets="2" reps="10" hold="5" label="Wall angels"></rep-timer>`,
  'routine-player': html`<routine-player routine="healthy-upper-back" voice remember></routine-player>`,
  'routine-player with steps': html`<routine-player label="Mine"><routine-step exercise="wall-angels" sets="2" reps="10"></routine-step><routine-step rest="30"></routine-step></routine-player>`,
  'routine-step': html`<routine-step exercise="wall-angels" reps="8"></routine-step>`,
};

for (const [name, template] of Object.entries(pages)) {
  test(`${name} renders on the server`, async () => {
    const out = await collectResult(render(template));
    const tag = name.split(' ')[0].replace(/,$/, '');
    assert.match(out, new RegExp(`<${tag}[ >]`));
    // Lit elements come with their shadow root as a declarative shadow DOM template.
    if (tag !== 'routine-step') {
      assert.match(out, /<template shadowroot(mode)?="open"/);
      assert.match(out, /part="base"/);
    }
    await settle();
    assert.deepEqual(rejections, []);
  });
}

test("the card's no-JavaScript fallback stays in the server's HTML, shown through the slot", async () => {
  const out = await collectResult(render(pages['exercise-card']));
  assert.match(out, /<p>Wall angels: 10 reps<\/p>/);
  assert.match(out, /class="base loading[^"]*with-fallback/);
});

test('a timer renders ready to start', async () => {
  const out = await collectResult(render(pages['rep-timer']));
  assert.match(out, /role="timer"/);
  assert.match(out, /phase="idle"/);
});

test('a server render leaves the process alive and nothing rejected', async () => {
  await settle();
  assert.deepEqual(rejections.map(String), []);
});
