import { expect } from '@open-wc/testing';
import { searchByName, type Searchable } from '../../demo/builder/exercise-search.js';

const entries: Searchable[] = [
  { id: 'wall-angels', name: { en: 'Wall angels', es: 'Ángeles en la pared', de: 'Wandengel' } },
  { id: 'chin-tuck', name: { en: 'Chin tuck', fr: 'Rentrée du menton' } },
];

describe("the builder's search", () => {
  it('finds a name in any language, ignoring case and accents', () => {
    expect(searchByName(entries, 'angeles PARED').map((e) => e.id)).to.deep.equal(['wall-angels']);
    expect(searchByName(entries, 'wandengel').map((e) => e.id)).to.deep.equal(['wall-angels']);
    expect(searchByName(entries, 'rentree')).to.deep.equal([entries[1]]);
  });

  it('matches ids too, needs every word, and lists everything for an empty query', () => {
    expect(searchByName(entries, 'chin-tuck').map((e) => e.id)).to.deep.equal(['chin-tuck']);
    expect(searchByName(entries, 'wall tuck')).to.deep.equal([]);
    expect(searchByName(entries, '  ')).to.deep.equal(entries);
  });
});
