import { expect } from '@open-wc/testing';
import { getExercise, getRoutine, getSource, registerDataset, exerciseIds } from '../../src/index.js';
import { validDataset } from '../helpers/datasets.js';

describe('the registry', () => {
  it('finds bundled exercises by id, loading their chunk on demand', async () => {
    const exercise = await getExercise('wall-angels');
    expect(exercise?.name.en).to.equal('Wall angels');
    expect(await getExercise('no-such-exercise')).to.equal(undefined);
    expect(await getExercise('constructor')).to.equal(undefined);
  });

  it('adds a valid registered dataset and lets its entries win', async () => {
    const result = await registerDataset(validDataset());
    expect(result.ok).to.equal(true);
    expect((await getExercise('test-squeeze'))?.name.es).to.equal('Apretón de prueba');
    expect((await getRoutine('test-routine'))?.rounds).to.equal(2);
    expect(getSource('test-source')?.publisher).to.equal('Test publisher');
    expect(exerciseIds()).to.include('test-squeeze');
  });

  it('rejects an invalid dataset without registering any of it', async () => {
    const dataset = structuredClone(validDataset()) as any;
    dataset.exercises[0].id = 'never-registered';
    dataset.exercises[0].dose.sets = 0;
    const result = await registerDataset(dataset);
    expect(result.ok).to.equal(false);
    expect(result.issues[0]?.path).to.equal('exercises[0].dose.sets');
    expect(await getExercise('never-registered')).to.equal(undefined);
  });

  it('makes a lookup made during registration wait for it', async () => {
    const dataset = structuredClone(validDataset()) as any;
    dataset.exercises[0].id = 'registered-late';
    dataset.routines = [];
    const registration = registerDataset(dataset);
    const lookup = getExercise('registered-late');
    expect((await lookup)?.id).to.equal('registered-late');
    expect((await registration).ok).to.equal(true);
  });

  it('looks in a scoped dataset first', async () => {
    const scope = validDataset();
    const local = { ...scope, exercises: [{ ...scope.exercises![0]!, id: 'wall-angels', name: { en: 'Local angels' } }] };
    expect((await getExercise('wall-angels', local))?.name.en).to.equal('Local angels');
    expect((await getExercise('wall-angels'))?.name.en).to.equal('Wall angels');
  });
});
