// Builds (see DESIGN.md "Builds"):
//   dist/index.js, dist/<tag>.js (+ .d.ts): ES2021 modules for bundlers, lit and other dependencies left as bare imports
//   dist/cdn/exercise-elements.js: one script tag, Lit included, lazy chunks beside it
//   dist/data/dataset.json, dist/data/dataset.schema.json
import path from 'node:path';
import { access, copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { visualizer } from 'rollup-plugin-visualizer';
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
    // Declarations of modules the package build emits no code for (the CDN build's `.cdn` twins,
    // see chunksByUrl; the script's own helpers; the UI strings' whole-locale modules) describe
    // nothing a user can import.
    for (const dir of ['dist/data', 'dist/data/generated', 'dist/internal', 'dist/i18n/generated', 'dist/i18n/generated/locales']) {
      const files = await readdir(dir);
      for (const file of files) if (file.endsWith('.d.ts') && !files.includes(file.replace(/\.d\.ts$/, '.js'))) await rm(path.join(dir, file));
    }
    await mkdir('dist/cdn', { recursive: true });
    await writeFile('dist/cdn/exercise-elements.d.ts', "export * from '../page-api.js';\n");
    await writeFile('dist/cdn/importers.d.ts', "export * from '../importers.js';\n");
  },
};

// tslib's helpers (bundled: no runtime dependency) go to dist/internal/, not dist/node_modules/.
const entryFileNames = (chunk) => (chunk.name.includes('node_modules/tslib/') ? 'internal/tslib.js' : '[name].js');

// Dataset text chunks keep their path (data/es/exercises/wall-angels.js) and no hash: a locale's
// index names 49 of them, and hashes cost a page with one card some 400 bytes of that index.
// UI strings likewise (locales/es-card.js): the script names 15 of them (5 locales, 3 elements).
const dataDir = new URL('./src/data/generated/', import.meta.url).pathname;
const localesDir = new URL('./src/i18n/generated/locales/', import.meta.url).pathname;
const chunkFileNames = (chunk) =>
  chunk.facadeModuleId?.startsWith(dataDir) && /^[a-z]+\//.test(chunk.facadeModuleId.slice(dataDir.length))
    ? `data/${chunk.facadeModuleId.slice(dataDir.length).replace(/\.ts$/, '.js')}`
    : chunk.facadeModuleId?.startsWith(localesDir)
      ? 'locales/[name].js'
      : 'chunks/[name]-[hash].js';

