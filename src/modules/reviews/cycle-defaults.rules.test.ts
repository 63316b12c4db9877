import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, defaultDeadlines, periodOf } from './cycle-defaults.rules.js';

describe('cycle periods and default deadlines', () => {
  it.each([
    ['year', null, '2026-01-01', '2026-12-31'],
    ['quarter', 1, '2026-01-01', '2026-03-31'],
    ['quarter', 4, '2026-10-01', '2026-12-31'],
    ['month', 2, '2026-02-01', '2026-02-28'],
    ['month', 12, '2026-12-01', '2026-12-31'],
  ] as const)('%s %s of 2026 runs %s – %s', (kind, no, start, end) => {
    expect(periodOf(kind, 2026, no)).toMatchObject({ start, end });
  });

  it('knows leap Februaries and refuses a fifth quarter', () => {
    expect(periodOf('month', 2028, 2).end).toBe('2028-02-29');
    expect(() => periodOf('quarter', 2026, 5)).toThrow(RangeError);
  });

  it('puts the state decision before 15/12 and the party one after it (DOMAIN §1.2 timing)', () => {
    const year = periodOf('year', 2026, null);
    expect(defaultDeadlines('state', year)).toEqual({
      selfReviewDue: '2026-12-05',
      commentsDue: '2026-12-10',
      decisionDue: '2026-12-15',
    });
    expect(defaultDeadlines('party', year).decisionDue).toBe('2026-12-31');
    expect(defaultDeadlines('state', year, 'JAN_15_NEXT_YEAR').decisionDue).toBe('2027-01-15');
    expect(defaultDeadlines('state', periodOf('quarter', 2026, 3)).decisionDue).toBe('2026-10-10');
  });

  it('always orders self-review ≤ comments ≤ decision, the decision after the period for quarters and months', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2015, max: 2099 }),
        fc.constantFrom('quarter', 'month'),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('party', 'state'),
        (year, kind, n, regime) => {
          const no = kind === 'quarter' ? ((n - 1) % 4) + 1 : n;
          const period = periodOf(kind, year, no);
          const d = defaultDeadlines(regime, period);
          return d.selfReviewDue <= d.commentsDue && d.commentsDue <= d.decisionDue && d.decisionDue > period.end;
        },
      ),
    );
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
