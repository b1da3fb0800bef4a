// `cem analyze` reads this: the manifest (module paths rewritten to the shipped dist/ files), plus
// the JSX, React and Vue typings generated from it.
import { frameworkTypes, shippedPaths } from './scripts/framework-types.mjs';

export default {
  // The mixins and base class the elements extend live in src/internal/ (dose attributes, lang).
  globs: ['src/components/**/*.ts', 'src/internal/dose-attributes.ts', 'src/internal/exercise-element.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.phrases.ts'],
  litelement: true,
  outdir: '.',
  plugins: [frameworkTypes({ outdir: './dist/types' }), shippedPaths()],
};
