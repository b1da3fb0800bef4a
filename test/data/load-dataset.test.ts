import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { loadDataset, readInlineDataset } from '../../src/index.js';

const fixture = (name: string) => `/test/fixtures/datasets/${name}`;

describe('datasets from a src URL or inline JSON', () => {
  afterEach(() => sinon.restore());

  it('loads and validates a dataset file', async () => {
    const result = await loadDataset(fixture('good.json'));
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.dataset.exercises?.[0]?.id).to.equal('fixture-reach');
  });

  it('fetches each URL once, however many elements ask', async () => {
    const spy = sinon.spy(window, 'fetch');
    const url = `${fixture('good.json')}?once`;
    const results = await Promise.all([loadDataset(url), loadDataset(url), loadDataset(new URL(url, location.href).href)]);
    expect(results.every((r) => r.ok)).to.equal(true);
    expect(spy.callCount).to.equal(1);
  });

  it('reports a 404', async () => {
    const result = await loadDataset(fixture('missing.json'));
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.error.code).to.equal('http');
      expect(result.error.message).to.contain('404');
    }
  });

  it('reports malformed JSON', async () => {
    const result = await loadDataset(fixture('malformed.json'));
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.code).to.equal('json');
  });

  it('reports invalid data with the JSON path of the first problem', async () => {
    const result = await loadDataset(fixture('invalid.json'));
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.error.code).to.equal('invalid');
      expect(result.error.path).to.equal('exercises[0].dose.reps');
      expect(result.error.message).to.contain('exercises[0].dose.reps');
    }
  });

  it('reports a network failure and tries again next time', async () => {
    const stub = sinon.stub(window, 'fetch').rejects(new TypeError('Failed to fetch'));
    const first = await loadDataset('/offline.json');
    expect(first.ok).to.equal(false);
    if (!first.ok) expect(first.error.code).to.equal('network');
    await loadDataset('/offline.json');
    expect(stub.callCount).to.equal(2);
  });

  it('reads an inline <script type="application/json"> dataset', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ version: 1, exercises: [{ id: 'inline-move', name: { en: 'Inline' }, category: 'core', equipment: [], steps: [] }] });
    const result = await readInlineDataset(script);
    expect(result.ok).to.equal(true);
    script.textContent = '{ not json';
    const broken = await readInlineDataset(script);
    expect(broken.ok).to.equal(false);
    if (!broken.ok) expect(broken.error.code).to.equal('json');
  });
});
