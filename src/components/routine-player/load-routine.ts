/**
 * Loading a routine for `<routine-player>`: from its `routine` id, its `src` or inline dataset,
 * or its `<routine-step>` children, into the expanded steps and the exercises they name; or an
 * error with a code. No state and no view: the element keeps the latest result.
 * A bundled routine's exercises come as outlines (name, dose) from the routine's own chunk; the
 * player completes each with `fullExercises` when its step comes.
 */
import { bundledOutlines, isFullExercise, type ExerciseOutline } from '../../data/exercise-outline.js';
import { getExercise, getRoutine, routineIds } from '../../data/store.js';
import type { Dataset, Exercise, Routine } from '../../data/types.js';
import { isRestItem } from '../../data/types.js';
import { mergeDose, parseCount, parseDoseAttributes, parseSeconds } from '../../engine/parse-dose.js';
import { buildRoutineSteps, type RoutineInputItem, type RoutineStep } from '../../engine/routine-plan.js';
import { attributeNumber, type Warn } from '../../internal/attribute-number.js';
import { datasetScope } from '../../internal/dataset-scope.js';
import type { RoutinePlayerErrorCode } from './routine-player.events.js';

export interface RoutineRequest {
  readonly host: HTMLElement;
  readonly routine?: string;
  readonly src?: string;
  readonly rounds?: string;
  readonly restBetween?: string;
  readonly leadInSeconds: number;
  /** The language of the bundled text to load (the player's), per field else English. */
  readonly lang: string;
}

export type LoadedRoutine =
  | {
      readonly ok: true;
      readonly steps: RoutineStep[];
      /** The exercises by id: full, or (bundled ones not yet reached) their outline. */
      readonly exercises: ReadonlyMap<string, ExerciseOutline>;
      /** The dataset routine, when the steps came from one. */
      readonly routine?: Routine;
      /** What identifies the routine in remembered progress. */
      readonly id: string;
      /** The `src` or inline dataset it came from, where sources are looked up first. */
      readonly scope?: Dataset;
      /** The author set the rest between exercises (`rest-between`), over the routine's own or suggested one. */
      readonly ownRest: boolean;
    }
  | { readonly ok: false; readonly code: RoutinePlayerErrorCode; readonly detail: string; readonly extra?: string };

/** The `<routine-step>` children as routine items. */
function declaredItems(host: HTMLElement, warn: Warn): RoutineInputItem[] {
  return [...host.querySelectorAll(':scope > routine-step')].map((step) => {
    const read = (name: string) => step.getAttribute(name);
    const exercise = read('exercise')?.trim();
    if (!exercise) {
      const rest = read('rest') ?? '';
      const parsed = parseSeconds(rest, 3600);
      if (!parsed.ok) warn('rest', rest, parsed.reason);
      return { restSeconds: parsed.ok ? (typeof parsed.value === 'number' ? parsed.value : parsed.value.max) : 0 };
    }
    const { dose, problems } = parseDoseAttributes({
      sets: read('sets'), reps: read('reps'), hold: read('hold'), rest: read('rest'), duration: read('duration'), side: read('side'), tempo: read('tempo'),
    });
    for (const p of problems) warn(p.attribute, p.value, p.reason);
    return { exercise, dose };
  });
}

export async function loadRoutine(request: RoutineRequest, warn: Warn): Promise<LoadedRoutine> {
  const { host } = request;
  const scoped = await datasetScope(host, request.src);
  if (!scoped.ok) return { ok: false, code: scoped.error.code, detail: scoped.error.message };
  const declared = request.routine ? [] : declaredItems(host, warn);
  let items: RoutineInputItem[] = declared;
  let routine: Routine | undefined;
  if (declared.length === 0) {
    const id = request.routine?.trim() || scoped.scope?.routines?.[0]?.id;
    if (!id) return { ok: false, code: host.querySelector(':scope > routine-step') ? 'empty' : 'missing-routine', detail: '' };
    routine = await getRoutine(id, scoped.scope, request.lang);
    if (!routine) return { ok: false, code: 'not-found', detail: id, extra: ` (known routines: ${routineIds(scoped.scope).join(', ')})` };
    items = routine.items.map((item) => (isRestItem(item) ? { restSeconds: item.restSeconds } : { exercise: item.exercise, dose: item.dose }));
  }
  const outlines = routine ? await bundledOutlines(routine.id, scoped.scope, request.lang) : undefined;
  const loaded = await expandItems(items, routine, scoped.scope, request, warn, outlines);
  // The first step's exercise in full before the player shows: "Start" plays it at once.
  return loaded.ok ? withExercises(loaded, await fullExercises(loaded, [loaded.steps[0]?.exercise], request.lang)) : loaded;
}

/** The items' exercises looked up and the items expanded into steps (rounds, rests, lead-ins). */
async function expandItems(
  items: RoutineInputItem[],
  routine: Routine | undefined,
  scope: Dataset | undefined,
  request: Pick<RoutineRequest, 'rounds' | 'restBetween' | 'leadInSeconds' | 'lang'>,
  warn: Warn,
  outlines?: ReadonlyMap<string, ExerciseOutline>,
): Promise<LoadedRoutine> {
  const ids = [...new Set(items.flatMap((i) => (i.exercise ? [i.exercise] : [])))];
  const found = await Promise.all(ids.map((id) => outlines?.get(id) ?? getExercise(id, scope, request.lang)));
  const missing = ids.filter((_, i) => !found[i]);
  if (missing.length) {
    const where = missing.map((id) => `“${id}” (step ${items.findIndex((i) => i.exercise === id) + 1})`).join(', ');
    return { ok: false, code: 'unknown-exercise', detail: where };
  }
  const exercises = new Map(found.flatMap((e) => (e ? [[e.id, e] as const] : [])));
  const merged = items.map((i) => (i.exercise ? { ...i, dose: mergeDose(exercises.get(i.exercise)?.dose, i.dose) } : i));
  const ownRest = restBetweenSeconds(warn, request.restBetween);
  const steps = buildRoutineSteps(merged, {
    rounds: attributeNumber(warn, 'rounds', request.rounds, (v) => parseCount(v, 50)) ?? routine?.rounds,
    restBetweenSeconds: ownRest ?? routine?.restBetweenSeconds,
    leadInSeconds: request.leadInSeconds,
  });
  if (!steps.some((s) => s.kind === 'exercise')) return { ok: false, code: 'empty', detail: '' };
  return { ok: true, steps, exercises, routine, id: routine?.id ?? `steps:${ids.join(',')}`, scope, ownRest: ownRest !== undefined };
}

