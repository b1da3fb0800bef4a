/** What a page has downloaded, from its resource timing entries. */

/** The first group of `pattern` in the URL of every resource `perf`'s page has downloaded, in order. */
export const downloaded = (pattern: RegExp, perf: Performance = performance): string[] =>
  perf.getEntriesByType('resource').flatMap((entry) => pattern.exec(entry.name)?.[1] ?? []);

/** The UI string modules (src/i18n/generated/locales/<locale>-<element>) this page has downloaded, sorted. */
export const stringFiles = (): string[] => downloaded(/\/i18n\/generated\/locales\/([\w-]+)\./).sort();
