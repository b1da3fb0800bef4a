/**
 * The embed builder (demo/builder.html): an exercise, a routine or a timer of its own, and a form in, the zero-shift snippet out, written by the
 * same renderer as the `exercise-elements snippet` command. Its state lives in the query string,
 * so a link reproduces it. Each snippet written is announced by a `snippet-written` event on the
 * textarea (and `data-written` on it), which is how tests wait for it.
 */
import { pickText } from '../../src/data/localized-text.js';
import { exerciseIds, getExercise, getRoutine, routineIds } from '../../src/data/store.js';
import type { Exercise, Routine } from '../../src/data/types.js';
import { DOSE_ATTRIBUTES } from '../../src/engine/parse-dose.js';
import { renderSnippet } from '../../src/snippet/render-snippet.js';
import { isTimerOnly, optionsFromQuery, optionsToQuery, snippetKind, type SnippetOptions } from '../../src/snippet/snippet-options.js';
import { searchByName } from './exercise-search.js';
import { previewPage } from './preview-page.js';

const $ = <T extends Element>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`builder.html has no ${selector}`);
  return found;
};

const form = $<HTMLFormElement>('#builder');
const search = $<HTMLInputElement>('#search');
const list = $<HTMLSelectElement>('#exercise');
const snippetArea = $<HTMLTextAreaElement>('#snippet');
const copyButton = $<HTMLButtonElement>('#copy');
const copyStatus = $<HTMLElement>('#copy-status');
const problem = $<HTMLElement>('#problem');
const previews = [...document.querySelectorAll<HTMLIFrameElement>('iframe.preview')];
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
const scriptUrl = new URL('../dist/cdn/exercise-elements.js', location.href).href;

let exercises: Exercise[] = [];
let routines: Routine[] = [];
/** A routine's value in the list (exercises are listed by their bare id). */
const ROUTINE = 'routine:';
/** The list's value for a timer of its own (counting the dose set in the form). */
const TIMER = 'timer:';

/** The form as snippet options. */
function readForm(): SnippetOptions {
  const value = (name: string) => field(name)?.value.trim() || undefined;
  const checked = (name: string) => (field(name) as HTMLInputElement | null)?.checked || undefined;
  const timerOnly = list.value === TIMER;
  return {
    ...(timerOnly ? {} : list.value.startsWith(ROUTINE) ? { routine: list.value.slice(ROUTINE.length) } : { exercise: list.value || undefined }),
    lang: value('lang'),
    theme: value('theme') as SnippetOptions['theme'],
    variant: value('variant') as SnippetOptions['variant'],
    timer: timerOnly || checked('timer'),
    structuredData: checked('structured-data'),
    label: value('label'),
    count: value('count') as SnippetOptions['count'],
    rounds: value('rounds'),
    restBetween: value('rest-between'),
    leadIn: value('lead-in'),
    dose: Object.fromEntries(DOSE_ATTRIBUTES.flatMap((name) => (value(name) ? [[name, value(name)]] : []))),
  };
}

/** Options (from the query string) into the form. */
function writeForm(options: SnippetOptions): void {
  const set = (name: string, value: string | undefined) => {
    const input = field(name);
    if (input && value !== undefined) input.value = value;
  };
  set('lang', options.lang);
  set('theme', options.theme);
  set('variant', options.variant);
  set('label', options.label);
  set('count', options.count);
  set('rounds', options.rounds);
  set('rest-between', options.restBetween);
  set('lead-in', options.leadIn);
  // The card's Start button: a timer of its own is the list's Timer choice instead.
  (field('timer') as HTMLInputElement).checked = options.timer === true && !isTimerOnly(options);
  (field('structured-data') as HTMLInputElement).checked = options.structuredData === true;
  for (const name of DOSE_ATTRIBUTES) set(name, options.dose?.[name]);
}

