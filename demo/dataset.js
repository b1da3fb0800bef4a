// Renders the bundled dataset as plain article HTML through the package's public JS API,
// loaded the way a page without a build step loads it: one module from dist/cdn/.
import { exerciseIds, getExercise, getRoutine, getSource, pickText, routineIds } from '../dist/cdn/exercise-elements.js';

const lang = document.documentElement.lang || 'en';
const text = (localized) => (localized ? pickText(localized, lang).text : '');

function item(title, detail) {
  const li = document.createElement('li');
  const strong = document.createElement('strong');
  strong.textContent = title;
  const small = document.createElement('small');
  small.textContent = detail;
  li.append(strong, ' ', small);
  return li;
}

async function showRoutines() {
  const list = document.createElement('ul');
  list.className = 'dataset-list';
  for (const id of routineIds()) {
    const routine = await getRoutine(id);
    if (!routine) continue;
    const source = routine.source ? getSource(routine.source) : undefined;
    const li = item(text(routine.name), `${routine.items.length} items · from “${source?.title ?? 'unknown'}”`);
    const summary = document.createElement('div');
    summary.textContent = text(routine.summary);
    li.append(summary);
    list.append(li);
  }
  document.getElementById('routines').replaceChildren(list);
}

async function showExercises() {
  const list = document.createElement('ol');
  list.className = 'dataset-list';
  const exercises = await Promise.all(exerciseIds().map((id) => getExercise(id)));
  for (const exercise of exercises) {
    if (!exercise) continue;
    list.append(item(text(exercise.name), `${exercise.category} · ${exercise.id} — ${text(exercise.summary)}`));
  }
  document.getElementById('exercises').replaceChildren(list);
}

showRoutines();
showExercises();
