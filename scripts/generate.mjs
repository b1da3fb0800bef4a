// Generates what src/ imports but git does not hold: the bundled dataset modules and the
// locale modules that lit-localize builds from xliff/. Missing translations are counted, not listed.
import { spawnSync } from 'node:child_process';

await import('./build-data.mjs');

const run = spawnSync('npx', ['lit-localize', 'build'], { encoding: 'utf8' });
const lines = `${run.stdout}${run.stderr}`.split('\n');
const missing = lines.filter((l) => l.includes('is missing, using canonical text'));
const other = lines.filter((l) => l.trim() && !missing.includes(l) && !/^Building|nodedir|npm warn/.test(l));
if (run.status !== 0) {
  console.error(other.join('\n'));
  throw new Error(`lit-localize build failed (status ${run.status})`);
}
const perLocale = new Map();
for (const line of missing) perLocale.set(line.split(' ')[0], (perLocale.get(line.split(' ')[0]) ?? 0) + 1);
const summary = [...perLocale].map(([locale, n]) => `${locale} ${n}`).join(', ');
console.log(`ui strings: built${summary ? ` (untranslated, shown in English: ${summary})` : ''}`);
