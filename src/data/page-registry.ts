/**
 * The one registry of datasets per page (per JavaScript realm), shared by every copy of the
 * library loaded there: two CDN script URLs, or a CDN copy beside a bundled npm copy. It hangs on
 * a well-known global symbol, so `registerDataset` from any copy reaches elements that another
 * copy defined. Copies of another version share it too, and the first such copy warns once.
 */
import { packageVersion } from './generated/package-version.js';
import type { DatasetResult } from './load-dataset.js';
import type { Exercise, Routine, Source } from './types.js';

/** The registry's shape: fields are only ever added, so that every later version can share it. */
export interface PageRegistry {
  /** The package version of the copy that created it. */
  readonly version: string;
  /** Registered data (already validated), by id. */
  readonly exercises: Map<string, Exercise>;
  readonly routines: Map<string, Routine>;
  readonly sources: Map<string, Source>;
  /** Registrations still being validated: lookups wait for them. */
  readonly pending: Set<Promise<unknown>>;
  /** Datasets loaded from `src` URLs, by absolute URL: each is fetched once per page. */
  readonly datasets: Map<string, Promise<DatasetResult>>;
  /** Versions a mismatch was already reported for. */
  readonly warned: Set<string>;
  /** Dispatches `registered` each time a dataset was added (by any copy of this version or later). */
  readonly changes: EventTarget;
}

/** `Symbol.for('exercise-elements.registry')`: the same symbol in every copy. */
export const REGISTRY_KEY = Symbol.for('exercise-elements.registry');

function attach(): PageRegistry {
  const holder = globalThis as unknown as Record<symbol, PageRegistry | undefined>;
  const found = (holder[REGISTRY_KEY] ??= {
    version: packageVersion,
    exercises: new Map(),
    routines: new Map(),
    sources: new Map(),
    pending: new Set(),
    datasets: new Map(),
    warned: new Set([packageVersion]),
    changes: new EventTarget(),
  });
  // A registry an earlier version created has no `changes`: fields are only ever added.
  (found as { changes?: EventTarget }).changes ??= new EventTarget();
  if (!found.warned.has(packageVersion)) {
    found.warned.add(packageVersion);
    console.warn(`exercise-elements ${found.version} and ${packageVersion} are both on this page: load one version only.`);
  }
  return found;
}

export const pageRegistry: PageRegistry = attach();
