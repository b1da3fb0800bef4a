/**
 * The one runtime schema of the dataset format. It validates untrusted datasets (`src` files,
 * `registerDataset`) and is turned into `dist/data/dataset.schema.json` at build time.
 * Bundled data is checked at build time, so this module stays off the page path of bundled data.
 */
import * as v from 'valibot';
import {
  CATEGORIES,
  DOSE_LIMITS,
  EQUIPMENT,
  LEVELS,
  MEDIA_TYPES,
  MUSCLES,
  POSITIONS,
  SIDES,
} from './vocabulary.js';

const ID = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as "wall-angels"'),
  v.maxLength(80, 'must be at most 80 characters'),
);

const LOCALE_KEY = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "pt-BR"'),
);

export const LocalizedTextSchema = v.pipe(
  v.record(LOCALE_KEY, v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'))),
  v.check((text) => Object.keys(text).length > 0, 'must have text in at least one language'),
  v.description('Text per language: { "en": "...", "es": "..." }.'),
);

const boundedNumber = (max: number, min = 0) =>
  v.pipe(
    v.number('must be a number'),
    v.finite('must be a finite number'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );

const amount = (max: number, min = 0) =>
  v.union(
    [
      boundedNumber(max, min),
      v.pipe(
        v.strictObject({ min: boundedNumber(max, min), max: boundedNumber(max, min) }),
        v.check((range) => range.min <= range.max, 'min must not be greater than max'),
      ),
    ],
    `must be a number from ${min} to ${max} or { "min", "max" }`,
  );

/**
 * http(s) or relative: no other scheme, no leading space, no control characters (tabs and
 * newlines inside a scheme would otherwise hide `javascript:`). Written as a pattern so the
 * JSON Schema says the same; `safeUrl()` guards again where URLs are bound.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what the pattern must refuse
export const SAFE_URL_PATTERN = /^(?![\s\u0000-\u001f])(?:[hH][tT][tT][pP][sS]?:|(?![a-zA-Z][a-zA-Z0-9+.-]*:))[^\u0000-\u001f\u007f]*$/;

const safeUrlString = v.pipe(
  v.string('must be a string'),
  v.nonEmpty('must not be empty'),
  v.regex(SAFE_URL_PATTERN, 'only http(s) or relative URLs are allowed'),
);

const picklist = <const T extends readonly string[]>(values: T, what: string) =>
  v.picklist(values, `must be one of the known ${what}: ${values.join(', ')}`);

const DOSE_FIELDS = ['sets', 'reps', 'holdSeconds', 'restSeconds', 'durationSeconds', 'tempoSeconds', 'side'] as const;
const ROUTINE_FIELDS = ['restBetweenSeconds', 'rounds', 'frequency'] as const;

/** A list of field names, each naming a field the object itself has. */
const suggestedFields = <const T extends readonly string[]>(fields: T) =>
  v.pipe(
    v.array(picklist(fields, 'fields')),
    v.description('The fields whose values are ours, not the source\'s (the source is silent or vague there).'),
  );

const namesOwnFields = (object: { readonly suggested?: readonly string[] }) =>
  (object.suggested ?? []).every((field) => (object as Record<string, unknown>)[field] !== undefined);

export const DoseSchema = v.pipe(v.strictObject({
  sets: v.optional(amount(DOSE_LIMITS.sets, 1)),
  reps: v.optional(v.union([v.literal('max'), amount(DOSE_LIMITS.reps, 1)], 'must be a number, { "min", "max" } or "max"')),
  holdSeconds: v.optional(amount(DOSE_LIMITS.holdSeconds)),
  restSeconds: v.optional(amount(DOSE_LIMITS.restSeconds)),
  durationSeconds: v.optional(amount(DOSE_LIMITS.durationSeconds)),
  tempoSeconds: v.optional(boundedNumber(DOSE_LIMITS.tempoSeconds, 0.5)),
  side: v.optional(picklist(SIDES, 'sides')),
  suggested: v.optional(suggestedFields(DOSE_FIELDS)),
  note: v.optional(v.pipe(LocalizedTextSchema, v.description("The source's own words where it is vague about the dose."))),
}), v.check((dose) => namesOwnFields(dose), 'suggested must name only fields this dose has'));

export const SourceSchema = v.strictObject({
  id: ID,
  title: v.pipe(v.string(), v.nonEmpty('must not be empty')),
  publisher: v.optional(v.pipe(v.string(), v.nonEmpty('must not be empty'))),
  author: v.optional(v.string()),
  url: v.optional(safeUrlString),
  cautions: v.optional(
    v.pipe(v.array(LocalizedTextSchema), v.description('Cautions shown with every exercise and routine crediting this source.')),
  ),
});

export const MediaSchema = v.strictObject({
  type: picklist(MEDIA_TYPES, 'media types'),
  src: safeUrlString,
  alt: LocalizedTextSchema,
  poster: v.optional(safeUrlString),
  width: v.optional(boundedNumber(10000, 1)),
  height: v.optional(boundedNumber(10000, 1)),
  credit: v.optional(v.string()),
});

const textList = v.array(LocalizedTextSchema);

export const ExerciseSchema = v.strictObject({
  id: ID,
  name: LocalizedTextSchema,
  summary: v.optional(LocalizedTextSchema),
  category: picklist(CATEGORIES, 'categories'),
  position: v.optional(picklist(POSITIONS, 'positions')),
  equipment: v.array(picklist(EQUIPMENT, 'equipment')),
  muscles: v.optional(
    v.strictObject({
      primary: v.array(picklist(MUSCLES, 'muscles')),
      secondary: v.optional(v.array(picklist(MUSCLES, 'muscles'))),
    }),
  ),
  level: v.optional(picklist(LEVELS, 'levels')),
  dose: v.optional(DoseSchema),
  steps: textList,
  tips: v.optional(textList),
  cautions: v.optional(textList),
  variations: v.optional(
    v.strictObject({ easier: v.optional(v.array(ID)), harder: v.optional(v.array(ID)) }),
  ),
  media: v.optional(v.array(MediaSchema)),
  source: v.optional(ID),
});

const RoutineItemSchema = v.union(
  [
    v.strictObject({ exercise: ID, dose: v.optional(DoseSchema) }),
    v.strictObject({ restSeconds: boundedNumber(DOSE_LIMITS.restSeconds) }),
  ],
  'must be { "exercise": id, "dose"?: {...} } or { "restSeconds": number }',
);

export const RoutineSchema = v.pipe(v.strictObject({
  id: ID,
  name: LocalizedTextSchema,
  summary: v.optional(LocalizedTextSchema),
  source: v.optional(ID),
  restBetweenSeconds: v.optional(boundedNumber(DOSE_LIMITS.restSeconds)),
  rounds: v.optional(v.pipe(boundedNumber(50, 1), v.integer('must be a whole number'))),
  frequency: v.optional(
    v.strictObject({
      timesPerWeek: v.union([
        boundedNumber(21, 1),
        v.strictObject({ min: boundedNumber(21, 1), max: v.optional(boundedNumber(21, 1)) }),
      ]),
      weeks: v.optional(boundedNumber(104, 1)),
    }),
  ),
  suggested: v.optional(suggestedFields(ROUTINE_FIELDS)),
  items: v.pipe(v.array(RoutineItemSchema), v.minLength(1, 'must have at least one item')),
}), v.check((routine) => namesOwnFields(routine), 'suggested must name only fields this routine has'));

export const DatasetSchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.literal(1, 'must be 1 (the only dataset format version so far)'),
  sources: v.optional(v.array(SourceSchema)),
  exercises: v.optional(v.array(ExerciseSchema)),
  routines: v.optional(v.array(RoutineSchema)),
});
