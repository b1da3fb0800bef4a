import type { StorybookConfig } from '@storybook/web-components-vite';
import { registeringModules } from '../scripts/registering-modules.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // The stories import the registering modules from src/; package.json `sideEffects` names only dist/.
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), registeringModules()] }),
  // The bundled dataset's JSON and the test fixtures' media are served as they are in the demo.
  // The demo articles and the embed builder are published with the docs (`demo/builder.html`),
  // beside the CDN build they load (`../dist/cdn/`).
  staticDirs: [
    { from: '../test/fixtures/media', to: '/media' },
    { from: '../test/fixtures/datasets', to: '/data' },
    { from: '../demo', to: '/demo' },
    { from: '../dist/cdn', to: '/dist/cdn' },
  ],
};

export default config;