/** A routine loaded ahead of rendering, for `<routine-player>`'s `preloaded` property: its exercises in full. */
export type PreloadedRoutine = Extract<LoadedRoutine, { ok: true }> & { readonly exercises: ReadonlyMap<string, Exercise> };

/** The player's `rounds`, `rest-between` and `lead-in` attributes, as written. */
export interface PlanAttributes {
  readonly rounds?: string;
  readonly restBetween?: string;
  readonly leadIn?: string;
}

/** Seconds of get-ready countdown before each exercise when `lead-in` is not set. */
export const DEFAULT_LEAD_IN = 5;

/** Seconds of rest between exercises from the `rest-between` attribute (one time, up to an hour), else undefined: the routine's own. */
export const restBetweenSeconds = (warn: Warn, restBetween: string | undefined | null): number | undefined =>
  attributeNumber(warn, 'rest-between', restBetween, (v) => parseSeconds(v, 3600));

/** Seconds of get-ready countdown from the `lead-in` attribute: 0 to 60, else the default. */
export const leadInSeconds = (warn: Warn, leadIn: string | undefined | null): number =>
  attributeNumber(warn, 'lead-in', leadIn, (v) => parseCount(v, 60, 0)) ?? DEFAULT_LEAD_IN;

/**
 * Loads a bundled or registered routine and its exercises, with their text in `lang`, as a player
 * with this `routine` id and these plan attributes does (`warn` hears a value it ignores, as the
 * element's console would); undefined for an unknown id. No DOM: a server or the embed builder
 * renders the finished player from it.
 */
export async function preloadRoutine(id: string, lang = 'en', plan: PlanAttributes = {}, warn: Warn = () => undefined): Promise<PreloadedRoutine | undefined> {
  const routine = await getRoutine(id, undefined, lang);
  if (!routine) return undefined;
  const items = routine.items.map((item) => (isRestItem(item) ? { restSeconds: item.restSeconds } : { exercise: item.exercise, dose: item.dose }));
  const request = { rounds: plan.rounds, restBetween: plan.restBetween, leadInSeconds: leadInSeconds(warn, plan.leadIn), lang };
  const loaded = await expandItems(items, routine, undefined, request, warn);
  // No outlines were given: every exercise was loaded in full.
  return loaded.ok ? (loaded as PreloadedRoutine) : undefined;
}

/** The text of a loaded routine and its exercises again, in `lang` (the steps and doses stay; outlines stay outlines). */
export async function loadRoutineText(loaded: Extract<LoadedRoutine, { ok: true }>, lang: string): Promise<Pick<Extract<LoadedRoutine, { ok: true }>, 'routine' | 'exercises'>> {
  const routine = loaded.routine && (await getRoutine(loaded.routine.id, loaded.scope, lang));
  const outlines = loaded.routine ? await bundledOutlines(loaded.routine.id, loaded.scope, lang) : undefined;
  // An outline stays an outline; a full exercise comes from the routine's chunk where that brings
  // it in full (its first), else from its own.
  const found = await Promise.all(
    [...loaded.exercises].map(([id, e]) => {
      const outline = outlines?.get(id);
      return outline && (isFullExercise(outline) || !isFullExercise(e)) ? outline : getExercise(id, loaded.scope, lang);
    }),
  );
  return { routine: routine ?? loaded.routine, exercises: new Map(found.flatMap((e) => (e ? [[e.id, e] as const] : []))) };
}

/** The full exercises (in `lang`) of those of `ids` that `loaded` has only outlined. */
export async function fullExercises(loaded: Extract<LoadedRoutine, { ok: true }>, ids: readonly (string | undefined)[], lang: string): Promise<Exercise[]> {
  const wanted = [...new Set(ids)].filter((id): id is string => id !== undefined && !isFullExercise(loaded.exercises.get(id)));
  const found = await Promise.all(wanted.map((id) => getExercise(id, loaded.scope, lang)));
  return found.filter(isFullExercise);
}

/** `loaded` with `exercises` in place of their outlines. */
export const withExercises = <T extends Extract<LoadedRoutine, { ok: true }>>(loaded: T, exercises: readonly Exercise[]): T => ({
  ...loaded,
  exercises: new Map([...loaded.exercises, ...exercises.map((e) => [e.id, e] as const)]),
});

/**
 * What the console and the error event say: `said` (the message shown, in the player's language)
 * with the technical detail (ids, paths) where it adds one.
 */
export function loadErrorMessage(result: Extract<LoadedRoutine, { ok: false }>, said: string): string {
  const { code, detail } = result;
  if (said.includes(detail) && !result.extra) return said;
  return `${said} (${code === 'not-found' ? `no routine "${detail}"` : code === 'unknown-exercise' ? `unknown exercises: ${detail}` : detail || code}${result.extra ?? ''})`;
}
