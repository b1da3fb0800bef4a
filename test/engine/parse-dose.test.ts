import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseCount, parseDoseAttributes, parseSeconds, parseSide, parseTempo, mergeDose } from '../../src/index.js';
import { DOSE_LIMITS } from '../../src/data/vocabulary.js';

describe('dose parsing', () => {
  it('reads counts, ranges and max', () => {
    expect(parseCount('10', 100)).to.deep.equal({ ok: true, value: 10 });
    expect(parseCount(' 8-12 ', 100)).to.deep.equal({ ok: true, value: { min: 8, max: 12 } });
    expect(parseCount('8 to 12', 100)).to.deep.equal({ ok: true, value: { min: 8, max: 12 } });
    expect(parseCount('MAX', 100, 1, true)).to.deep.equal({ ok: true, value: 'max' });
    expect(parseCount('5-5', 100)).to.deep.equal({ ok: true, value: 5 });
  });

  it('reads times in seconds, minutes and ranges', () => {
    expect(parseSeconds('30', 3600)).to.deep.equal({ ok: true, value: 30 });
    expect(parseSeconds('90s', 3600)).to.deep.equal({ ok: true, value: 90 });
    expect(parseSeconds('5m', 3600)).to.deep.equal({ ok: true, value: 300 });
    expect(parseSeconds('1.5 min', 3600)).to.deep.equal({ ok: true, value: 90 });
    expect(parseSeconds('15-30', 3600)).to.deep.equal({ ok: true, value: { min: 15, max: 30 } });
    expect(parseSeconds('5-10m', 3600)).to.deep.equal({ ok: true, value: { min: 300, max: 600 } });
    expect(parseSeconds('30s-2m', 3600)).to.deep.equal({ ok: true, value: { min: 30, max: 120 } });
  });

  it('rejects garbage with a reason', () => {
    const rejected: [string, ReturnType<typeof parseCount>][] = [
      ['max', parseCount('max', 100)],
      ['-3', parseCount('-3', 100)],
      ['0', parseCount('0', 100)],
      ['12-8', parseCount('12-8', 100)],
      ['2.5', parseCount('2.5', 100)],
      ['ten', parseCount('ten', 100)],
      ['1e9', parseSeconds('1e9', 3600)],
      ['99999', parseSeconds('99999', 3600)],
      ['5 parsecs', parseSeconds('5 parsecs', 3600)],
      ['', parseSeconds('', 3600)],
      ['NaN', parseSeconds('NaN', 3600)],
    ];
    for (const [input, result] of rejected) {
      expect(result.ok, input).to.equal(false);
      if (!result.ok) expect(result.reason, input).to.be.a('string').and.not.empty;
    }
    expect(parseSide('sideways').ok).to.equal(false);
    expect(parseSide(' Each ')).to.deep.equal({ ok: true, value: 'each' });
    expect(parseTempo('2-3').ok).to.equal(false);
    expect(parseTempo('3')).to.deep.equal({ ok: true, value: 3 });
  });

  it('reads a set of attributes into a dose and reports each bad one once', () => {
    const { dose, problems } = parseDoseAttributes({ sets: '2', reps: '8-12', rest: '40', hold: 'forever', side: 'each', duration: null });
    expect(dose).to.deep.equal({ sets: 2, reps: { min: 8, max: 12 }, restSeconds: 40, side: 'each' });
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ attribute: 'hold', value: 'forever' });
  });

  it('lets an override win field by field', () => {
    expect(mergeDose({ sets: 3, reps: 10, restSeconds: 40 }, { reps: 'max' })).to.deep.equal({ sets: 3, reps: 'max', restSeconds: 40 });
  });

  describe('properties', () => {
    const count = fc.integer({ min: 1, max: DOSE_LIMITS.reps });
    it('reads back every count and range it could be given', () => {
      fc.assert(
        fc.property(count, count, (a, b) => {
          const [min, max] = a <= b ? [a, b] : [b, a];
          const parsed = parseCount(`${min}-${max}`, DOSE_LIMITS.reps);
          return parsed.ok && (min === max ? parsed.value === min : JSON.stringify(parsed.value) === JSON.stringify({ min, max }));
        }),
      );
    });

    it('reads minutes as sixty times the seconds', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 60 }), (minutes) => {
          const m = parseSeconds(`${minutes}m`, DOSE_LIMITS.durationSeconds);
          const s = parseSeconds(`${minutes * 60}s`, DOSE_LIMITS.durationSeconds);
          return m.ok && s.ok && m.value === s.value;
        }),
      );
    });

    it('never throws and never returns NaN, negative or out-of-range values', () => {
      fc.assert(
        fc.property(fc.string(), (text) => {
          const results = [parseSeconds(text, 3600), parseCount(text, 100, 1, true)];
          return results.every((r) => {
            if (!r.ok) return r.reason.length > 0;
            if (r.value === 'max') return true;
            const values = typeof r.value === 'number' ? [r.value] : [r.value.min, r.value.max];
            return values.every((v) => Number.isFinite(v) && v >= 0 && v <= 3600);
          });
        }),
        { numRuns: 1000 },
      );
    });
  });
});
