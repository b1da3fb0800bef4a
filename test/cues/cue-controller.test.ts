import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { CueController } from '../../src/cues/cue-controller.js';
import { recordSpeech } from '../helpers/speech.js';

/** A bare controller host: enough for the cue controller, which only asks for renders. */
function host() {
  return { addController: sinon.spy(), removeController: sinon.spy(), requestUpdate: sinon.spy(), updateComplete: Promise.resolve(true) };
}

describe('CueController', () => {
  afterEach(() => sinon.restore());

  it('announces and speaks a cue in the host language, and only announces when muted', () => {
    const { spoken } = recordSpeech();
    const settings = { muted: false, voice: true, lang: 'es-MX', locale: 'es-MX' };
    const h = host();
    const cues = new CueController(h, () => settings);
    cues.play({ text: 'Descanso, 40 segundos' });
    expect(cues.announcement).to.equal('Descanso, 40 segundos');
    expect(spoken).to.deep.equal([{ text: 'Descanso, 40 segundos', lang: 'es-MX' }]);
    expect(h.requestUpdate.called).to.equal(true);
    settings.muted = true;
    cues.play({ text: 'Listo' });
    expect(cues.announcement).to.equal('Listo');
    expect(spoken).to.have.length(1);
  });

  it('says 3, 2, 1 once each, in the host locale, and again after a new phase', () => {
    const { spoken } = recordSpeech();
    const cues = new CueController(host(), () => ({ muted: false, voice: true, lang: 'ar-EG', locale: 'ar-EG' }));
    for (const left of [5, 4, 3, 3, 2, 2, 1]) cues.countdown(left);
    const digits = new Intl.NumberFormat('ar-EG');
    expect(spoken.map((s) => s.text)).to.deep.equal([3, 2, 1].map((n) => digits.format(n)));
    expect(spoken.every((s) => s.lang === 'ar-EG')).to.equal(true);
    cues.countdown(1);
    expect(spoken).to.have.length(3);
    cues.resetCountdown();
    cues.countdown(1);
    expect(spoken).to.have.length(4);
  });

  it('stops speech when its host leaves the page', () => {
    const { cancel } = recordSpeech();
    new CueController(host(), () => ({ muted: false, voice: true, lang: 'en', locale: 'en' })).hostDisconnected();
    expect(cancel.called).to.equal(true);
  });
});
