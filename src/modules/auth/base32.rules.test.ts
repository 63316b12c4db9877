import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32 } from './base32.rules.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('base32 (RFC 4648)', () => {
  // RFC 4648 §10 test vectors.
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'MY======'],
    ['fo', 'MZXQ===='],
    ['foo', 'MZXW6==='],
    ['foob', 'MZXW6YQ='],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI======'],
  ];

  it.each(vectors)('encodes %j as %s', (plain, encoded) => {
    expect(encodeBase32(bytes(plain), true)).toBe(encoded);
    expect(encodeBase32(bytes(plain))).toBe(encoded.replace(/=+$/, ''));
  });

  it.each(vectors)('decodes %j from %s', (plain, encoded) => {
    expect(decodeBase32(encoded)).toEqual(bytes(plain));
  });

  it('forgives lower case, spaces and dashes as people type them', () => {
    expect(decodeBase32('mzxw 6ytb-oi')).toEqual(bytes('foobar'));
  });

  it('refuses characters outside the alphabet and non-canonical endings', () => {
    expect(decodeBase32('MZXW1')).toBeUndefined();
    expect(decodeBase32('MZXW8')).toBeUndefined();
    expect(decodeBase32('MY')).toEqual(bytes('f'));
    expect(decodeBase32('MZ')).toBeUndefined();
    expect(decodeBase32('MY7')).toBeUndefined();
    expect(decodeBase32('M')).toBeUndefined();
  });

  it('round-trips any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.boolean(), (data, pad) => {
        const text = encodeBase32(data, pad);
        expect(text).toMatch(pad ? /^[A-Z2-7]*=*$/ : /^[A-Z2-7]*$/);
        expect(decodeBase32(text)).toEqual(data);
      }),
    );
  });
});
