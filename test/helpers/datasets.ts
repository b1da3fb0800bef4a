import type { Dataset } from '../../src/data/types.js';

/** A small valid dataset that references the bundled dataset too. */
export const validDataset = (): Dataset => ({
  version: 1,
  sources: [{ id: 'test-source', title: 'Test article', publisher: 'Test publisher' }],
  exercises: [
    {
      id: 'test-squeeze',
      name: { en: 'Test squeeze', es: 'Apretón de prueba' },
      summary: { en: 'Squeezes the shoulder blades.' },
      category: 'strength',
      position: 'seated',
      equipment: ['resistance-band'],
      muscles: { primary: ['rhomboids'], secondary: ['middle-trapezius'] },
      dose: { sets: 2, reps: { min: 8, max: 12 }, restSeconds: 40, side: 'both' },
      steps: [{ en: 'Sit tall.' }, { en: 'Squeeze.' }, { en: 'Let go slowly.' }],
      tips: [{ en: 'Breathe out as you squeeze.' }],
      cautions: [{ en: 'Stop if it hurts.' }],
      variations: { easier: ['wall-angels'], harder: [] },
      media: [],
      source: 'test-source',
    },
  ],
  routines: [
    {
      id: 'test-routine',
      name: { en: 'Test routine' },
      source: 'test-source',
      restBetweenSeconds: 30,
      rounds: 2,
      frequency: { timesPerWeek: { min: 3 }, weeks: 4 },
      items: [{ exercise: 'test-squeeze' }, { restSeconds: 60 }, { exercise: 'wall-angels', dose: { reps: 10 } }],
    },
  ],
});
