/**
 * Parses the dose attributes every element shares (`sets`, `reps`, `hold`, `rest`, `duration`,
 * `side`, `tempo`, `lead-in`) from what an author types: `10`, `8-12`, `max`, `30`, `15-30`,
 * `90s`, `5m`, `5-10m`, `1.5 min`. Garbage is rejected with a reason, never guessed at.
 */
import type { Amount, Dose, Side } from '../data/types.js';
import { DOSE_LIMITS, SIDES } from '../data/dose-vocabulary.js';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  '': 1, s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  m: 60, min: 60, mins: 60, minute: 60, minutes: 60,
  h: 3600, hr: 3600, hour: 3600, hours: 3600,
};

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const UNIT = String.raw`\s*([a-z]*)`;
const SECONDS_RE = new RegExp(String.raw`^${NUMBER}${UNIT}(?:\s*(?:-|–|to)\s*${NUMBER}${UNIT})?$`);
const COUNT_RE = /^(\d+)(?:\s*(?:-|–|to)\s*(\d+))?$/;

const range = (min: number, max: number): Amount => (min === max ? min : { min, max });

function checkRange(min: number, max: number, lower: number, upper: number, unit: string): string | undefined {
  if (min > max) return `the range starts above where it ends (${min} > ${max})`;
  if (min < lower) return `must be at least ${lower}${unit}`;
  if (max > upper) return `must be at most ${upper}${unit}`;
  return undefined;
}

/** A whole count (`10`, `8-12`); with `allowMax`, also `max` ("as many as you can"). */
export function parseCount(text: string, upper: number, lower = 1, allowMax = false): Parsed<Amount | 'max'> {
  const value = text.trim().toLowerCase();
  if (allowMax && value === 'max') return ok('max');
  const match = COUNT_RE.exec(value);
  if (!match) {
    return fail(`"${text}" is not a whole number or a range such as 8-12${allowMax ? ', nor "max"' : ''}`);
  }
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  const problem = checkRange(min, max, lower, upper, '');
  return problem ? fail(problem) : ok(range(min, max));
}

/**
 * Seconds from `30`, `90s`, `5m`, `1.5 min`, `15-30`, `5-10m` (a unit after the second number
 * applies to both, as people write it), rounded to whole seconds.
 */
export function parseSeconds(text: string, upper: number, lower = 0): Parsed<Amount> {
  const match = SECONDS_RE.exec(text.trim().toLowerCase());
  if (!match) return fail(`"${text}" is not a time such as 30, 90s, 5m or 15-30`);
  const [, a = '', unitA = '', b, unitB = ''] = match;
  const factorB = UNIT_SECONDS[unitB];
  const factorA = UNIT_SECONDS[unitA === '' && b !== undefined ? unitB : unitA];
  if (factorA === undefined || factorB === undefined) {
    return fail(`"${text}" has a unit other than s, m or h`);
  }
  const min = Math.round(Number(a) * factorA);
  const max = b === undefined ? min : Math.round(Number(b) * factorB);
  const problem = checkRange(min, max, lower, upper, ' seconds');
  return problem ? fail(problem) : ok(range(min, max));
}

export function parseSide(text: string): Parsed<Side> {
  const value = text.trim().toLowerCase();
  return (SIDES as readonly string[]).includes(value)
    ? ok(value as Side)
    : fail(`"${text}" is not one of ${SIDES.join(', ')}`);
}

/** Seconds per paced rep: a single positive number, no range. */
export function parseTempo(text: string): Parsed<number> {
  const parsed = parseSeconds(text, DOSE_LIMITS.tempoSeconds, 1);
  if (!parsed.ok) return parsed;
  return typeof parsed.value === 'number' ? ok(parsed.value) : fail(`"${text}" must be one number of seconds per rep`);
}

/** The dose attributes, by attribute name, as an element reads them. */
export const DOSE_ATTRIBUTES = ['sets', 'reps', 'hold', 'rest', 'duration', 'side', 'tempo'] as const;
export type DoseAttribute = (typeof DOSE_ATTRIBUTES)[number];

export interface DoseProblem {
  readonly attribute: DoseAttribute;
  readonly value: string;
  readonly reason: string;
}

const PARSERS: { readonly [A in DoseAttribute]: (text: string) => Parsed<unknown> } = {
  sets: (t) => parseCount(t, DOSE_LIMITS.sets),
  reps: (t) => parseCount(t, DOSE_LIMITS.reps, 1, true),
  hold: (t) => parseSeconds(t, DOSE_LIMITS.holdSeconds),
  rest: (t) => parseSeconds(t, DOSE_LIMITS.restSeconds),
  duration: (t) => parseSeconds(t, DOSE_LIMITS.durationSeconds),
  side: parseSide,
  tempo: parseTempo,
};

const FIELD: { readonly [A in DoseAttribute]: keyof Dose } = {
  sets: 'sets',
  reps: 'reps',
  hold: 'holdSeconds',
  rest: 'restSeconds',
  duration: 'durationSeconds',
  side: 'side',
  tempo: 'tempoSeconds',
};

/**
 * Reads the dose attributes that are present (null or undefined = absent) into a partial dose.
 * Each attribute that cannot be read is left out of the dose and reported once in `problems`.
 */
export function parseDoseAttributes(attributes: Partial<Record<DoseAttribute, string | null | undefined>>): {
  dose: Dose;
  problems: DoseProblem[];
} {
  const dose: Record<string, unknown> = {};
  const problems: DoseProblem[] = [];
  for (const attribute of DOSE_ATTRIBUTES) {
    const value = attributes[attribute];
    if (value === null || value === undefined) continue;
    const parsed = PARSERS[attribute](value);
    if (parsed.ok) dose[FIELD[attribute]] = parsed.value;
    else problems.push({ attribute, value, reason: parsed.reason });
  }
  return { dose: dose as Dose, problems };
}

/**
 * A dose with `override`'s fields replacing `base`'s one by one (attributes over data, routine item
 * over exercise). A value the override gives is the override's: it is no longer marked suggested,
 * unless the override marks it so itself.
 */
export function mergeDose(base: Dose | undefined, override: Dose | undefined): Dose {
  const merged: { -readonly [K in keyof Dose]: Dose[K] } = { ...base, ...override };
  const suggested = override?.suggested ?? base?.suggested?.filter((field) => override?.[field] === undefined);
  if (suggested?.length) merged.suggested = suggested;
  else delete merged.suggested;
  return merged;
}
