import type { PropertyDeclarations } from 'lit';
import type { Dose } from '../data/types.js';
import { parseDoseAttributes } from '../engine/parse-dose.js';
import type { ExerciseElement } from './exercise-element.js';

// TypeScript requires a mixin's constructor to take `any[]`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = abstract new (...args: any[]) => T;

/** What the mixin adds, declared apart so that declaration files can name it (Lit's mixin pattern). */
export declare class DoseAttributesInterface {
  sets?: string;
  reps?: string;
  hold?: string;
  rest?: string;
  duration?: string;
  side?: string;
  tempo?: string;
  protected attributeDose(): Dose;
}

/** The dose attributes `<exercise-card>` and `<rep-timer>` share, and how they are read. */
export const DoseAttributes = <T extends Constructor<ExerciseElement>>(Base: T) => {
  abstract class WithDoseAttributes extends Base {
    /** @internal Lit's static declarations, not decorators: no decorator helpers on the page. */
    static properties: PropertyDeclarations = {
      sets: {},
      reps: {},
      hold: {},
      rest: {},
      duration: {},
      side: {},
      tempo: {},
    };

    /** Sets: `3`, or a range `2-3`. */
    sets?: string;
    /** Reps: `10`, `8-12`, or `max` (as many as you can with good form). */
    reps?: string;
    /** Seconds to hold each rep: `30` or `15-30`. */
    hold?: string;
    /** Seconds of rest between sets (between holds for a dose of holds): `40`, `90s`, `2m`. */
    rest?: string;
    /** Timed work: `90`, `90s`, `5m`, `5-10m`. */
    duration?: string;
    /** `both`, `each` (one side, then the other), `alternate`, `left` or `right`. */
    side?: string;
    /** Seconds per paced rep (default: the exercise's own pace, else 3). */
    tempo?: string;

    /** The dose the attributes spell; each one that cannot be read is left out, with one warning. */
    protected attributeDose(): Dose {
      const { dose, problems } = parseDoseAttributes(this);
      for (const p of problems) this.warnAttribute(p.attribute, p.value, p.reason);
      return dose;
    }
  }
  return WithDoseAttributes as unknown as Constructor<DoseAttributesInterface> & T;
};
