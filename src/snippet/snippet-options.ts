/**
 * What a snippet is made of, and the two ways it is written down: the embed builder's query
 * string (`?exercise=wall-angels&lang=es&reps=8-12`, `?timer=1&sets=3&reps=10`) and the element's
 * attributes. No DOM, no Lit.
 */
import { DOSE_ATTRIBUTES, type DoseAttribute } from '../engine/parse-dose.js';

/** The script tag bloggers paste: the CDN build, major version 0. */
export const DEFAULT_SCRIPT = 'https://cdn.jsdelivr.net/npm/exercise-elements@0/dist/cdn/exercise-elements.js';

export type Theme = 'auto' | 'light' | 'dark';
export type Variant = 'full' | 'compact';
export type Count = 'pace' | 'tap';

/**
 * One of three snippets: an `exercise` (an `<exercise-card>`), a `routine` (a `<routine-player>`),
 * or, with neither, `timer: true` (a `<rep-timer>` of its own counting `dose`).
 */
export interface SnippetOptions {
  /** An exercise id (an `<exercise-card>` snippet). */
  readonly exercise?: string;
  /** A routine id (a `<routine-player>` snippet). */
  readonly routine?: string;
  /** The language of the element and its text (`es`, `pt-BR`); default `en`. */
  readonly lang?: string;
  /** `light`, `dark` or `auto` (default: match the page). */
  readonly theme?: Theme;
  /** Cards: `full` (default) or `compact`. */
  readonly variant?: Variant;
  /** Cards: a button that opens an inline timer. With no `exercise` and no `routine`: a `<rep-timer>` snippet. */
  readonly timer?: boolean;
  /** Timers: what is being timed, shown above the timer (`Wall sit`). */
  readonly label?: string;
  /** Timers: `pace` (default, the clock paces reps) or `tap` (the reader counts with "Rep done"). */
  readonly count?: Count;
  /** Cards: schema.org JSON-LD for search engines. */
  readonly structuredData?: boolean;
  /** Routines: times through the whole list (`'3'`), over the routine's own; as the `rounds` attribute takes it. */
  readonly rounds?: string;
  /** Routines: seconds of rest between exercises (`'30'`, `'1m'`), over the routine's own; the `rest-between` attribute. */
  readonly restBetween?: string;
  /** Routines: seconds of get-ready countdown before each exercise (`'0'` for none; default 5); the `lead-in` attribute. */
  readonly leadIn?: string;
  /** Dose overrides, as the elements' attributes take them (`reps: '8-12'`); a timer's whole dose. */
  readonly dose?: Readonly<Partial<Record<DoseAttribute, string>>>;
  /** URL of the script tag; `false` leaves the script tag out (the page loads the library itself). */
  readonly script?: string | false;
}

const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
const VARIANTS: readonly Variant[] = ['full', 'compact'];
const isTheme = (value: string | null): value is Theme => THEMES.includes(value as Theme);
const isVariant = (value: string | null): value is Variant => VARIANTS.includes(value as Variant);
const isCount = (value: string | null): value is Count => value === 'pace' || value === 'tap';
const flag = (value: string | null) => value !== null && value !== 'false' && value !== '0';

/** Whether `options` ask for a `<rep-timer>` snippet: a timer with no exercise and no routine. */
export const isTimerOnly = (options: SnippetOptions): boolean => options.timer === true && !options.exercise?.trim() && !options.routine?.trim();

/** Which of the three snippets `options` ask for. */
export const snippetKind = (options: SnippetOptions): 'exercise' | 'routine' | 'timer' => (options.routine ? 'routine' : isTimerOnly(options) ? 'timer' : 'exercise');

/** A routine's plan options, by attribute (and query) name. */
const PLAN_OPTIONS = [
  ['rounds', 'rounds'],
  ['rest-between', 'restBetween'],
  ['lead-in', 'leadIn'],
] as const;

/** A routine's plan options that are set, as attribute (and query) names and values; none for a card or timer. */
const planAttributes = (options: SnippetOptions): [string, string][] =>
  options.routine ? PLAN_OPTIONS.flatMap(([name, key]): [string, string][] => (options[key]?.trim() ? [[name, options[key].trim()]] : [])) : [];

/** Options from a query string such as the builder's (`exercise`, `routine`, `lang`, `theme`, `variant`, `timer`, `structured-data`, `label`, `count`, `rounds`, `rest-between`, `lead-in`, dose attributes). */
export function optionsFromQuery(query: URLSearchParams): SnippetOptions {
  const dose: Partial<Record<DoseAttribute, string>> = {};
  for (const name of DOSE_ATTRIBUTES) {
    const value = query.get(name)?.trim();
    if (value) dose[name] = value;
  }
  const theme = query.get('theme');
  const variant = query.get('variant');
  const count = query.get('count');
  return {
    exercise: query.get('exercise')?.trim() || undefined,
    routine: query.get('routine')?.trim() || undefined,
    lang: query.get('lang')?.trim() || undefined,
    theme: isTheme(theme) ? theme : undefined,
    variant: isVariant(variant) ? variant : undefined,
    timer: flag(query.get('timer')) || undefined,
    structuredData: flag(query.get('structured-data')) || undefined,
    label: query.get('label')?.trim() || undefined,
    count: isCount(count) ? count : undefined,
    ...Object.fromEntries(PLAN_OPTIONS.map(([name, key]) => [key, query.get(name)?.trim() || undefined])),
    dose,
  };
}

/** The query string for `options` (only what differs from the defaults), the inverse of {@link optionsFromQuery}. */
export function optionsToQuery(options: SnippetOptions): URLSearchParams {
  const query = new URLSearchParams();
  if (options.routine) query.set('routine', options.routine);
  else if (options.exercise) query.set('exercise', options.exercise);
  else if (options.timer) query.set('timer', '1');
  if (options.lang && options.lang !== 'en') query.set('lang', options.lang);
  if (options.theme && options.theme !== 'auto') query.set('theme', options.theme);
  if (options.variant === 'compact') query.set('variant', 'compact');
  if (options.timer && !query.has('timer')) query.set('timer', '1');
  if (options.structuredData) query.set('structured-data', '1');
  if (options.label && isTimerOnly(options)) query.set('label', options.label);
  if (options.count === 'tap' && isTimerOnly(options)) query.set('count', 'tap');
  for (const [name, value] of planAttributes(options)) query.set(name, value);
  for (const [name, value] of Object.entries(options.dose ?? {})) if (value) query.set(name, value);
  return query;
}

/** The element's attributes, in the order the snippet writes them (values unescaped). */
export function elementAttributes(options: SnippetOptions): [string, string][] {
  const attributes: [string, string][] = [];
  const kind = snippetKind(options);
  const timer = kind === 'timer';
  const card = kind === 'exercise';
  if (options.routine) attributes.push(['routine', options.routine]);
  else if (options.exercise) attributes.push(['exercise', options.exercise]);
  attributes.push(['lang', options.lang || 'en']);
  if (options.theme && options.theme !== 'auto') attributes.push(['theme', options.theme]);
  if (timer && options.label?.trim()) attributes.push(['label', options.label.trim()]);
  if (timer && options.count && options.count !== 'pace') attributes.push(['count', options.count]);
  if (card && options.variant === 'compact') attributes.push(['variant', 'compact']);
  if (card && options.timer) attributes.push(['timer', '']);
  if (card && options.structuredData) attributes.push(['structured-data', '']);
  attributes.push(...planAttributes(options));
  for (const name of DOSE_ATTRIBUTES) {
    const value = options.dose?.[name];
    if ((card || timer) && value) attributes.push([name, value]);
  }
  return attributes;
}
