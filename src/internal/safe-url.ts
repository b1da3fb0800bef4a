/**
 * The one gate every URL from data passes before it is bound into the DOM (`href`, `src`,
 * `poster`): only `http:`, `https:` and relative URLs get through. Validation rejects other
 * schemes too; this is the second, independent guard for data registered without validation.
 *
 * The URL is parsed the way the browser will parse it (leading control characters and spaces
 * dropped, tabs and newlines removed anywhere, any case), so `" JaVa\tScRiPt:..."` is caught.
 */
const BASE = 'https://relative.invalid/';

/** The URL itself when it is http(s) or relative, otherwise `undefined` (bind nothing). */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, BASE);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? url : undefined;
}
