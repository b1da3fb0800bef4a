// Builds (see DESIGN.md "Builds"):
//   dist/index.js, dist/<tag>.js (+ .d.ts): ES2021 modules for bundlers, lit and other dependencies left as bare imports
//   dist/cdn/exercise-elements.js: one script tag, Lit included, lazy chunks beside it
//   dist/data/dataset.json, dist/data/dataset.schema.json
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { registeringModules } from './scripts/registering-modules.mjs';

const pkg = JSON.parse(await readFile('./package.json', 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isExternal = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

// The package's entries, as package.json `exports` lists them: the root, the element-free data
// API, and one registering module per element (`import 'exercise-elements/exercise-card.js'`).
const ELEMENTS = ['exercise-card', 'rep-timer', 'routine-player', 'routine-step'];
const packageEntries = ['src/index.ts', 'src/api.ts', 'src/snippet.ts', ...ELEMENTS.map((tag) => `src/${tag}.ts`)];

const copyDataset = {
  name: 'copy-dataset',
  async writeBundle() {
    await mkdir('dist/data', { recursive: true });
    for (const file of ['dataset.json', 'dataset.schema.json']) {
      await copyFile(`src/data/generated/${file}`, `dist/data/${file}`);
    }
  },
};

// The CDN script's types sit beside it (the compiler wrote them for src/cdn.ts at the dist root).
const cdnTypes = {
  name: 'cdn-types',
  async writeBundle() {
    await rm('dist/cdn.d.ts', { force: true });
    await mkdir('dist/cdn', { recursive: true });
    await writeFile('dist/cdn/exercise-elements.d.ts', "export * from '../api.js';\n");
  },
};

// tslib's helpers (bundled: no runtime dependency) go to dist/internal/, not dist/node_modules/.
const entryFileNames = (chunk) => (chunk.name.includes('node_modules/tslib/') ? 'internal/tslib.js' : '[name].js');

// Dataset text chunks keep their path (data/es/exercises/wall-angels.js) and no hash: a locale's
// index names 49 of them, and hashes cost a page with one card some 400 bytes of that index.
const dataDir = new URL('./src/data/generated/', import.meta.url).pathname;
const chunkFileNames = (chunk) =>
  chunk.facadeModuleId?.startsWith(dataDir) && /^[a-z]+\//.test(chunk.facadeModuleId.slice(dataDir.length))
    ? `data/${chunk.facadeModuleId.slice(dataDir.length).replace(/\.ts$/, '.js')}`
    : 'chunks/[name]-[hash].js';

const terserOptions = { ecma: 2021, module: true, format: { comments: false } };

export default [
  {
    input: packageEntries,
    external: isExternal,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames,
      // No maps are shipped, so no file names one.
      sourcemap: false,
    },
    plugins: [
      nodeResolve(),
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist', outDir: 'dist', sourceMap: false }),
      registeringModules(),
      copyDataset,
      cdnTypes,
    ],
  },
  {
    input: { 'exercise-elements': 'src/cdn.ts' },
    // The lazy element chunks import shared code straight from the script itself, rather than
    // from a second chunk behind a re-exporting facade (one request and ~0.3 KB less per page).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames,
      sourcemap: false,
    },
    plugins: [
      nodeResolve({ exportConditions: ['production', 'default'] }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist/cdn', sourceMap: false }),
      registeringModules(),
      minifyTemplateLiterals(),
      terser(terserOptions),
    ],
  },
];
