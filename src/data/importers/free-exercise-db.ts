/**
 * Converts entries of the public-domain free-exercise-db format (github.com/yuhonas/free-exercise-db)
 * into our dataset format: name, steps from instructions, category, equipment, muscles, level,
 * and images when a base URL for them is given.
 */
import type { Category, Dataset, Equipment, Exercise, Level, Media, Muscle, Source } from '../types.js';

/** One entry of free-exercise-db's `exercises.json`. */
export interface FreeExerciseDbEntry {
  readonly id: string;
  readonly name: string;
  readonly force?: string | null;
  readonly level?: string | null;
  readonly mechanic?: string | null;
  readonly equipment?: string | null;
  readonly primaryMuscles?: readonly string[];
  readonly secondaryMuscles?: readonly string[];
  readonly instructions?: readonly string[];
  readonly category?: string | null;
  readonly images?: readonly string[];
}

export interface FromFreeExerciseDbOptions {
  /**
   * Where the images live: each entry's image path (`Band_Pull_Apart/0.jpg`) is resolved against it.
   * Without it, exercises carry no media.
   */
  readonly imageBaseUrl?: string;
  /** The source the exercises credit; free-exercise-db by default. */
  readonly source?: Source;
}

export const FREE_EXERCISE_DB_SOURCE: Source = {
  id: 'free-exercise-db',
  title: 'Free Exercise DB',
  publisher: 'yuhonas/free-exercise-db (public domain)',
  url: 'https://github.com/yuhonas/free-exercise-db',
};

const CATEGORY: Readonly<Record<string, Category>> = {
  strength: 'strength',
  stretching: 'stretch',
  plyometrics: 'plyometrics',
  powerlifting: 'strength',
  'olympic weightlifting': 'strength',
  strongman: 'strength',
  cardio: 'cardio',
};

const EQUIPMENT: Readonly<Record<string, Equipment | undefined>> = {
  'body only': undefined,
  barbell: 'barbell',
  dumbbell: 'dumbbells',
  cable: 'cable-machine',
  machine: 'machine',
  kettlebells: 'kettlebell',
  bands: 'resistance-band',
  'medicine ball': 'medicine-ball',
  'exercise ball': 'exercise-ball',
  'foam roll': 'foam-roller',
  'e-z curl bar': 'ez-bar',
  other: 'other',
};

const MUSCLE: Readonly<Record<string, Muscle>> = {
  abdominals: 'abdominals',
  abductors: 'abductors',
  adductors: 'adductors',
  biceps: 'biceps',
  calves: 'calves',
  chest: 'pectoralis-major',
  forearms: 'forearms',
  glutes: 'glutes',
  hamstrings: 'hamstrings',
  lats: 'latissimus-dorsi',
  'lower back': 'erector-spinae',
  'middle back': 'middle-back',
  neck: 'neck',
  quadriceps: 'quadriceps',
  shoulders: 'deltoids',
  traps: 'trapezius',
  triceps: 'triceps',
};

const LEVELS: readonly Level[] = ['beginner', 'intermediate', 'expert'];

/** `3_4_Sit-Up` -> `3-4-sit-up` */
export const toKebabId = (id: string): string =>
  id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '') || 'exercise';

const muscles = (names: readonly string[] | undefined): Muscle[] => [
  ...new Set((names ?? []).flatMap((n) => MUSCLE[n.toLowerCase()] ?? [])),
];

const text = (value: string) => ({ en: value.trim() });

function convert(entry: FreeExerciseDbEntry, id: string, options: FromFreeExerciseDbOptions, sourceId: string): Exercise {
  const equipment = EQUIPMENT[(entry.equipment ?? 'body only').toLowerCase()];
  const level = LEVELS.find((l) => l === entry.level);
  const primary = muscles(entry.primaryMuscles);
  const secondary = muscles(entry.secondaryMuscles).filter((m) => !primary.includes(m));
  const name = entry.name.trim() || entry.id;
  const media: Media[] =
    options.imageBaseUrl === undefined
      ? []
      : (entry.images ?? []).map((path, i, all) => ({
          type: 'image',
          src: new URL(path, options.imageBaseUrl).href,
          alt: { en: all.length > 1 ? `${name}, position ${i + 1} of ${all.length}` : name },
        }));
  return {
    id,
    name: { en: name },
    category: CATEGORY[(entry.category ?? '').toLowerCase()] ?? 'strength',
    equipment: equipment ? [equipment] : [],
    ...(primary.length > 0 || secondary.length > 0 ? { muscles: { primary, ...(secondary.length > 0 ? { secondary } : {}) } } : {}),
    ...(level ? { level } : {}),
    steps: (entry.instructions ?? []).filter((s) => s.trim() !== '').map(text),
    ...(media.length > 0 ? { media } : {}),
    source: sourceId,
  };
}

/**
 * Converts free-exercise-db entries into a dataset that `validateDataset` accepts and
 * `registerDataset` can add. Ids become kebab-case (`Band_Pull_Apart` -> `band-pull-apart`),
 * made unique with a numeric suffix where two would collide.
 */
export function fromFreeExerciseDb(entries: readonly FreeExerciseDbEntry[], options: FromFreeExerciseDbOptions = {}): Dataset {
  const source = options.source ?? FREE_EXERCISE_DB_SOURCE;
  const taken = new Set<string>();
  const exercises = entries.map((entry) => {
    const base = toKebabId(entry.id || entry.name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 76)}-${n}`;
    taken.add(id);
    return convert(entry, id, options, source.id);
  });
  return { version: 1, sources: [source], exercises, routines: [] };
}
