import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fallbackChain, pickText } from '../../src/index.js';

describe('localized dataset text', () => {
  const text = { en: 'Rest', es: 'Descanso', 'pt-BR': 'Descanso (BR)' };

  it('falls back region -> language -> English and says where the text came from', () => {
    expect(fallbackChain('es-MX')).to.deep.equal(['es-MX', 'es', 'en']);
    expect(pickText(text, 'es-MX')).to.deep.equal({ text: 'Descanso', lang: 'es' });
    expect(pickText(text, 'pt-br')).to.deep.equal({ text: 'Descanso (BR)', lang: 'pt-BR' });
    expect(pickText(text, 'fr')).to.deep.equal({ text: 'Rest', lang: 'en' });
    expect(pickText({ de: 'Pause' }, 'fr')).to.deep.equal({ text: 'Pause', lang: 'de' });
  });

  it('always returns text from the map when it has any', () => {
    const locale = fc.stringMatching(/^[a-z]{2}(-[A-Z]{2})?$/);
    fc.assert(
      fc.property(fc.dictionary(locale, fc.string({ minLength: 1 }), { minKeys: 1 }), locale, (map, wanted) => {
        const picked = pickText(map, wanted);
        return map[picked.lang] === picked.text;
      }),
    );
  });
});
