import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVELS, type Level } from './review-constants.js';
import { applyDecision, checkDecision, withinQuota, type QuotaException } from './quota.rules.js';
import { CIVIL_SERVANT_ND335 } from './civil-servant-nd335.rule-set.js';
import { PARTY_QD366 } from './party-qd366.rule-set.js';
import type { ReviewRuleSet } from './rule-set.types.js';

/**
 * Issue 4 property: no sequence of decisions and re-ratings accepted by `checkDecision` ends above the
 * quota (HTXS ≤ 20% of HTT, or the recorded exception's share) — a small in-memory model of one duty
 * group: the decided levels of its members, each operation a decision on a new member or a re-rating of
 * a decided one (its old level leaves the counts), applied only when the check accepts it.
 */
type Op = { kind: 'decide'; level: Level } | { kind: 'rerate'; pick: number; level: Level };

const levelArb = fc.constantFrom(...LEVELS);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('decide' as const), level: levelArb }),
  fc.record({ kind: fc.constant('rerate' as const), pick: fc.nat(), level: levelArb }),
);

function run(ruleSet: ReviewRuleSet, exception: QuotaException | null, ops: readonly Op[]) {
  const members: Level[] = [];
  let counts: Record<Level, number> = { HTXS: 0, HTT: 0, HT: 0, KHT: 0 };
  const pct = exception?.pct ?? ruleSet.quota.htxsPctOfHtt;
  for (const op of ops) {
    const index = op.kind === 'rerate' && members.length > 0 ? op.pick % members.length : null;
    const previousLevel = index === null ? null : members[index]!;
    const check = checkDecision({ ruleSet, counts, exception }, { level: op.level, previousLevel });
    if (!check.ok) {
      expect(check.code).toBe('QUOTA_EXCEEDED');
      continue;
    }
    counts = applyDecision(counts, { level: op.level, previousLevel });
    expect(check.counts).toEqual(counts);
    if (index === null) members.push(op.level);
    else members[index] = op.level;
    // The invariant after every accepted step, not only at the end.
    expect(withinQuota(counts.HTXS, counts.HTT, pct)).toBe(true);
    expect(LEVELS.reduce((s, l) => s + counts[l], 0)).toBe(members.length);
  }
  return counts;
}

describe('quota over any sequence of decisions and re-ratings', () => {
  it('never ends above 20% of HTT without a recorded exception', () => {
    fc.assert(
      fc.property(fc.constantFrom(PARTY_QD366, CIVIL_SERVANT_ND335), fc.array(opArb, { maxLength: 80 }), (ruleSet, ops) => {
        const counts = run(ruleSet, null, ops);
        expect(counts.HTXS * 5 <= counts.HTT).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('with a recorded exception, never above its share (≤ 25%)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 21, max: 25 }), fc.array(opArb, { maxLength: 80 }), (pct, ops) => {
        const counts = run(PARTY_QD366, { decisionNumber: '45/QĐ-TU', pct }, ops);
        expect(counts.HTXS * 100 <= pct * counts.HTT).toBe(true);
        expect(counts.HTXS * 4 <= counts.HTT).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reaches exactly 20% when decisions allow it (the bound is tight, not stricter)', () => {
    const ops: Op[] = [
      ...Array.from({ length: 5 }, () => ({ kind: 'decide', level: 'HTT' }) as Op),
      { kind: 'decide', level: 'HTXS' },
    ];
    expect(run(PARTY_QD366, null, ops)).toMatchObject({ HTXS: 1, HTT: 5 });
    expect(run(PARTY_QD366, null, [...ops, { kind: 'decide', level: 'HTXS' }])).toMatchObject({ HTXS: 1, HTT: 5 });
  });
});
