import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkQuorum, isQuorumReached, minimumPresent } from './quorum.rules.js';

describe('quorum (QĐ 96: ≥ 2/3 of those summoned present)', () => {
  it.each([
    [14, 9, false],
    [14, 10, true],
    [15, 9, false],
    [15, 10, true],
    [3, 1, false],
    [3, 2, true],
    [1, 0, false],
    [1, 1, true],
    [0, 0, false],
  ] as const)('%i summoned, %i present → %s', (summoned, present, expected) => {
    expect(isQuorumReached({ summoned, present })).toBe(expected);
  });

  it('explains a refusal in Vietnamese with the number still needed', () => {
    const check = checkQuorum({ summoned: 14, present: 9 });
    expect(check).toMatchObject({ ok: false, code: 'QUORUM_NOT_REACHED', minimumPresent: 10 });
    if (!check.ok) expect(check.reason).toContain('cần ít nhất 10 người');
  });

  it('refuses when nobody is summoned', () => {
    expect(checkQuorum({ summoned: 0, present: 0 })).toMatchObject({ ok: false, code: 'NO_ONE_SUMMONED' });
  });

  it('refuses impossible counts', () => {
    expect(checkQuorum({ summoned: 10, present: 11 })).toMatchObject({ ok: false, code: 'MORE_PRESENT_THAN_SUMMONED' });
    expect(checkQuorum({ summoned: -1, present: 0 })).toMatchObject({ ok: false, code: 'INVALID_COUNT' });
    expect(checkQuorum({ summoned: 10, present: 7.5 })).toMatchObject({ ok: false, code: 'INVALID_COUNT' });
  });

  it('minimumPresent is ⌈2n/3⌉', () => {
    expect([0, 1, 2, 3, 14, 15, 16].map(minimumPresent)).toEqual([0, 1, 2, 2, 10, 10, 11]);
  });

  it('property: reached exactly from minimumPresent upwards', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (summoned, p) => {
        const present = p % (summoned + 1);
        expect(isQuorumReached({ summoned, present })).toBe(present >= minimumPresent(summoned));
        expect(isQuorumReached({ summoned, present })).toBe(present * 3 >= summoned * 2);
      }),
    );
  });
});
