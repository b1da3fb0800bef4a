// Loads a TypeScript module of the library in Node (build tools only), bundled by esbuild in memory.
import { build } from 'esbuild';

export async function loadTs(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
