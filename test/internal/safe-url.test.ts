import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SAFE_URL_PATTERN } from '../../src/data/schema.js';
import { safeUrl } from '../../src/internal/safe-url.js';

const protocolOf = (url: string) => {
  try {
    return new URL(url, 'https://example.org/page/').protocol;
  } catch {
    return undefined;
  }
};

/** Characters browsers drop around or inside a URL's scheme. */
const noise = fc.constantFrom('', ' ', '\t', '\n', '\r', '\u0000', '\u0001', '\u001f');
const scheme = fc.constantFrom('javascript', 'vbscript', 'data', 'file', 'blob', 'ftp', 'mailto', 'about');
/** A script-like URL as an attacker would disguise it: random case, noise before and inside the scheme. */
const disguised = fc
  .tuple(scheme, fc.array(noise, { maxLength: 3 }), fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), noise, fc.string())
  .map(([name, lead, upper, inside, rest]) => {
    const cased = [...name].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c)).join('');
    const split = Math.max(1, Math.floor(cased.length / 2));
    return `${lead.join('')}${cased.slice(0, split)}${/[\t\n\r]/.test(inside) ? inside : ''}${cased.slice(split)}:${rest}`;
  });

describe('safeUrl()', () => {
  it('lets http(s) and relative URLs through unchanged', () => {
    for (const url of ['https://example.org/a?b#c', 'http://example.org', 'HTTPS://EXAMPLE.ORG', '//cdn.example.org/x.jpg', '/media/a.jpg', 'media/a b.jpg', '../a.jpg', '?page=2', '#steps', './a:b/c']) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('refuses every other scheme, however it is disguised', () => {
    fc.assert(fc.property(disguised, (url) => safeUrl(url) === undefined));
  });

  it('never lets through a URL the browser would read as another scheme', () => {
    fc.assert(
      fc.property(fc.oneof(disguised, fc.string(), fc.webUrl()), (url) => {
        const kept = safeUrl(url);
        return kept === undefined || ['http:', 'https:'].includes(protocolOf(kept) ?? '');
      }),
    );
  });

  it('refuses what is not a string or is blank', () => {
    for (const value of [undefined, null, 42, {}, '', '   ']) expect(safeUrl(value)).to.equal(undefined);
  });
});

describe('the dataset URL pattern', () => {
  it('accepts http(s) and relative URLs', () => {
    for (const url of ['https://example.org/a', 'http://example.org', 'Https://x.org', '//cdn.example.org/x.jpg', '/a.jpg', 'media/a.jpg', '#x']) {
      expect(SAFE_URL_PATTERN.test(url), url).to.equal(true);
    }
  });

  it('refuses every disguised scheme, and accepts nothing the browser reads as another scheme', () => {
    fc.assert(fc.property(disguised, (url) => !SAFE_URL_PATTERN.test(url)));
    fc.assert(
      fc.property(fc.oneof(disguised, fc.string(), fc.webUrl()), (url) => {
        if (!SAFE_URL_PATTERN.test(url)) return true;
        const protocol = protocolOf(url);
        return protocol === undefined || protocol === 'http:' || protocol === 'https:';
      }),
    );
  });
});