// `passes` and `unsafe_arrows` (a function expression that uses neither `this` nor `arguments`
// becomes an arrow) are safe for this code and Lit. `pure_getters` is left at its default: Lit's
// getters (`renderRoot`, `updateComplete`) do work.
// Public properties are never mangled: they are API. Private members named `__like-this` (Lit's
// own convention) are: a TypeScript `private` is read only inside its class, so inside its chunk,
// and its long name would otherwise ship (some 0.3 KB on a player page). The short names terser
// gives them must not be ones Lit's own (already minified) members use on the same element:
// every short identifier of Lit's production modules is reserved.
const litDirs = ['lit-html', 'lit-element', '@lit/reactive-element'].map((dir) => new URL(`./node_modules/${dir}/`, import.meta.url).pathname);
const litShortNames = new Set();
for (const dir of litDirs) {
  for (const file of await readdir(dir, { recursive: true })) {
    if (!file.endsWith('.js') || /(^|\/)(development|node)\//.test(file)) continue;
    for (const [token] of (await readFile(path.join(dir, file), 'utf8')).matchAll(/[A-Za-z_$][\w$]*/g)) if (token.length <= 4) litShortNames.add(token);
  }
}
// Each chunk is minified on its own, so two chunks may give two different `__` members one short
// name: harmless on separate objects, wrong on one. Classes that other chunks' classes extend
// (the element base and its mixins, in the script) must therefore have none.
const noPrivatesInElementBase = {
  name: 'no-privates-in-element-base',
  renderChunk(code, chunk) {
    if (chunk.name === 'exercise-elements' && /\.__(?!proto__)\w/.test(code)) this.error('a `__` member in the script: other chunks extend its element base, give it a plain name');
    return null;
  },
};
const terserOptions = {
  ecma: 2021,
  module: true,
  compress: { passes: 3, unsafe_arrows: true },
  mangle: { properties: { regex: /^__(?!proto__$)/, reserved: [...litShortNames] } },
  format: { comments: false },
};

// The locale modules `lit-localize build` writes import `str` from @lit/localize: in the CDN build
// they take ours (src/i18n/msg.ts, same shape, already in the script), so that a page in Spanish
// does not fetch a chunk of @lit/localize's runtime for one function.
const localeStr = {
  name: 'locale-str',
  resolveId(source, importer) {
    return source === '@lit/localize' && importer && /[\\/]src[\\/]i18n[\\/]generated[\\/]locales[\\/]/.test(importer) ? path.resolve('src/i18n/msg.ts') : null;
  },
};

// The CDN script fetches a bundled exercise's or routine's chunk by its path (data/es/e20.js), not
// through its locale's index of every chunk; a locale's UI strings (locales/es-card.js) and the
// locales' indexes (data/es/index.js, fetched only for other data crediting a bundled source)
// likewise, not through a loader per file in the script. Each module that loads them has a twin
// beside it, `<name>.cdn.ts`, which the CDN build takes in its place (bundled-chunk.cdn.ts, and the
// generated locale-parts.cdn.ts and text-loaders.cdn.ts). Every such file is emitted under its
// name, and the one module that imports them by path (src/internal/import-beside-script.ts) must
// sit in the script, whose URL the paths are relative to.
const generatedDir = path.resolve('src/data/generated');
const besideScript = path.resolve('src/internal/import-beside-script.ts');
const cdnLocaleParts = path.resolve('src/i18n/generated/locale-parts.cdn.ts');
const chunksByUrl = {
  name: 'chunks-by-url',
  async resolveId(source, importer) {
    if (!importer?.startsWith(path.resolve('src')) || !/^\.\.?\/.*\.js$/.test(source)) return null;
    const twin = path.resolve(path.dirname(importer), source.replace(/\.js$/, '.cdn.ts'));
    return (await access(twin).then(() => true, () => false)) ? twin : null;
  },
  async buildStart() {
    for (const locale of await readdir(generatedDir, { withFileTypes: true })) {
      if (!locale.isDirectory()) continue;
      this.emitFile({ type: 'chunk', id: path.join(generatedDir, locale.name, 'index.ts'), fileName: `data/${locale.name}/index.js` });
      for (const file of await readdir(path.join(generatedDir, locale.name))) {
        if (/^[er]\d+\.ts$/.test(file)) this.emitFile({ type: 'chunk', id: path.join(generatedDir, locale.name, file), fileName: `data/${locale.name}/${file.replace(/\.ts$/, '.js')}` });
      }
    }
    const { targetLocales } = JSON.parse(await readFile('lit-localize.json', 'utf8'));
    const parts = /stringsParts: readonly StringsPart\[\] = \[([^\]]*)\]/.exec(await readFile(cdnLocaleParts, 'utf8'))?.[1].match(/[a-z]+/g);
    if (!parts) this.error(`${path.relative('.', cdnLocaleParts)}: no stringsParts (run \`npm run generate\`)`);
    for (const locale of targetLocales) {
      for (const part of parts) this.emitFile({ type: 'chunk', id: path.join(localesDir, `${locale}-${part}.ts`), fileName: `locales/${locale}-${part}.js` });
    }
  },
  generateBundle(_, bundle) {
    if (!bundle['exercise-elements.js']?.modules[besideScript]) this.error('src/internal/import-beside-script.ts is not in the script: the paths it imports would be relative to another folder');
  },
};

