import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditAfter, periodScore, unitResultPct, yearScore, type TrackedProduct } from './period-score.rules.js';
import { floorHundredths, rational } from './review-numbers.rules.js';

const ok = { excused: false };
const excused = { excused: true };
const product = (p: Partial<TrackedProduct> = {}): TrackedProduct => ({
  weight: 1,
  completed: true,
  majorErrors: [],
  delays: [],
  ...p,
});
const score = (input: Parameters<typeof periodScore>[0]) => {
  const r = periodScore(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};

describe('ND 335 product credits: 25% off per major error or delay unless excused', () => {
  it.each([
    [[], '1/1'],
    [[ok], '3/4'],
    [[ok, ok], '1/2'],
    [[ok, excused], '3/4'],
    [[ok, ok, ok, ok], '0/1'],
    [[ok, ok, ok, ok, ok], '0/1'],
  ] as const)('%j → %s', (events, expected) => {
    const c = creditAfter(events);
    expect(`${c.num}/${c.den}`).toBe(expected);
  });
});

describe('ND 335 period score = common + 70 × mean(a, b, c)', () => {
  it('everything perfect: 30 + 70 = 100', () => {
    expect(score({ commonScore: 30, products: [product(), product()] }).totalH).toBe(10000);
  });

  it('one of two products delayed once: c = 7/8, task = 70 × (1 + 1 + 7/8)/3 = 67.08…', () => {
    const s = score({ commonScore: 25, products: [product(), product({ delays: [ok] })] });
    expect(`${s.timeliness.num}/${s.timeliness.den}`).toBe('7/8');
    expect(s.totalH).toBe(9208); // 25 + 67.083… rounded down
  });

  it('an unfinished product counts in a, b and c; weights are converted units', () => {
    const s = score({ commonScore: 30, products: [product({ weight: 3 }), product({ weight: 1, completed: false })] });
    expect(`${s.quantity.num}/${s.quantity.den}`).toBe('3/4');
    expect(s.totalH).toBe(8250);
  });

  it('leaders: six components, unit result 50% when a subordinate is KHT', () => {
    expect(unitResultPct(['HTT', 'KHT'])).toBe(50);
    expect(unitResultPct(['HTT', 'HT'])).toBe(100);
    const s = score({
      commonScore: 30,
      products: [product()],
      leader: { directingPct: 100, organisingPct: 100, subordinateLevels: ['KHT'] },
    });
    expect(s.totalH).toBe(9416); // 30 + 70 × 5.5/6 = 94.1666…
  });

  it('problems name the field', () => {
    const r = periodScore({ commonScore: 30.5, products: [product({ weight: 0 }), product({ weight: 1.234 })] }, 'periods[2]');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.field)).toEqual([
        'periods[2].commonScore',
        'periods[2].products[0].weight',
        'periods[2].products[1].weight',
      ]);
    }
    expect(periodScore({ commonScore: 30, products: [] })).toMatchObject({ ok: false, problems: [{ code: 'REQUIRED' }] });
  });
});

describe('year score = mean of the periods actually worked, rounded down at the end', () => {
  it('leaves out periods not worked', () => {
    const y = yearScore([
      { worked: true, score: rational(90) },
      { worked: false, score: rational(0) },
      { worked: true, score: rational(8999, 100) },
    ]);
    expect(y?.hundredths).toBe(8999); // 89.995 → 89.99 (never rounded up across 90)
  });

  it('no period worked → null', () => {
    expect(yearScore([{ worked: false, score: rational(50) }])).toBeNull();
  });

  it('property: within [min, max] of the worked period scores', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ worked: fc.boolean(), n: fc.integer({ min: 0, max: 1_000_000 }), d: fc.integer({ min: 1, max: 997 }) }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (raw) => {
          const periods = raw.map((p) => ({ worked: p.worked, score: rational(p.n % (100 * p.d + 1), p.d) }));
          const y = yearScore(periods);
          const worked = periods.filter((p) => p.worked).map((p) => floorHundredths(p.score));
          if (worked.length === 0) {
            expect(y).toBeNull();
          } else {
            expect(y?.hundredths).toBeGreaterThanOrEqual(Math.min(...worked));
            expect(y?.hundredths).toBeLessThanOrEqual(Math.max(...worked));
          }
        },
      ),
    );
  });
});
