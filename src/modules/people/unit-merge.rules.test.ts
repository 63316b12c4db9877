import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postFateOnMerge } from './unit-merge.rules.js';

const MERGE = '2025-07-01';

describe('postFateOnMerge', () => {
  it.each([
    [{ startDate: '2020-01-01', isHead: false, isDeputy: false }, 'carry'],
    [{ startDate: '2020-01-01', isHead: true, isDeputy: false }, 'end'],
    [{ startDate: '2020-01-01', isHead: false, isDeputy: true }, 'end'],
    [{ startDate: '2025-06-30', isHead: false, isDeputy: false }, 'carry'],
    [{ startDate: MERGE, isHead: true, isDeputy: false }, 'move'],
    [{ startDate: '2025-08-01', isHead: false, isDeputy: false }, 'move'],
  ] as const)('%o → %s', (post, fate) => {
    expect(postFateOnMerge(post, MERGE)).toBe(fate);
  });

  it('never ends a post before it starts (an ended post started before the merge date)', () => {
    const day = fc.integer({ min: 0, max: 20_000 }).map((n) => new Date(Date.UTC(1990, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.boolean(), fc.boolean(), (startDate, effectiveDate, isHead, isDeputy) => {
        const fate = postFateOnMerge({ startDate, isHead, isDeputy }, effectiveDate);
        if (fate !== 'move') expect(startDate < effectiveDate).toBe(true);
        else expect(startDate >= effectiveDate).toBe(true);
      }),
    );
  });
});
