import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { autoload } from '../../src/internal/autoload.js';

/** Tags unique to each test: custom elements cannot be undefined again. */
let n = 0;
const tag = () => `autoload-probe-${++n}`;

describe('autoload', () => {
  afterEach(() => sinon.restore());

  it('loads tags already in the page at once, and others only when they appear', async () => {
    const [present, later, never] = [tag(), tag(), tag()];
    const loaders = { [present]: sinon.stub().resolves(), [later]: sinon.stub().resolves(), [never]: sinon.stub().resolves() };
    const host = document.createElement('div');
    host.innerHTML = `<${present}></${present}>`;
    document.body.append(host);
    autoload(loaders);
    expect(loaders[present]?.callCount).to.equal(1);
    expect(loaders[later]?.called).to.equal(false);
    host.insertAdjacentHTML('beforeend', `<section><${later}></${later}></section>`);
    await Promise.resolve(); // the observer reports in a microtask
    expect(loaders[later]?.callCount).to.equal(1);
    host.insertAdjacentHTML('beforeend', `<${later}></${later}>`);
    await Promise.resolve();
    expect(loaders[later]?.callCount, 'once per tag').to.equal(1);
    expect(loaders[never]?.called).to.equal(false);
    host.remove();
  });

  it('stops observing once every tag is loaded', async () => {
    const only = tag();
    const disconnect = sinon.spy(MutationObserver.prototype, 'disconnect');
    autoload({ [only]: sinon.stub().resolves() });
    document.body.append(document.createElement(only));
    await Promise.resolve();
    expect(disconnect.called).to.equal(true);
    document.querySelector(only)?.remove();
  });

  it('reports a loader that fails without throwing', async () => {
    const failing = tag();
    const error = sinon.stub(console, 'error');
    const host = document.createElement(failing);
    document.body.append(host);
    autoload({ [failing]: () => Promise.reject(new Error('offline')) });
    await Promise.resolve();
    await Promise.resolve();
    expect(error.calledOnce).to.equal(true);
    expect(String(error.firstCall.args[0])).to.contain(`<${failing}>`);
    host.remove();
  });
});
