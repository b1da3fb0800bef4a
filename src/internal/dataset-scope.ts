import { loadDataset, readInlineDataset } from '../data/dataset-api.js';
import type { DataError } from '../data/load-dataset.js';
import type { Dataset } from '../data/types.js';

export type ScopeResult = { readonly ok: true; readonly scope?: Dataset } | { readonly ok: false; readonly error: DataError };

/**
 * The dataset an element reads besides the registry: its `<script type="application/json">`
 * child, else its `src` URL, else none.
 */
export async function datasetScope(host: HTMLElement, src: string | undefined): Promise<ScopeResult> {
  const inline = host.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
  if (inline) return readInlineDataset(inline).then((r) => (r.ok ? { ok: true, scope: r.dataset } : r));
  if (src) return loadDataset(src).then((r) => (r.ok ? { ok: true, scope: r.dataset } : r));
  return { ok: true };
}
