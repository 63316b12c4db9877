import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCharacter,
  checkCode,
  codeDigest,
  formatCode,
  generateBallotCode,
  generateReceiptCode,
  type RandomBytes,
} from './ballot-code.rules.js';
import { BALLOT_CODE_RANDOM_LENGTH, CODE_ALPHABET, RECEIPT_CODE_RANDOM_LENGTH } from './vote-constants.js';

/** A fixed byte stream, repeated, read on across calls. */
function fixed(...bytes: number[]): RandomBytes {
  let cursor = 0;
  return (n) => Uint8Array.from({ length: n }, () => bytes[cursor++ % bytes.length] ?? 0);
}

const arbBody = fc
  .array(fc.constantFrom(...CODE_ALPHABET), { minLength: BALLOT_CODE_RANDOM_LENGTH, maxLength: BALLOT_CODE_RANDOM_LENGTH })
  .map((s) => s.join(''));
const withCheck = (body: string) => body + checkCharacter(body);

describe('ballot and receipt codes', () => {
  it('have the configured length, only alphabet symbols and a valid check character', () => {
    const code = generateBallotCode();
    expect(code).toHaveLength(BALLOT_CODE_RANDOM_LENGTH + 1);
    expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]+$`));
    expect(checkCode(code, 'ballot')).toEqual({ ok: true, code });
    expect(generateReceiptCode()).toHaveLength(RECEIPT_CODE_RANDOM_LENGTH + 1);
  });

  it('the alphabet has no look-alikes (0/O, 1/I/L) and a prime size', () => {
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(CODE_ALPHABET).toHaveLength(31);
    expect(new Set(CODE_ALPHABET).size).toBe(31);
  });

  it('draw symbols uniformly: bytes above the last multiple of 31 are redrawn', () => {
    // 248 = 8 × 31 is redrawn; 0 → "2", 30 → "Z".
    expect(generateBallotCode(fixed(248, 0, 30)).slice(0, 4)).toBe('2Z2Z');
  });

  it('are different every time (CSPRNG)', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => generateBallotCode()));
    expect(codes.size).toBe(2000);
  });

  it('accept the printed and typed forms: lower case, spaces, dashes', () => {
    const code = generateBallotCode();
    expect(formatCode(code)).toMatch(/^\w{4}-\w{4}-\w{4}-\w$/);
    expect(checkCode(` ${formatCode(code).toLowerCase()} `, 'ballot')).toEqual({ ok: true, code });
  });

  it('refuse wrong lengths, foreign symbols and bad check characters, in Vietnamese', () => {
    const code = generateBallotCode();
    expect(checkCode(code.slice(1), 'ballot')).toMatchObject({ ok: false, code: 'BAD_LENGTH' });
    expect(checkCode(code, 'receipt')).toMatchObject({ ok: false, code: 'BAD_LENGTH' });
    expect(checkCode(`0${code.slice(1)}`, 'ballot')).toMatchObject({ ok: false, code: 'BAD_SYMBOL' });
    const wrong = checkCode(
      withCheck('222222222222').replace(/.$/, (c) => (c === '3' ? '4' : '3')),
      'ballot',
    );
    expect(wrong).toMatchObject({ ok: false, code: 'BAD_CHECK' });
    expect(wrong.ok ? '' : wrong.reason).toContain('Mã phiếu không đúng');
  });

  it('property: every single-symbol substitution is detected', () => {
    fc.assert(
      fc.property(arbBody, fc.nat(), fc.constantFrom(...CODE_ALPHABET), (body, p, symbol) => {
        const code = withCheck(body);
        const i = p % code.length;
        fc.pre(code[i] !== symbol);
        const typo = code.slice(0, i) + symbol + code.slice(i + 1);
        expect(checkCode(typo, 'ballot').ok).toBe(false);
      }),
    );
  });

  it('property: every swap of two different neighbours is detected', () => {
    fc.assert(
      fc.property(arbBody, fc.nat(), (body, p) => {
        const code = withCheck(body);
        const i = p % (code.length - 1);
        const [a, b] = [code[i], code[i + 1]];
        fc.pre(a !== b);
        const swapped = code.slice(0, i) + b + a + code.slice(i + 2);
        expect(checkCode(swapped, 'ballot').ok).toBe(false);
      }),
    );
  });

  it('codeDigest is a stable SHA-256 of the normalised code', () => {
    const code = generateBallotCode();
    expect(codeDigest(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(codeDigest(formatCode(code).toLowerCase())).toBe(codeDigest(code));
    expect(codeDigest(generateBallotCode())).not.toBe(codeDigest(code));
  });
});
