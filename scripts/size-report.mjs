// `npm run size:report`: where the CDN build's bytes go. The build wrote a treemap
// (size-report/treemap.html, open it in a browser) and its data (size-report/stats.json) with
// rollup-plugin-visualizer; this prints, for the chunks a budget page loads (the script, the
// element chunks, the shared ones), each module's share. Module sizes are gzipped one by one, so
// they add up to more than the chunk's own gzip size: read them as shares, and `npm run size`
// for what a page really downloads.
import { readFile } from 'node:fs/promises';

const stats = JSON.parse(await readFile(new URL('../size-report/stats.json', import.meta.url), 'utf8'));
const chunks = new Map();
for (const meta of Object.values(stats.nodeMetas)) {
  for (const [chunk, partId] of Object.entries(meta.moduleParts)) {
    const part = stats.nodeParts[partId];
    const id = meta.id.replace(/^.*?\/(src|node_modules)\//, '$1/');
    if (!chunks.has(chunk)) chunks.set(chunk, []);
    chunks.get(chunk).push({ id, gzip: part.gzipLength, raw: part.renderedLength });
  }
}
// Data and locale chunks are one module each: listed in one line apiece at the end.
const single = [];
const kb = (bytes) => `${(bytes / 1024).toFixed(2).padStart(6)} KB`;
for (const [chunk, modules] of [...chunks].sort(([a], [b]) => a.localeCompare(b))) {
  if (modules.length === 1) {
    single.push([chunk, modules[0]]);
    continue;
  }
  const gzip = modules.reduce((sum, m) => sum + m.gzip, 0);
  console.log(`\n${chunk}: ${modules.length} modules, ${kb(gzip)} gzip one by one`);
  for (const m of modules.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(m.gzip)} ${kb(m.raw)} raw  ${m.id}`);
}
console.log(`\none-module chunks (data, locales, lazy pieces):`);
for (const [chunk, m] of single.sort((a, b) => b[1].gzip - a[1].gzip)) console.log(`  ${kb(m.gzip)}  ${chunk}  (${m.id})`);
console.log('\ntreemap: size-report/treemap.html');
