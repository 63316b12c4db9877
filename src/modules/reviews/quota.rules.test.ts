import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CIVIL_SERVANT_ND335 } from './civil-servant-nd335.rule-set.js';
import { PARTY_QD366 } from './party-qd366.rule-set.js';
import { checkDecision, withinQuota, type GroupState, type ProposedDecision } from './quota.rules.js';
import { LEVELS, type Level } from './review-constants.js';
import type { ReviewRuleSet } from './rule-set.types.js';
import { STATE_ND90_ND48 } from './state-nd90.rule-set.js';

const counts = (c: Partial<Record<Level, number>>): Record<Level, number> => ({ HTXS: 0, HTT: 0, HT: 0, KHT: 0, ...c });
const group = (
  c: Partial<Record<Level, number>>,
  extra: Partial<GroupState> = {},
  ruleSet: ReviewRuleSet = PARTY_QD366,
): GroupState => ({
  ruleSet,
  counts: counts(c),
  ...extra,
});

describe('HTXS ≤ 20% of the count rated HTT (HTT alone), per group', () => {
  it.each([
    [0, 10, true], // → 1/10 = 10%
    [1, 10, true], // → 2/10 = 20%, exactly the quota
    [2, 10, false], // → 3/10 = 30%
    [0, 5, true], // → 1/5 = 20%
    [0, 4, false], // → 1/4 = 25%
    [0, 0, false], // → 1/0
  ] as const)('%i HTXS and %i HTT, one more HTXS → %s', (htxs, htt, accepted) => {
    expect(checkDecision(group({ HTXS: htxs, HTT: htt, HT: 50 }), { level: 'HTXS' }).ok).toBe(accepted);
  });

  it('the base excludes HTXS itself: 2 HTXS + 8 HTT is not 20% of 10', () => {
    expect(checkDecision(group({ HTXS: 1, HTT: 8 }), { level: 'HTXS' }).ok).toBe(false);
  });

  it('names the rule and the numbers', () => {
    const r = checkDecision(group({ HTXS: 2, HTT: 12 }), { level: 'HTXS' });
    expect(r).toMatchObject({ ok: false, code: 'QUOTA_EXCEEDED' });
    if (!r.ok) expect(r.message).toContain('Tỷ lệ HTXS 3/12 = 25,00% vượt mức 20%');
  });

  it('up to 25% only with a recorded decision; never above the ceiling', () => {
    const decision = { decisionNumber: '15-QĐ/TU', pct: 25 };
    expect(checkDecision(group({ HTXS: 2, HTT: 12 }, { exception: decision }), { level: 'HTXS' }).ok).toBe(true);
    expect(checkDecision(group({ HTXS: 3, HTT: 12 }, { exception: decision }), { level: 'HTXS' }).ok).toBe(false);
    expect(checkDecision(group({ HTT: 12 }, { exception: { decisionNumber: '', pct: 25 } }), { level: 'HTT' })).toMatchObject({
      ok: false,
      code: 'EXCEPTION_INVALID',
    });
    expect(checkDecision(group({ HTT: 12 }, { exception: { decisionNumber: '1', pct: 30 } }), { level: 'HTT' }).ok).toBe(false);
    // ND 90/48: no numeric cap on the exception.
    expect(
      checkDecision(group({ HTT: 10 }, { exception: { decisionNumber: '1', pct: 30 } }, STATE_ND90_ND48), { level: 'HT' }).ok,
    ).toBe(true);
  });

  it('re-rating moves a count: HTT → HTXS lowers the base', () => {
    expect(checkDecision(group({ HTXS: 1, HTT: 10 }), { level: 'HTXS', previousLevel: 'HTT' }).ok).toBe(false);
    expect(checkDecision(group({ HTXS: 1, HTT: 11 }), { level: 'HTXS', previousLevel: 'HTT' }).ok).toBe(true);
  });
});

describe('coupling rules', () => {
  it('head not above the collective (on by default, switchable); collective first', () => {
    const g = group({ HTT: 100 });
    expect(checkDecision(g, { level: 'HTT', collectiveLevel: 'HT' })).toMatchObject({ ok: false, code: 'HEAD_ABOVE_COLLECTIVE' });
    expect(checkDecision(g, { level: 'HT', collectiveLevel: 'HT' }).ok).toBe(true);
    expect(checkDecision({ ...g, headNotAboveCollective: false }, { level: 'HTT', collectiveLevel: 'HT' }).ok).toBe(true);
    expect(checkDecision(g, { level: 'HT', collectiveLevel: 'pending' })).toMatchObject({
      ok: false,
      code: 'COLLECTIVE_NOT_RATED',
    });
  });

  it('party HTXS needs state HTXS', () => {
    const g = group({ HTT: 100 });
    expect(checkDecision(g, { level: 'HTXS', stateLevel: 'HTT' })).toMatchObject({
      ok: false,
      code: 'PARTY_HTXS_WITHOUT_STATE_HTXS',
    });
    expect(checkDecision(g, { level: 'HTXS', stateLevel: 'pending' })).toMatchObject({ ok: false, code: 'STATE_NOT_RATED' });
    expect(checkDecision(g, { level: 'HTXS', stateLevel: 'HTXS' }).ok).toBe(true);
  });

  it('state HTXS share not above the party HTXS share (ND 48)', () => {
    const g = group({ HTXS: 1, HTT: 20, HT: 9 }, { partyHtxsShare: { htxs: 2, rated: 20 } }, CIVIL_SERVANT_ND335);
    // state after: 2/31 ≈ 6.45% ≤ 10% → ok; 3/32 = 9.38% ok; 4/33 = 12.12% > 10% refused.
    expect(checkDecision(g, { level: 'HTXS' }).ok).toBe(true);
    const r = checkDecision({ ...g, counts: counts({ HTXS: 3, HTT: 20, HT: 9 }) }, { level: 'HTXS' });
    expect(r).toMatchObject({ ok: false, code: 'STATE_SHARE_ABOVE_PARTY_SHARE' });
    if (!r.ok) expect(r.message).toContain('4/33 = 12,12%');
  });
});

const decisionArb: fc.Arbitrary<ProposedDecision> = fc.record({
  level: fc.constantFrom(...LEVELS),
  previousLevel: fc.constantFrom(undefined, ...LEVELS),
});

describe('property: no accepted sequence ends above the quota without a recorded exception', () => {
  it.each([
    ['QĐ 366', PARTY_QD366],
    ['ND 335', CIVIL_SERVANT_ND335],
    ['ND 90/48', STATE_ND90_ND48],
  ] as const)('%s', (_name, ruleSet) => {
    fc.assert(
      fc.property(fc.array(decisionArb, { maxLength: 80 }), fc.boolean(), (decisions, withException) => {
        const exception = withException ? { decisionNumber: '01/QĐ', pct: 25 } : null;
        let state: GroupState = { ruleSet, counts: counts({}), exception };
        for (const d of decisions) {
          const valid = !d.previousLevel || state.counts[d.previousLevel] > 0 ? d : { level: d.level };
          const r = checkDecision(state, valid);
          if (r.ok) state = { ...state, counts: r.counts };
          expect(withinQuota(state.counts.HTXS, state.counts.HTT, exception ? 25 : 20)).toBe(true);
        }
      }),
    );
  });
});
