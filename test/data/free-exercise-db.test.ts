import { expect } from '@open-wc/testing';
import { fromFreeExerciseDb, validateDataset } from '../../src/index.js';
import type { FreeExerciseDbEntry } from '../../src/index.js';

const load = async (file: string) => (await fetch(`/test/fixtures/free-exercise-db/${file}`)).json() as Promise<FreeExerciseDbEntry[]>;

describe('fromFreeExerciseDb', () => {
  it('converts a sample of the real file: name, steps, category, equipment, muscles, level', async () => {
    const dataset = fromFreeExerciseDb(await load('sample.json'));
    const pullApart = dataset.exercises?.find((e) => e.id === 'band-pull-apart');
    expect(pullApart).to.deep.include({
      name: { en: 'Band Pull Apart' },
      category: 'strength',
      equipment: ['resistance-band'],
      level: 'beginner',
      source: 'free-exercise-db',
    });
    expect(pullApart?.muscles?.primary).to.deep.equal(['deltoids']);
    expect(pullApart?.steps.length).to.be.greaterThan(1);
    expect(pullApart?.media).to.equal(undefined);
    const childsPose = dataset.exercises?.find((e) => e.id === 'childs-pose');
    expect(childsPose?.category).to.equal('stretch');
    expect(dataset.exercises?.map((e) => e.id)).to.include('3-4-sit-up');
    expect((await validateDataset(dataset)).ok).to.equal(true);
  });

  it('resolves images against a base URL', async () => {
    const dataset = fromFreeExerciseDb(await load('sample.json'), { imageBaseUrl: 'https://example.org/exercises/' });
    const media = dataset.exercises?.find((e) => e.id === 'band-pull-apart')?.media;
    expect(media?.[0]).to.deep.equal({
      type: 'image',
      src: 'https://example.org/exercises/Band_Pull_Apart/0.jpg',
      alt: { en: 'Band Pull Apart, position 1 of 2' },
    });
  });

  it('converts all 873 entries of the real file into one valid dataset with unique ids', async () => {
    const entries = await load('exercises.json');
    expect(entries).to.have.length(873);
    const dataset = fromFreeExerciseDb(entries, { imageBaseUrl: 'https://example.org/exercises/' });
    const ids = new Set(dataset.exercises?.map((e) => e.id));
    expect(ids.size).to.equal(873);
    const result = await validateDataset(dataset);
    expect(result.issues.slice(0, 3)).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });

  it('makes colliding ids unique', () => {
    const entry = { id: 'Curl', name: 'Curl', instructions: ['Curl.'], category: 'strength' };
    const dataset = fromFreeExerciseDb([entry, { ...entry, id: 'curl!' }]);
    expect(dataset.exercises?.map((e) => e.id)).to.deep.equal(['curl', 'curl-2']);
  });
});
