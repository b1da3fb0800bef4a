// `cem analyze` reads this: the manifest (module paths rewritten to the shipped dist/ files), plus
// the JSX, React and Vue typings generated from it.
import { frameworkTypes, shippedPaths } from './scripts/framework-types.mjs';

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.phrases.ts'],
  litelement: true,
  outdir: '.',
  plugins: [frameworkTypes({ outdir: './dist/types' }), shippedPaths()],
};
