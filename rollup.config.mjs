// Builds (see DESIGN.md "Builds"):
//   dist/index.js, dist/<tag>.js (+ .d.ts): ES2021 modules for bundlers, lit and other dependencies left as bare imports
//   dist/cdn/exercise-elements.js: one script tag, Lit included, lazy chunks beside it
//   dist/data/dataset.json, dist/data/dataset.schema.json
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

const pkg = JSON.parse(await (await import('node:fs/promises')).readFile('./package.json', 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isExternal = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

// Every `src/<tag>.ts` registering module is an entry of its own: `import 'exercise-elements/exercise-card.js'`.
const elementEntries = (await readdir('src'))
  .filter((file) => /^[a-z]+(-[a-z]+)+\.ts$/.test(file))
  .map((file) => `src/${file}`);

const copyDataset = {
  name: 'copy-dataset',
  async writeBundle() {
    await mkdir('dist/data', { recursive: true });
    for (const file of ['dataset.json', 'dataset.schema.json']) {
      await copyFile(`src/data/generated/${file}`, `dist/data/${file}`);
    }
  },
};

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
    input: ['src/index.ts', ...elementEntries],
    external: isExternal,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [
      nodeResolve(),
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist', outDir: 'dist' }),
      copyDataset,
    ],
  },
  {
    input: { 'exercise-elements': 'src/cdn.ts' },
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames,
      // Maps stay beside the files for debugging, without a `sourceMappingURL` line in every chunk a
      // page downloads (the package leaves maps out, so the line would point nowhere).
      sourcemap: 'hidden',
    },
    plugins: [
      nodeResolve({ exportConditions: ['production', 'default'] }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist/cdn', sourceMap: true }),
      minifyTemplateLiterals(),
        terser(terserOptions),
    ],
  },
];
