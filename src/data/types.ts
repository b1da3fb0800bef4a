import type { Category, Equipment, Level, MediaType, Muscle, Position, Side } from './vocabulary.js';

export type { Category, Equipment, Level, MediaType, Muscle, Position, Side };

/** Text in several languages: a map from BCP 47 locale (`en`, `es`, `pt-BR`) to the string. */
export type LocalizedText = Readonly<Record<string, string>>;

/** An inclusive range such as 8-12 reps or 15-30 seconds. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
}

/** A bare number or a range. */
export type Amount = number | NumberRange;

/**
 * How much of an exercise to do. Every field is optional: an omitted field is not part of the
 * exercise (no hold, no rest...). `reps: "max"` means as many as you can with good form.
 */
export interface Dose {
  readonly sets?: Amount;
  readonly reps?: Amount | 'max';
  readonly holdSeconds?: Amount;
  readonly restSeconds?: Amount;
  readonly durationSeconds?: Amount;
  readonly tempoSeconds?: number;
  readonly side?: Side;
}

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly author?: string;
  readonly url?: string;
}

export interface Media {
  readonly type: MediaType;
  readonly src: string;
  readonly alt: LocalizedText;
  readonly poster?: string;
  readonly width?: number;
  readonly height?: number;
  readonly credit?: string;
}

export interface Exercise {
  readonly id: string;
  readonly name: LocalizedText;
  readonly summary?: LocalizedText;
  readonly category: Category;
  readonly position?: Position;
  readonly equipment: readonly Equipment[];
  readonly muscles?: { readonly primary: readonly Muscle[]; readonly secondary?: readonly Muscle[] };
  readonly level?: Level;
  readonly dose?: Dose;
  readonly steps: readonly LocalizedText[];
  readonly tips?: readonly LocalizedText[];
  readonly cautions?: readonly LocalizedText[];
  readonly variations?: { readonly easier?: readonly string[]; readonly harder?: readonly string[] };
  readonly media?: readonly Media[];
  readonly source?: string;
}

/** How often to repeat a routine: `{ timesPerWeek: { min: 3 }, weeks: 4 }` is "at least 3 times a week for 4 weeks". */
export interface Frequency {
  readonly timesPerWeek: number | { readonly min: number; readonly max?: number };
  readonly weeks?: number;
}

export interface ExerciseItem {
  readonly exercise: string;
  readonly dose?: Dose;
}

export interface RestItem {
  readonly restSeconds: number;
}

export type RoutineItem = ExerciseItem | RestItem;

export interface Routine {
  readonly id: string;
  readonly name: LocalizedText;
  readonly summary?: LocalizedText;
  readonly source?: string;
  readonly restBetweenSeconds?: number;
  readonly rounds?: number;
  readonly frequency?: Frequency;
  readonly items: readonly RoutineItem[];
}

/** The dataset format shared by bundled data, `src` files and `registerDataset()`. */
export interface Dataset {
  readonly version: 1;
  readonly sources?: readonly Source[];
  readonly exercises?: readonly Exercise[];
  readonly routines?: readonly Routine[];
}

/** One problem found in a dataset, with the JSON path where it was found (`exercises[3].dose.reps`). */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

export interface ValidationResult {
  readonly ok: boolean;
  readonly issues: readonly ValidationIssue[];
}

export const isRestItem = (item: RoutineItem): item is RestItem => 'restSeconds' in item;
