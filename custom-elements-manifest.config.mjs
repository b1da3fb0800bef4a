// `cem analyze` reads this: the manifest, plus JSX and Vue typings generated from it.
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.phrases.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    customElementJsxPlugin({ outdir: './dist/types', fileName: 'jsx.d.ts', modulePath: (_, tag) => `../${tag}.js` }),
    customElementVuejsPlugin({ outdir: './dist/types', fileName: 'vue.d.ts', modulePath: (_, tag) => `../${tag}.js` }),
  ],
};
