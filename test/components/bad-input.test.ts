import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../../src/index.js';

const ATTRIBUTES = ['sets', 'reps', 'hold', 'rest', 'duration', 'side', 'tempo', 'lead-in', 'variant', 'theme', 'heading-level', 'rounds', 'rest-between', 'wake-lock', 'controls'];
const junk = fc.oneof(
  fc.string(),
  fc.constantFrom('-3', '1e9', 'NaN', 'Infinity', '0', '5-', '-5', '10-2', 'max', '999999', '1.5', ' ', '<b>x</b>', '"', '{}'),
  fc.integer().map(String),
);

/** Whatever the attributes say, the page never sees an exception, NaN, undefined or a negative time. */
describe('bad attributes never break the page', () => {
  afterEach(() => sinon.restore());

  for (const tag of ['exercise-card', 'rep-timer', 'routine-player']) {
    it(`<${tag}> with random attribute values`, async () => {
      sinon.stub(console, 'warn');
      sinon.stub(console, 'error');
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const samples = fc.sample(fc.dictionary(fc.constantFrom(...ATTRIBUTES), junk, { maxKeys: 6 }), { numRuns: 25, seed: 42 });
        for (const attributes of samples) {
          const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown>; start?: () => void; play?: () => void };
          el.setAttribute(tag === 'routine-player' ? 'routine' : 'exercise', tag === 'routine-player' ? 'healthy-upper-back' : 'wall-angels');
          for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
          document.body.append(el);
          await el.updateComplete; // covers loading the exercise or routine
          el.start?.();
          el.play?.();
          await el.updateComplete;
          const shown = el.shadowRoot?.textContent ?? '';
          expect(shown, JSON.stringify(attributes)).not.to.match(/NaN|undefined|Infinity|-\d+:\d\d/);
          el.remove();
        }
        // One task later, so that an unhandled rejection would have been reported.
        await new Promise((r) => setTimeout(r));
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });
  }
});

describe('error messages are in the element’s language, in the page and the console', () => {
  afterEach(() => {
    sinon.restore();
    document.querySelectorAll('body > [data-test]').forEach((el) => el.remove());
  });

  for (const [tag, attribute, expected] of [
    ['exercise-card', 'exercise', 'No se encontró ningún ejercicio llamado “nada”.'],
    ['routine-player', 'routine', 'No se encontró ninguna rutina llamada “nada”.'],
  ] as const) {
    it(`<${tag} lang="es"> with an unknown id`, async () => {
      const error = sinon.stub(console, 'error');
      const el = Object.assign(document.createElement(tag), { lang: 'es' }) as HTMLElement & { updateComplete: Promise<unknown> };
      el.setAttribute(attribute, 'nada');
      el.dataset.test = '';
      const failed = new Promise<CustomEvent<{ message: string }>>((resolve) => el.addEventListener(`${tag}-error`, (e) => resolve(e as CustomEvent<{ message: string }>), { once: true }));
      document.body.append(el);
      const event = await failed;
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('[part="error"]')?.textContent).to.contain(expected);
      expect(event.detail.message).to.contain(expected);
      expect(error.callCount).to.equal(1);
      expect(String(error.firstCall.args[0])).to.contain(`<${tag} ${attribute}="nada">: ${expected}`);
    });
  }
});
