import { expect } from '@open-wc/testing';
import { getExercise, getRoutine, getSource, exerciseIds, routineIds } from '../../src/index.js';
import { checkDataset } from '../../src/data/validate.js';
import type { Dataset, Exercise } from '../../src/data/types.js';
import { isRestItem } from '../../src/data/types.js';

const load = async (): Promise<Dataset> => (await fetch('/src/data/generated/dataset.json')).json() as Promise<Dataset>;

describe('the bundled dataset', () => {
  let dataset: Dataset;
  let exercises: readonly Exercise[];
  before(async () => {
    dataset = await load();
    exercises = dataset.exercises ?? [];
  });

  it('validates against the schema with every reference resolved', () => {
    const result = checkDataset(dataset);
    expect(result.issues).to.deep.equal([]);
  });

  it('has every exercise of the five articles and one routine per article', () => {
    expect(exercises.length).to.be.within(37, 50);
    expect(dataset.routines).to.have.length(5);
    expect(dataset.sources).to.have.length(5);
    const ids = exercises.map((e) => e.id);
    for (const id of ['pectoral-ball-release', 'band-pull-apart', 'seated-posture-raise', 'wall-angels', 'cat-cow', 'plank',
      'neck-circles', 'elbow-swings', 'rhomboid-stretch', 'childs-pose', 'wall-push-up', 'floor-push-up', 'band-row']) {
      expect(ids).to.include(id);
    }
  });

  it('gives every exercise a name, summary, at least three steps, tips, cautions and a source', () => {
    for (const e of exercises) {
      expect(e.name.en, e.id).to.be.a('string').and.not.empty;
      expect(e.summary?.en, e.id).to.be.a('string').and.not.empty;
      expect(e.steps.length, e.id).to.be.at.least(3);
      expect(e.tips?.length ?? 0, e.id).to.be.at.least(1);
      expect(e.cautions?.length ?? 0, e.id).to.be.at.least(1);
      expect(e.source && getSource(e.source), e.id).to.exist;
      expect(e.dose, e.id).to.exist;
    }
  });

  it('links progressions both ways', () => {
    const byId = new Map(exercises.map((e) => [e.id, e]));
    for (const e of exercises) {
      for (const id of e.variations?.harder ?? []) expect(byId.get(id)?.variations?.easier, `${e.id} -> ${id}`).to.include(e.id);
      for (const id of e.variations?.easier ?? []) expect(byId.get(id)?.variations?.harder, `${e.id} -> ${id}`).to.include(e.id);
    }
    expect(byId.get('wall-push-up')?.variations?.harder).to.include('counter-push-up');
    expect(byId.get('band-pull-apart')?.variations?.easier).to.include('single-arm-band-pull-apart');
  });

  it('states the articles\' doses', () => {
    const byId = new Map(exercises.map((e) => [e.id, e]));
    expect(byId.get('rhomboid-stretch')?.dose).to.deep.include({ holdSeconds: { min: 15, max: 30 }, reps: { min: 2, max: 4 } });
    expect(byId.get('band-external-rotation')?.dose).to.deep.include({ sets: 3, reps: 'max', restSeconds: 40 });
    expect(byId.get('wall-push-up')?.dose).to.deep.include({ reps: { min: 8, max: 12 } });
  });

  it('resolves every routine item through the registry', async () => {
    expect(routineIds()).to.have.length(5);
    for (const id of routineIds()) {
      const routine = await getRoutine(id);
      expect(routine, id).to.exist;
      for (const item of routine?.items ?? []) {
        if (!isRestItem(item)) expect(await getExercise(item.exercise), `${id}: ${item.exercise}`).to.exist;
      }
    }
    expect(exerciseIds()).to.have.length(exercises.length);
  });

  it('keeps the articles\' routine details', async () => {
    const circuit = await getRoutine('band-posture-circuit');
    expect(circuit?.restBetweenSeconds).to.equal(60);
    const plan = await getRoutine('seated-posture-raise-plan');
    expect(plan?.frequency).to.deep.equal({ timesPerWeek: { min: 3 }, weeks: 4 });
  });
});
