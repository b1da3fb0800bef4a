// A Node program using the data API, type-checked without the DOM's types (tsconfig.node.json):
// `exercise-elements/api.js` must not need them.
import { getExercise, readInlineDataset, registerDataset, type DatasetResult } from 'exercise-elements/api.js';

export const names = async (): Promise<string | undefined> => (await getExercise('wall-angels'))?.name.en;
export const registered = registerDataset({ version: 1, exercises: [] });
export const inline: Promise<DatasetResult> = readInlineDataset({ textContent: '{"version":1}' });
