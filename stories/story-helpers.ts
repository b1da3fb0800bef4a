import { nothing } from 'lit';

/** An attribute value for a story, or no attribute at all when the control is empty. */
export const attr = (value: string | number | undefined) => (value === undefined || value === '' ? nothing : String(value));

/** Controls every element shares. */
export const sharedArgTypes = {
  side: { control: 'select', options: [undefined, 'both', 'each', 'alternate', 'left', 'right'] },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  lang: { control: 'select', options: [undefined, 'en', 'es', 'fr', 'de', 'pt', 'ar'] },
} as const;
