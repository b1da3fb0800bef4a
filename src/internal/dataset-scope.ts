import { loadDataset, readInlineDataset } from '../data/datasets.js';
import type { DataError } from '../data/load-dataset.js';
import type { Dataset } from '../data/types.js';

export type ScopeResult = { readonly ok: true; readonly scope?: Dataset } | { readonly ok: false; readonly error: DataError };

/**
 * The dataset an element reads besides the registry: its `<script type="application/json">`
 * child, else its `src` URL, else none. Never rejects: a failure is a result, so that no caller
 * leaves a rejected promise behind (on a server one kills the process).
 */
export async function datasetScope(host: HTMLElement, src: string | undefined): Promise<ScopeResult> {
  try {
    // A server-side element (Lit SSR) has no children to read: only `src` counts there.
    const inline = typeof host.querySelector === 'function' ? host.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]') : null;
    if (inline) return await readInlineDataset(inline).then((r) => (r.ok ? { ok: true, scope: r.dataset } : r));
    if (src) return await loadDataset(src).then((r) => (r.ok ? { ok: true, scope: r.dataset } : r));
    return { ok: true };
  } catch (error) {
    return { ok: false, error: { code: 'network', message: `the dataset could not be read: ${String(error)}` } };
  }
}