// The script holds Lit (see ELEMENT_BASE), and must still import in Node without a DOM (DESIGN.md
// "Builds"; test/node/exports.test.mjs): Lit's browser build reads `document` and extends
// `HTMLElement` as it loads. Those three places read them from globalThis instead, where a missing
// one is undefined (there is no page to render into). The build fails if Lit no longer matches.
const LIT_WITHOUT_DOM = [
  [/\/lit-html\/lit-html\.js$/, /\b(\w+)=document,/, (_, name) => `${name}=globalThis.document,`],
  [/\/lit-html\/lit-html\.js$/, /\b(\w+)\.createTreeWalker\(\1,129\)/, (_, name) => `${name}?.createTreeWalker(${name},129)`],
  [/\/@lit\/reactive-element\/reactive-element\.js$/, /\bextends HTMLElement\{/, () => 'extends(globalThis.HTMLElement??Object){'],
];
const litWithoutDom = {
  name: 'lit-without-dom',
  transform(code, id) {
    const patches = LIT_WITHOUT_DOM.filter(([file]) => file.test(id));
    if (patches.length === 0) return null;
    for (const [, pattern, replace] of patches) {
      if (!pattern.test(code)) this.error(`${path.relative('.', id)}: no ${pattern} to make it load without a DOM (a new Lit? see rollup.config.mjs)`);
      code = code.replace(pattern, replace);
    }
    return { code, map: null };
  },
};

// An element's chunk is fetched together with the chunks it imports, not before them: the script's
// import of the player chunk also imports the `timing` chunk at once, rather than once the player
// chunk has arrived and been parsed, a round trip saved on a phone network (README, Performance).
// What the importing chunk already imports, and the script, are loaded by then and left out.
const parallelChunkImports = {
  name: 'parallel-chunk-imports',
  renderChunk(code, chunk, _, { chunks }) {
    const dir = path.posix.dirname(chunk.fileName);
    const loaded = new Set([chunk.fileName, ...chunk.imports, 'exercise-elements.js']);
    const relative = (file) => {
      const to = path.posix.relative(dir, file);
      return to.startsWith('.') ? to : `./${to}`;
    };
    return code.replace(/\bimport\((['"])(\.\.?\/[^'"]+)\1\)/g, (whole, quote, specifier) => {
      const target = chunks[path.posix.join(dir, specifier)];
      const also = ELEMENTS.includes(target?.name) ? target.imports.filter((file) => !loaded.has(file)) : [];
      return also.length === 0 ? whole : `Promise.all([${whole}${also.map((file) => `,import(${quote}${relative(file)}${quote})`).join('')}]).then((m) => m[0])`;
    });
  },
};

// CDN chunks, named after what they hold. Everything every element needs (Lit and our element
// base: locale, theme, colour scheme, dose attributes, dataset scope, prerendered roots) is in the
// script itself: every page with an element needs it, so in a chunk of its own it only cost each
// such page a file more and 0.6 KB of gzip (two files compress worse than one). A page that only
// uses the JS API pays for Lit: 14 KB for the script, within its 15 KB budget.
const ELEMENT_BASE = [
  /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|tslib)\/(?!.*directive)/,
  /\/src\/internal\/(exercise-element|element-event|theme\.styles|color-scheme|dose-attributes|define|dataset-scope|heading-level|safe-url|latest-load|prerendered-root|load-timer)\.ts$/,
  /\/src\/i18n\/(locale-controller|resolve-locale)\.ts$/,
  // One-line helpers the card and the player share: a chunk of their own costs a request each.
  /\/src\/data\/(cautions|types)\.ts$/,
];
// The player's chunk takes `<routine-step>` (its module registers it) and what only it uses; the
// timer keeps a chunk of its own, which a card's Start button and a lone `<rep-timer>` load alone.
// (One chunk for both would make the player page 1.7 KB smaller and the card's timer 8.6 KB bigger.)
// Only the elements' own folders are named (and the formatting only one of them uses, kept out of
// the script): what they share with others, rollup splits out itself.
const REP_TIMER = [/\/src\/rep-timer\.ts$/, /\/src\/components\/rep-timer\//, /\/src\/i18n\/format-clock\.ts$/];
// What the player shares with its timer, in two chunks of their own, so that a player page loads
// the timer only when its routine starts: `timing` what the player shows before (the timer's plan
// and clock for its time left, icons, phase colours, arrow keys, numeric attributes, and the
// beeper, unlocked by the Start click itself), `cues` what it needs once playing (speech, vibration, wake lock, the voice
// check), fetched with the timer.
const TIMING = [/\/src\/cues\/beeper\.ts$/, /\/src\/engine\/(timer-plan|clock|amount)\.ts$/, /\/src\/internal\/(icons|phase\.styles|reading-keys|attribute-number)\.ts$/];
const CUES = [/\/src\/cues\//, /\/src\/components\/routine-player\/playing-controllers\.ts$/];
const ROUTINE_PLAYER = [/\/src\/(routine-player|routine-step)\.ts$/, /\/src\/components\/(routine-player|routine-step)\//, /\/src\/i18n\/plural-items\.ts$/];
// What the script itself holds: the autoloader and the JS API (everything `src/cdn.ts` imports
// statically), and the element base.
let scriptModules;
const staticallyReachable = (from, getModuleInfo) => {
  const seen = new Set();
  const visit = (id) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const imported of getModuleInfo(id)?.importedIds ?? []) visit(imported);
  };
  visit(from);
  return seen;
};
const cdnChunk = (id, { getModuleInfo }) => {
  scriptModules ??= staticallyReachable(path.resolve('src/cdn.ts'), getModuleInfo);
  if (scriptModules.has(id) || ELEMENT_BASE.some((pattern) => pattern.test(id))) return 'exercise-elements';
  if (TIMING.some((pattern) => pattern.test(id))) return 'timing';
  if (CUES.some((pattern) => pattern.test(id))) return 'cues';
  if (REP_TIMER.some((pattern) => pattern.test(id))) return 'rep-timer';
  return ROUTINE_PLAYER.some((pattern) => pattern.test(id)) ? 'routine-player' : undefined;
};

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
    input: { 'exercise-elements': 'src/cdn.ts', importers: 'src/importers.ts' },
    // The lazy element chunks import shared code straight from the script itself, rather than
    // from a second chunk behind a re-exporting facade (one request and ~0.3 KB less per page).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames,
      manualChunks: cdnChunk,
      sourcemap: false,
    },
    plugins: [
      localeStr,
      chunksByUrl,
      parallelChunkImports,
      litWithoutDom,
      nodeResolve({ exportConditions: ['production', 'default'] }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist/cdn', sourceMap: false }),
      registeringModules(),
      minifyTemplateLiterals(),
      noPrivatesInElementBase,
      terser(terserOptions),
      // `npm run size:report`: where the CDN script's bytes go, per chunk and module (gzip sizes).
      ...(process.env.SIZE_REPORT
        ? [
            visualizer({ filename: 'size-report/treemap.html', template: 'treemap', gzipSize: true, title: 'exercise-elements CDN build' }),
            visualizer({ filename: 'size-report/stats.json', template: 'raw-data', gzipSize: true }),
          ]
        : []),
    ],
  },
];
