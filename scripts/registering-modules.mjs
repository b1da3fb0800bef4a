// package.json `sideEffects` names the shipped files that register elements (dist/<tag>.js...).
// Bundling this package's own sources (rollup, Storybook's Vite) reads that field too and would
// drop `import './routine-step.js'` and the root's re-exports as side-effect free: this plugin
// marks the source modules those dist files come from as having side effects.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const registering = new Set(pkg.sideEffects.map((file) => file.replace(/^\.\/dist\/(cdn\/exercise-elements|[^/]+)\.js$/, (_, name) => (name === 'cdn/exercise-elements' ? 'cdn' : name))));

export const isRegisteringSource = (id) => {
  const match = /[\\/]src[\\/]([a-z-]+)\.ts$/.exec(id.split('?')[0]);
  return match !== null && registering.has(match[1]);
};

export const registeringModules = () => ({
  name: 'registering-modules',
  transform(code, id) {
    return isRegisteringSource(id) ? { code, map: null, moduleSideEffects: true } : null;
  },
});
