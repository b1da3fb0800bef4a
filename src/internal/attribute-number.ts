/** One number from an attribute, read the way every element reads its numeric attributes. */
import type { Amount } from '../data/types.js';
import type { Parsed } from '../engine/parse-dose.js';

/** Reports an attribute the element ignores, and why. */
export type Warn = (attribute: string, value: string, reason: string) => void;

/** A single number from an attribute (`parse` reads it), or undefined, with a warning when it cannot be read or is a range. */
export function attributeNumber(warn: Warn, attribute: string, value: string | undefined | null, parse: (v: string) => Parsed<Amount | 'max'>): number | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = parse(value);
  if (parsed.ok && typeof parsed.value === 'number') return parsed.value;
  warn(attribute, value, parsed.ok ? 'must be one number' : parsed.reason);
  return undefined;
}
