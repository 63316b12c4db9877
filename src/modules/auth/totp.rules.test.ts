import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase32 } from './base32.rules.js';
import { hotp, otpauthUri, totp, totpStep, verifyTotp, type TotpAlgorithm } from './totp.rules.js';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('HOTP (RFC 4226)', () => {
  // RFC 4226 Appendix D: secret "12345678901234567890", counters 0–9.
  const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
  it.each(expected.map((code, counter) => [counter, code] as const))('counter %i gives %s', (counter, code) => {
    expect(hotp(ascii('12345678901234567890'), counter)).toBe(code);
  });
});

describe('TOTP (RFC 6238)', () => {
  // RFC 6238 Appendix B: the seed is the ASCII digits repeated to the hash's length.
  const seeds: Record<TotpAlgorithm, Uint8Array> = {
    SHA1: ascii('12345678901234567890'),
    SHA256: ascii('12345678901234567890123456789012'),
    SHA512: ascii('1234567890123456789012345678901234567890123456789012345678901234'),
  };
  const vectors: [number, string, TotpAlgorithm, string][] = [
    [59, '0000000000000001', 'SHA1', '94287082'],
    [59, '0000000000000001', 'SHA256', '46119246'],
    [59, '0000000000000001', 'SHA512', '90693936'],
    [1111111109, '00000000023523EC', 'SHA1', '07081804'],
    [1111111109, '00000000023523EC', 'SHA256', '68084774'],
    [1111111109, '00000000023523EC', 'SHA512', '25091201'],
    [1111111111, '00000000023523ED', 'SHA1', '14050471'],
    [1111111111, '00000000023523ED', 'SHA256', '67062674'],
    [1111111111, '00000000023523ED', 'SHA512', '99943326'],
    [1234567890, '000000000273EF07', 'SHA1', '89005924'],
    [1234567890, '000000000273EF07', 'SHA256', '91819424'],
    [1234567890, '000000000273EF07', 'SHA512', '93441116'],
    [2000000000, '0000000003F940AA', 'SHA1', '69279037'],
    [2000000000, '0000000003F940AA', 'SHA256', '90698825'],
    [2000000000, '0000000003F940AA', 'SHA512', '38618901'],
    [20000000000, '0000000027BC86AA', 'SHA1', '65353130'],
    [20000000000, '0000000027BC86AA', 'SHA256', '77737706'],
    [20000000000, '0000000027BC86AA', 'SHA512', '47863826'],
  ];

  it.each(vectors)('at %i s (T = %s) with %s gives %s', (seconds, stepHex, algorithm, code) => {
    const now = new Date(seconds * 1000);
    expect(totpStep(now)).toBe(Number.parseInt(stepHex, 16));
    expect(totp(seeds[algorithm], now, { algorithm, digits: 8 })).toBe(code);
    expect(verifyTotp(seeds[algorithm], code, now, null, { algorithm, digits: 8 })).toEqual({
      ok: true,
      step: Number.parseInt(stepHex, 16),
    });
  });
});

describe('verifyTotp', () => {
  const key = ascii('12345678901234567890');
  const now = new Date(1_111_111_111_000);
  const step = totpStep(now);
  const codeAt = (s: number) => hotp(key, s);

  it('accepts the current step and one step either side, and nothing further', () => {
    expect(verifyTotp(key, codeAt(step), now, null)).toEqual({ ok: true, step });
    expect(verifyTotp(key, codeAt(step - 1), now, null)).toEqual({ ok: true, step: step - 1 });
    expect(verifyTotp(key, codeAt(step + 1), now, null)).toEqual({ ok: true, step: step + 1 });
    expect(verifyTotp(key, codeAt(step - 2), now, null)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyTotp(key, codeAt(step + 2), now, null)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a code whose step is not after the last one used (replay)', () => {
    expect(verifyTotp(key, codeAt(step), now, step)).toEqual({ ok: false, reason: 'replayed' });
    expect(verifyTotp(key, codeAt(step - 1), now, step - 1)).toEqual({ ok: false, reason: 'replayed' });
    expect(verifyTotp(key, codeAt(step + 1), now, step)).toEqual({ ok: true, step: step + 1 });
  });

  it('refuses codes of the wrong length or with other characters', () => {
    const good = codeAt(step);
    expect(verifyTotp(key, good.slice(0, 5), now, null).ok).toBe(false);
    expect(verifyTotp(key, `${good}0`, now, null).ok).toBe(false);
    expect(verifyTotp(key, '', now, null).ok).toBe(false);
  });

  it('never accepts a code twice, whatever the order of attempts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 12 }), (offsets) => {
        let last: number | null = null;
        const accepted = new Set<number>();
        for (const offset of offsets) {
          const result = verifyTotp(key, codeAt(step + offset), now, last);
          if (result.ok) {
            expect(accepted.has(result.step)).toBe(false);
            expect(last === null || result.step > last).toBe(true);
            accepted.add(result.step);
            last = result.step;
          }
        }
      }),
    );
  });
});

describe('otpauthUri', () => {
  it('names the issuer Merit and carries the base32 secret the app needs', () => {
    const uri = otpauthUri({ secret: ascii('12345678901234567890'), accountName: 'nguyen.van.a' });
    const url = new URL(uri);
    expect(url.protocol).toBe('otpauth:');
    expect(uri.startsWith('otpauth://totp/Merit:nguyen.van.a?')).toBe(true);
    expect(url.searchParams.get('issuer')).toBe('Merit');
    expect(url.searchParams.get('digits')).toBe('6');
    expect(url.searchParams.get('period')).toBe('30');
    const secret = url.searchParams.get('secret') ?? '';
    expect(decodeBase32(secret)).toEqual(ascii('12345678901234567890'));
  });
});
