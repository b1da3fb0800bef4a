// The embed builder's script (demo/builder.html): demo/builder/builder.ts bundled with the
// snippet renderer, Lit, @lit-labs/ssr and the bundled data into demo/generated/builder/, for
// pages served as files (no bare imports). Not part of the package. Templates and styles are not
// minified, so the builder writes the very snippet the Node command writes.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

const outdir = 'demo/generated/builder';
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: ['demo/builder/builder.ts'],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2021',
  platform: 'browser',
  tsconfig: 'tsconfig.json',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  // The player's `import '../../rep-timer.js'` registers the timer; package.json marks only dist/
  // as having side effects, so esbuild drops it here. The builder renders through the snippet
  // renderer, which defines the elements it renders itself: nothing is lost, nothing to warn of.
  logOverride: { 'ignored-bare-import': 'silent' },
});
