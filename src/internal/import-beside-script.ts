/**
 * The CDN build's lazy files, imported by their path beside the script (`data/es/e20.js`,
 * `locales/es-card.js`, `data/es/index.js`) rather than through a table of a loader per file.
 * This module must sit in the script itself, whose URL the paths are relative to (rollup.config.mjs
 * checks). The npm build never uses it: bundlers split chunks by static `import()`s.
 */
export const importBesideScript = <T>(path: string): Promise<T> => import(new URL(`./${path}`, import.meta.url).href) as Promise<T>;
