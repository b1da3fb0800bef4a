import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    lang: {
      description: 'Language of the elements: their UI strings and the exercise text they load',
      toolbar: { title: 'Language', icon: 'globe', items: ['en', 'es', 'fr', 'de', 'pt', 'ar'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'en' },
  decorators: [
    (story, context) => {
      const lang = String(context.globals.lang ?? 'en');
      document.documentElement.lang = lang;
      document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
      return story();
    },
  ],
};

export default preview;
