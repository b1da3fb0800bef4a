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

/** The dose fields a dataset author can mark as suggested (`dose.suggested`). */
export type DoseField = 'sets' | 'reps' | 'holdSeconds' | 'restSeconds' | 'durationSeconds' | 'tempoSeconds' | 'side';

/** The routine fields a dataset author can mark as suggested (`routine.suggested`). */
export type RoutineField = 'restBetweenSeconds' | 'rounds' | 'frequency';

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
  /**
   * The fields whose values are ours, not the source's: the source is silent or vague there.
   * Views word them as suggestions ("Suggested: hold 3–5 s").
   */
  readonly suggested?: readonly DoseField[];
  /** The source's own words about the dose where they are vague ("The article says: hold for a few seconds"). */
  readonly note?: LocalizedText;
}

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly author?: string;
  readonly url?: string;
  /** Cautions that apply to everything this source describes: shown with every exercise and routine crediting it. */
  readonly cautions?: readonly LocalizedText[];
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
  /** The fields whose values are ours, not the source's (a rest length the article does not give). */
  readonly suggested?: readonly RoutineField[];
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
