import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import { exerciseIds, getExercise, getRoutine, getSource, pickText, routineIds } from '../src/index.js';

const exercises = async (lang: string) => {
  const all = await Promise.all(exerciseIds().map((id) => getExercise(id)));
  return html`<table>
    <thead><tr><th>id</th><th>Name</th><th>Category</th><th>Dose</th><th>Steps</th><th>Source</th></tr></thead>
    <tbody>
      ${all.map((e) =>
        e
          ? html`<tr>
              <td><code>${e.id}</code></td>
              <td>${pickText(e.name, lang).text}</td>
              <td>${e.category}</td>
              <td><code>${JSON.stringify(e.dose)}</code></td>
              <td>${e.steps.length}</td>
              <td>${e.source ? getSource(e.source)?.title : ''}</td>
            </tr>`
          : '',
      )}
    </tbody>
  </table>`;
};

const routines = async (lang: string) => {
  const all = await Promise.all(routineIds().map((id) => getRoutine(id)));
  return html`${all.map((r) =>
    r
      ? html`<section>
          <h3>${pickText(r.name, lang).text} <code>${r.id}</code></h3>
          <p>${r.summary ? pickText(r.summary, lang).text : ''}</p>
          <ol>${r.items.map((item) => html`<li>${'exercise' in item ? item.exercise : `rest ${item.restSeconds} s`}</li>`)}</ol>
        </section>`
      : '',
  )}`;
};

/** The bundled dataset as the registry serves it: every exercise and routine of the five source articles. */
const meta: Meta = {
  title: 'Dataset/Bundled dataset',
  tags: ['!autodocs'],
};
export default meta;

export const Exercises: StoryObj = {
  render: (_args, { globals }) => html`${until(exercises(String(globals.lang ?? 'en')), html`<p>Loading…</p>`)}`,
};

export const Routines: StoryObj = {
  render: (_args, { globals }) => html`${until(routines(String(globals.lang ?? 'en')), html`<p>Loading…</p>`)}`,
};
