import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.scratch/', 'dist/', 'storybook-static/', 'node_modules/', 'src/**/generated/', 'stories/generated/', 'demo/generated/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // @lit/localize's msg() answers in one page-wide locale; our elements each speak their own.
    // A source file over 400 lines holds more than one thing: split it by what it holds.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@lit/localize',
              importNames: ['msg', 'str'],
              message: 'Use msg and str from src/i18n/msg.ts: they look strings up in the locale the caller names.',
            },
          ],
          patterns: [{ group: ['@lit/localize/internal/*'], message: 'Internal to @lit/localize: use src/i18n/msg.ts.' }],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**'],
    // Tools run in Node and hand functions to the browser (Playwright's evaluate).
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The WordPress block editor script: a classic script over the editor's `wp` globals.
    files: ['wordpress/editor/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
);
