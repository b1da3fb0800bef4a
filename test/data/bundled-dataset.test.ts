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
    // Back to back as a circuit; the minute's rest belongs to the "pick a couple" alternative.
    expect(circuit?.restBetweenSeconds ?? 0).to.equal(0);
    expect(circuit?.frequency).to.equal(undefined);
    const plan = await getRoutine('seated-posture-raise-plan');
    expect(plan?.frequency).to.deep.equal({ timesPerWeek: { min: 3 }, weeks: 4 });
    const carex = await getRoutine('upper-back-pain-programme');
    expect(carex?.frequency).to.equal(undefined);
    const twists = carex?.items.filter((item) => !isRestItem(item) && /spinal-twist/.test(item.exercise));
    expect(twists).to.have.length(1);
  });

  it('gives a frequency only where the article prescribes one, and marks invented rests as suggestions', () => {
    for (const routine of dataset.routines ?? []) {
      if (routine.frequency) expect(routine.id).to.equal('seated-posture-raise-plan');
      if (routine.restBetweenSeconds) expect(routine.suggested, routine.id).to.include('restBetweenSeconds');
      if (/desk/i.test(routine.name.en ?? '')) expect.fail(`${routine.id}: "desk" in the name of a routine with floor exercises`);
    }
  });

  it('credits every routine item to the routine\'s own article, with no other article\'s dose detail', () => {
    const byId = new Map(exercises.map((e) => [e.id, e]));
    for (const routine of dataset.routines ?? []) {
      for (const item of routine.items) {
        if (isRestItem(item)) continue;
        expect(byId.get(item.exercise)?.source, `${routine.id}: ${item.exercise}`).to.equal(routine.source);
      }
    }
    const kaiser = (dataset.routines ?? []).find((r) => r.id === 'healthy-upper-back');
    expect(kaiser?.items.map((item) => (isRestItem(item) ? '' : item.exercise))).to.include.members(['resisted-shoulder-blade-squeeze', 'resisted-row']);
    expect(byId.get('resisted-row')?.dose?.holdSeconds).to.equal(undefined);
    expect(byId.get('band-row')?.name.en).to.equal('Standing band row');
    expect(byId.get('band-row')?.position).to.equal('standing');
  });

  it('states the article-wide cautions once, on the source', () => {
    const cautions = (id: string) => (dataset.sources ?? []).find((s) => s.id === id)?.cautions?.map((c) => c.en ?? '') ?? [];
    expect(cautions('carex-upper-back-pain').join(' ')).to.match(/see your doctor/i).and.match(/start/i);
    expect(cautions('kaiser-healthy-upper-back').join(' ')).to.match(/doctor or physical therapist/i);
  });

  it('tells the reader to stop on pain in every strengthening exercise', () => {
    for (const e of exercises.filter((x) => x.category === 'strength')) {
      const says = (e.cautions ?? []).some((c) => /\bstop\b/i.test(c.en ?? '') && /(pain|hurt)/i.test(c.en ?? ''));
      expect(says, e.id).to.equal(true);
    }
  });

  it('marks the dose values no article states as suggested', () => {
    const byId = new Map(exercises.map((e) => [e.id, e]));
    expect(byId.get('plank')?.dose?.suggested).to.have.members(['reps', 'holdSeconds']);
    expect(byId.get('superman')?.dose?.suggested).to.deep.equal(['holdSeconds']);
    expect(byId.get('superman')?.dose?.note?.en).to.match(/a few seconds/);
    expect(byId.get('band-external-rotation')?.dose?.suggested).to.equal(undefined);
    expect(byId.get('floor-push-up')?.dose?.suggested).to.deep.equal(['reps']);
  });
});