/** The exercises, then the routines, matching the search, named in the chosen language; keeps the selection. */
function fillList(selected: string): void {
  const lang = field('lang')?.value || 'en';
  const group = <T extends Exercise | Routine>(entries: T[], prefix: string, label: string) => {
    const found = searchByName(entries, search.value);
    const chosen = entries.find((e) => prefix + e.id === selected);
    if (chosen && !found.includes(chosen)) found.unshift(chosen);
    const optgroup = document.createElement('optgroup');
    optgroup.label = label;
    optgroup.append(...found.map((e) => new Option(`${pickText(e.name, lang).text} (${e.id})`, prefix + e.id, false, prefix + e.id === selected)));
    return optgroup;
  };
  const timer = document.createElement('optgroup');
  timer.label = 'Timer';
  timer.append(new Option('A timer of its own (counts the dose below)', TIMER, false, selected === TIMER));
  list.replaceChildren(group(exercises, '', 'Exercises'), group(routines, ROUTINE, 'Routines (a player)'), timer);
}

let written = 0;

/** Scales each preview (laid out at 390 px or 1024 px) down to the width of its column. */
function fitPreviews(): void {
  for (const frame of previews) {
    const box = frame.parentElement;
    if (!box) continue;
    const scale = Math.min(1, box.clientWidth / frame.offsetWidth);
    frame.style.transform = `scale(${scale})`;
    box.style.height = `${frame.offsetHeight * scale}px`;
  }
}

/** Shows only the fields that apply to the chosen kind of snippet (`data-for="exercise timer"`). */
function showFieldsFor(options: SnippetOptions): void {
  const kind = snippetKind(options);
  for (const node of form.querySelectorAll<HTMLElement>('[data-for]')) node.hidden = !(node.dataset.for ?? '').split(' ').includes(kind);
}

/** Writes the snippet for the form (the latest change wins), the query string and the previews. */
async function update(): Promise<void> {
  const options = readForm();
  showFieldsFor(options);
  history.replaceState(null, '', `?${optionsToQuery(options).toString()}`);
  const ticket = ++written;
  let snippet: string;
  try {
    snippet = await renderSnippet(options);
  } catch (error) {
    if (ticket !== written) return;
    problem.textContent = error instanceof Error ? error.message : String(error);
    problem.hidden = false;
    return;
  }
  if (ticket !== written) return;
  problem.hidden = true;
  snippetArea.value = snippet;
  snippetArea.dataset.written = 'true';
  copyStatus.textContent = '';
  for (const frame of previews) frame.srcdoc = previewPage(snippet, scriptUrl);
  snippetArea.dispatchEvent(new Event('snippet-written'));
}

async function copy(): Promise<void> {
  try {
    await navigator.clipboard.writeText(snippetArea.value);
  } catch {
    // No clipboard permission (an insecure origin): leave it selected for Ctrl+C.
    snippetArea.select();
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    return;
  }
  copyStatus.textContent = 'Copied.';
}

async function start(): Promise<void> {
  exercises = (await Promise.all(exerciseIds().map((id) => getExercise(id)))).filter((e): e is Exercise => e !== undefined);
  exercises.sort((a, b) => pickText(a.name, 'en').text.localeCompare(pickText(b.name, 'en').text));
  routines = (await Promise.all(routineIds().map((id) => getRoutine(id)))).filter((r): r is Routine => r !== undefined);
  const initial = optionsFromQuery(new URLSearchParams(location.search));
  writeForm(initial);
  const chosen =
    initial.routine && routines.some((r) => r.id === initial.routine)
      ? ROUTINE + initial.routine
      : initial.exercise && exercises.some((e) => e.id === initial.exercise)
        ? initial.exercise
        : isTimerOnly(initial)
          ? TIMER
          : 'wall-angels';
  fillList(chosen);
  search.addEventListener('input', () => fillList(list.value));
  form.addEventListener('input', (event) => {
    if (event.target === search) return;
    if (event.target === field('lang')) fillList(list.value);
    void update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  copyButton.addEventListener('click', () => void copy());
  fitPreviews();
  new ResizeObserver(fitPreviews).observe($<HTMLElement>('.previews'));
  await update();
}

void start();
