import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateDataset } from '../../src/index.js';
import { checkDataset, formatPath } from '../../src/data/validate.js';
import { validDataset } from '../helpers/datasets.js';

const mutate = (change: (d: any) => void) => {
  const dataset = structuredClone(validDataset()) as any;
  change(dataset);
  return dataset;
};

describe('validateDataset', () => {
  it('accepts a valid dataset', async () => {
    const result = await validateDataset(validDataset());
    expect(result).to.deep.equal({ ok: true, issues: [] });
  });

  const cases: [string, (d: any) => void, string, RegExp][] = [
    ['a negative rep count', (d) => (d.exercises[0].dose.reps = -3), 'exercises[0].dose.reps', /at least 1/],
    ['a range whose min exceeds max', (d) => (d.exercises[0].dose.reps = { min: 12, max: 8 }), 'exercises[0].dose.reps', /min must not be greater than max/],
    ['an absurd hold', (d) => (d.exercises[0].dose.holdSeconds = 1e9), 'exercises[0].dose.holdSeconds', /at most 3600/],
    ['a string where a number belongs', (d) => (d.exercises[0].dose.sets = 'two'), 'exercises[0].dose.sets', /number/],
    ['an unknown side', (d) => (d.exercises[0].dose.side = 'upside-down'), 'exercises[0].dose.side', /both, each, alternate, left, right/],
    ['an unknown equipment', (d) => (d.exercises[0].equipment = ['wall', 'trampoline']), 'exercises[0].equipment[1]', /known equipment/],
    ['an id that is not kebab-case', (d) => (d.exercises[0].id = 'Wall Angels'), 'exercises[0].id', /kebab-case/],
    ['an empty name', (d) => (d.exercises[0].name = {}), 'exercises[0].name', /at least one language/],
    ['a bad locale key', (d) => (d.exercises[0].name = { English: 'x' }), 'exercises[0].name.English', /language tag/],
    ['a typo in a field name', (d) => (d.exercises[0].dose.holdSecond = 3), 'exercises[0].dose.holdSecond', /.+/],
    ['a missing version', (d) => delete d.version, 'version', /version/],
    ['a wrong version', (d) => (d.version = 2), 'version', /must be 1/],
    ['an unknown routine exercise', (d) => (d.routines[0].items[0].exercise = 'no-such-move'), 'routines[0].items[0].exercise', /unknown exercise "no-such-move"/],
    ['an unknown variation', (d) => (d.exercises[0].variations.harder = ['nope']), 'exercises[0].variations.harder[0]', /unknown exercise "nope"/],
    ['an unknown source', (d) => (d.exercises[0].source = 'elsewhere'), 'exercises[0].source', /unknown source/],
    ['a duplicate id', (d) => d.exercises.push(structuredClone(d.exercises[0])), 'exercises[1].id', /duplicate id/],
    ['an empty routine', (d) => (d.routines[0].items = []), 'routines[0].items', /at least one item/],
    ['a malformed routine item', (d) => (d.routines[0].items[1] = { rest: 60 }), 'routines[0].items[1]', /restSeconds/],
    ['a suggested field the dose does not have', (d) => (d.exercises[0].dose.suggested = ['holdSeconds']), 'exercises[0].dose', /suggested must name only fields this dose has/],
    ['an unknown suggested field', (d) => (d.exercises[0].dose.suggested = ['speed']), 'exercises[0].dose.suggested[0]', /known fields/],
    ['an empty dose note', (d) => (d.exercises[0].dose.note = { en: ' ' }), 'exercises[0].dose.note.en', /must not be empty/],
    ['a source caution that is not text', (d) => (d.sources[0].cautions = ['See your doctor.']), 'sources[0].cautions[0]', /.+/],
    ['a suggested field the routine does not have', (d) => { delete d.routines[0].frequency; d.routines[0].suggested = ['frequency']; }, 'routines[0]', /suggested must name only fields this routine has/],
  ];
  for (const [what, change, path, message] of cases) {
    it(`reports ${what} at ${path}`, async () => {
      const result = await validateDataset(mutate(change));
      expect(result.ok).to.equal(false);
      const issue = result.issues.find((i) => i.path === path);
      expect(issue, JSON.stringify(result.issues)).to.exist;
      expect(issue?.message).to.match(message);
    });
  }

  it('reports every problem, not only the first', async () => {
    const result = await validateDataset(
      mutate((d) => {
        d.exercises[0].dose.reps = -1;
        d.exercises[0].category = 'yoga';
      }),
    );
    expect(result.issues.map((i) => i.path)).to.include.members(['exercises[0].dose.reps', 'exercises[0].category']);
  });

  it('never throws, whatever it is given', () => {
    const hostile = { get version(): number { throw new Error('boom'); } };
    expect(checkDataset(hostile).ok).to.equal(false);
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = checkDataset(value);
        return typeof result.ok === 'boolean' && Array.isArray(result.issues) && result.issues.every((i) => typeof i.path === 'string');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on datasets with random mutations', () => {
    const leaf = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.constant('max'), fc.boolean());
    fc.assert(
      fc.property(leaf, fc.constantFrom('sets', 'reps', 'holdSeconds', 'restSeconds', 'durationSeconds', 'tempoSeconds', 'side'), (value, field) => {
        const dataset = mutate((d) => (d.exercises[0].dose[field] = value));
        const result = checkDataset(dataset, { knownExerciseIds: ['wall-angels'] });
        return result.ok || result.issues.every((i) => i.path.startsWith('exercises[0].dose'));
      }),
      { numRuns: 300 },
    );
  });

  it('formats JSON paths the way people read them', () => {
    expect(formatPath(['exercises', 3, 'dose', 'reps'])).to.equal('exercises[3].dose.reps');
    expect(formatPath([])).to.equal('(root)');
  });
});
