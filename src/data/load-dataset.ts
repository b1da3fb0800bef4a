/**
 * Datasets that elements read from a `src` URL or from an inline `<script type="application/json">`.
 * Each URL is fetched once per page; the validator loads only when such a dataset is used.
 */
import { pageRegistry } from './page-registry.js';
import { validateDataset } from './validation.js';
import type { Dataset, ValidationIssue } from './types.js';

export type DataErrorCode = 'network' | 'http' | 'json' | 'invalid';

/** Why a dataset could not be used. `path` names the first problem's JSON path for `invalid`. */
export interface DataError {
  readonly code: DataErrorCode;
  readonly message: string;
  readonly path?: string;
  readonly issues?: readonly ValidationIssue[];
}

export type DatasetResult = { readonly ok: true; readonly dataset: Dataset } | { readonly ok: false; readonly error: DataError };

async function check(json: unknown, origin: string): Promise<DatasetResult> {
  const result = await validateDataset(json);
  const first = result.issues[0];
  if (result.ok || !first) return { ok: true, dataset: json as Dataset };
  return {
    ok: false,
    error: { code: 'invalid', message: `${origin}: ${first.path}: ${first.message}`, path: first.path, issues: result.issues },
  };
}

function parse(text: string, origin: string): { ok: true; json: unknown } | { ok: false; error: DataError } {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: { code: 'json', message: `${origin} is not valid JSON: ${(error as Error).message}` } };
  }
}

async function fetchDataset(url: string): Promise<DatasetResult> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    return { ok: false, error: { code: 'network', message: `${url} could not be loaded: ${String(error)}` } };
  }
  if (!response.ok) {
    return { ok: false, error: { code: 'http', message: `${url} answered ${response.status} ${response.statusText}`.trim() } };
  }
  const parsed = parse(await response.text(), url);
  return parsed.ok ? check(parsed.json, url) : parsed;
}

/**
 * Loads and validates the dataset at `url` (resolved against the page; in Node it must be
 * absolute). The same URL is fetched once per page, whichever copy of the library asks; a failed
 * load is forgotten so that a later element may try again. Never rejects.
 */
export function loadDataset(url: string): Promise<DatasetResult> {
  let absolute: string;
  try {
    absolute = new URL(url, globalThis.document?.baseURI).href;
  } catch {
    return Promise.resolve({ ok: false, error: { code: 'network', message: `${url} is not a URL this page can load` } });
  }
  const cache = pageRegistry.datasets;
  let pending = cache.get(absolute);
  if (!pending) {
    pending = fetchDataset(absolute).then((result) => {
      if (!result.ok) cache.delete(absolute);
      return result;
    });
    cache.set(absolute, pending);
  }
  return pending;
}

/** Reads a dataset written inside an element as `<script type="application/json">`. */
/** What `readInlineDataset` reads of a `<script type="application/json">`: typed without the DOM, for Node. */
export interface InlineDatasetScript {
  readonly textContent: string | null;
}

export async function readInlineDataset(script: InlineDatasetScript): Promise<DatasetResult> {
  const parsed = parse(script.textContent ?? '', 'the inline dataset');
  return parsed.ok ? check(parsed.json, 'the inline dataset') : parsed;
}
