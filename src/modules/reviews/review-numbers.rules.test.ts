import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floorHundredths, formatHundredths, formatPercent, rational, toHundredths } from './review-numbers.rules.js';

const R = { min: 0, max: 100 };

describe('scores in integer hundredths', () => {
  it.each([
    [89.99, 8999],
    [90, 9000],
    ['90.00', 9000],
    [69.99, 6999],
    [49.99, 4999],
    [0.1, 10],
    [100, 10000],
    ['1.50', 150],
  ] as const)('%s → %i', (value, expected) => {
    expect(toHundredths(value, 'score', R)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [89.999, 'TOO_MANY_DECIMALS'],
    ['90.001', 'TOO_MANY_DECIMALS'],
    [1e-7, 'NOT_A_NUMBER'],
    [100.01, 'OUT_OF_RANGE'],
    [-0.01, 'OUT_OF_RANGE'],
    ['abc', 'NOT_A_NUMBER'],
    [Number.NaN, 'NOT_A_NUMBER'],
    [null, 'NOT_A_NUMBER'],
  ] as const)('%s → %s naming the field', (value, code) => {
    const r = toHundredths(value, 'score', R);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toMatchObject({ code, field: 'score' });
      expect(r.problem.message).toContain('score');
    }
  });

  it('property: every 2-decimal value is read exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (h) => {
        expect(toHundredths(h / 100, 'score', R)).toEqual({ ok: true, value: h });
      }),
    );
  });

  it('formats with a decimal comma', () => {
    expect(formatHundredths(8999)).toBe('89,99');
    expect(formatHundredths(5)).toBe('0,05');
    expect(formatPercent(3, 12)).toBe('25,00%');
    expect(formatPercent(2, 3)).toBe('66,67%');
    expect(formatPercent(1, 0)).toBe('—');
  });

  it('rounds down to hundredths (never up across a threshold)', () => {
    expect(floorHundredths(rational(89995, 1000))).toBe(8999);
    expect(floorHundredths(rational(200, 3))).toBe(6666);
    expect(floorHundredths(rational(90))).toBe(9000);
  });
});
