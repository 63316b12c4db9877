import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CIVIL_SERVANT_ND335 } from './civil-servant-nd335.rule-set.js';
import type { ClassifyInput, TaskCounts } from './classify-input.rules.js';
import { checkProposedLevel, classify, type ClassifyOutcome } from './classify.rules.js';
import { PARTY_QD366 } from './party-qd366.rule-set.js';
import { LEVELS, LEVEL_RANK, type Level } from './review-constants.js';

const perfect: TaskCounts = { assigned: 10, done: 10, onTime: 10, exceeded: 3, late: 0 };
const member = (score: number | string, extra: Partial<ClassifyInput> = {}): ClassifyInput => ({
  subjectKind: 'party_member',
  score,
  tasks: perfect,
  ...extra,
});
const levelOf = (o: ClassifyOutcome): Level | null => (o.ok ? o.level : null);
const codes = (o: ClassifyOutcome): string[] => (o.ok ? o.reasons.map((r) => r.code) : []);

describe('QĐ 366 score thresholds (≥ 90 / 70–<90 / 50–<70 / < 50), in hundredths', () => {
  it.each([
    [100, 'HTXS'],
    [90, 'HTXS'],
    ['90.00', 'HTXS'],
    [89.99, 'HTT'],
    [70, 'HTT'],
    [69.99, 'HT'],
    [50, 'HT'],
    [49.99, 'KHT'],
    [0, 'KHT'],
  ] as const)('score %s → %s', (score, level) => {
    const o = classify(member(score), PARTY_QD366);
    expect(levelOf(o)).toBe(level);
    if (o.ok) expect(o.maxLevel).toBe(level);
  });

  it('says why 89.99 is not HTXS', () => {
    const o = classify(member(89.99), PARTY_QD366);
    expect(o.ok && o.reasons[0]?.message).toContain('Điểm 89,99 thấp hơn mức 90 điểm');
  });
});

describe('QĐ 366 extra conditions', () => {
  it.each([
    ['exactly 30% exceeded → HTXS', { exceeded: 3 }, 'HTXS', []],
    ['29/100 exceeded → HTT', { assigned: 100, done: 100, onTime: 100, exceeded: 29 }, 'HTT', ['EXCEEDED_BELOW_30']],
    ['30/100 exceeded → HTXS', { assigned: 100, done: 100, onTime: 100, exceeded: 30 }, 'HTXS', []],
    ['one late of 10 (10%) → HT', { onTime: 9, late: 1 }, 'HT', ['NOT_ALL_ON_TIME']],
    ['exactly 20% late → HT', { onTime: 8, late: 2 }, 'HT', ['NOT_ALL_ON_TIME']],
    [
      '21% late → KHT',
      { assigned: 100, done: 100, onTime: 79, exceeded: 30, late: 21 },
      'KHT',
      ['LATE_ABOVE_20', 'NOT_ALL_ON_TIME'],
    ],
    ['a task not done → KHT (HT needs 100% done)', { done: 9, onTime: 9 }, 'KHT', ['NOT_ALL_DONE', 'NOT_ALL_ON_TIME']],
    ['6 of 10 not done → KHT (> 50%)', { done: 4, onTime: 4, exceeded: 3 }, 'KHT', ['MAJORITY_NOT_DONE', 'NOT_ALL_ON_TIME']],
  ] as const)('%s', (_name, tasks, level, expected) => {
    const o = classify(member(95, { tasks: { ...perfect, ...tasks } }), PARTY_QD366);
    expect(levelOf(o)).toBe(level);
    expect(codes(o)).toEqual(expected);
  });

  it('HTXS needs 100% of shortcomings fixed', () => {
    expect(levelOf(classify(member(95, { shortcomings: { found: 2, fixed: 1 } }), PARTY_QD366))).toBe('HTT');
    expect(levelOf(classify(member(95, { shortcomings: { found: 2, fixed: 2 } }), PARTY_QD366))).toBe('HTXS');
  });

  it('a collective with a disciplined leadership member is not HTXS; under 70% of tasks is KHT', () => {
    const unit: ClassifyInput = { subjectKind: 'party_organization', score: 95, tasks: perfect };
    expect(levelOf(classify({ ...unit, disciplinedSubUnitOrLeadershipMember: true }, PARTY_QD366))).toBe('HTT');
    const o = classify({ ...unit, tasks: { ...perfect, done: 6, onTime: 6 } }, PARTY_QD366);
    expect(codes(o)).toContain('DONE_BELOW_70');
  });

  it('a leader: unit conditions, > 50% low confidence → KHT, exactly 50% is not', () => {
    const leader: ClassifyInput = { subjectKind: 'civil_servant', holdsPost: true, score: 95, unitTasks: perfect };
    expect(levelOf(classify(leader, PARTY_QD366))).toBe('HTXS');
    expect(levelOf(classify({ ...leader, unitTasks: { ...perfect, exceeded: 2 } }, PARTY_QD366))).toBe('HTT');
    expect(levelOf(classify({ ...leader, confidenceVote: { low: 5, counted: 10 } }, PARTY_QD366))).toBe('HTXS');
    const low = classify({ ...leader, confidenceVote: { low: 6, counted: 11 } }, PARTY_QD366);
    expect(levelOf(low)).toBe('KHT');
    expect(codes(low)).toEqual(['LOW_CONFIDENCE_OVER_HALF']);
    expect(levelOf(classify({ ...leader, subUnitLevels: { HT: 1, KHT: 2 } }, PARTY_QD366))).toBe('KHT');
    expect(levelOf(classify({ ...leader, subUnitLevels: { HT: 2, KHT: 2 } }, PARTY_QD366))).toBe('HTXS');
  });

  it('a listed case → KHT whatever the score, unless the competent level weighed it with a reason', () => {
    const cases = [{ case: 'disciplined' as const }];
    const o = classify(member(99, { cases }), PARTY_QD366);
    expect(levelOf(o)).toBe('KHT');
    expect(o.ok && o.reasons[0]?.message).toContain('kỷ luật');
    const weighed = [{ case: 'disciplined' as const, weighedReason: 'Tự phát hiện và khắc phục' }];
    expect(levelOf(classify(member(99, { cases: weighed }), PARTY_QD366))).toBe('HTXS');
    const collectiveOnly = classify(member(99, { cases: [{ case: 'disunity' }] }), PARTY_QD366);
    expect(collectiveOnly).toMatchObject({ ok: false, problems: [{ code: 'NOT_ALLOWED', field: 'cases[0].case' }] });
  });

  it('coupling: party HTXS needs state HTXS; head not above the collective (switchable)', () => {
    expect(levelOf(classify(member(95, { stateLevel: 'HTT' }), PARTY_QD366))).toBe('HTT');
    expect(levelOf(classify(member(95, { stateLevel: 'HTT' }), PARTY_QD366, { partyHtxsRequiresStateHtxs: false }))).toBe('HTXS');
    const head: ClassifyInput = {
      subjectKind: 'civil_servant',
      holdsPost: true,
      score: 95,
      unitTasks: perfect,
      collectiveLevel: 'HT',
    };
    expect(levelOf(classify(head, PARTY_QD366))).toBe('HT');
    expect(levelOf(classify(head, PARTY_QD366, { headNotAboveCollective: false }))).toBe('HTXS');
  });
});

describe('ND 335 (civil servants from 2026): score, and discipline → KHT whatever the score', () => {
  it.each([
    [90, 'HTXS'],
    [89.99, 'HTT'],
    [70, 'HTT'],
    [69.99, 'HT'],
    [50, 'HT'],
    [49.99, 'KHT'],
  ] as const)('score %s → %s', (score, level) => {
    expect(levelOf(classify({ subjectKind: 'civil_servant', score }, CIVIL_SERVANT_ND335))).toBe(level);
  });

  it('discipline in the year: KHT at 100 points, and weighing is refused', () => {
    const input: ClassifyInput = { subjectKind: 'civil_servant', score: 100, cases: [{ case: 'disciplined' }] };
    expect(levelOf(classify(input, CIVIL_SERVANT_ND335))).toBe('KHT');
    const weighed = classify({ ...input, cases: [{ case: 'disciplined', weighedReason: 'x' }] }, CIVIL_SERVANT_ND335);
    expect(weighed).toMatchObject({ ok: false, problems: [{ code: 'NOT_ALLOWED', field: 'cases[0].weighedReason' }] });
  });
});

describe('input problems name the field', () => {
  it.each([
    [{ score: 100.01 }, 'OUT_OF_RANGE', 'score'],
    [{ score: 89.999 }, 'TOO_MANY_DECIMALS', 'score'],
    [{ score: undefined }, 'REQUIRED', 'score'],
    [{ tasks: { ...perfect, done: 11 } }, 'INCONSISTENT_COUNTS', 'tasks.done'],
    [{ tasks: { ...perfect, late: -1 } }, 'NOT_A_COUNT', 'tasks.late'],
    [{ tasks: undefined }, 'REQUIRED', 'tasks'],
  ] as const)('%j → %s on %s', (patch, code, field) => {
    const o = classify({ ...member(95), ...patch } as ClassifyInput, PARTY_QD366);
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.problems).toContainEqual(expect.objectContaining({ code, field }));
  });

  it('checkProposedLevel refuses a level the score does not allow, with the reasons', () => {
    const o = classify(member(89.99), PARTY_QD366);
    expect(checkProposedLevel(o, 'HTT')).toBeNull();
    const p = checkProposedLevel(o, 'HTXS');
    expect(p).toMatchObject({ code: 'NOT_ALLOWED', field: 'level' });
    expect(p?.message).toContain('89,99');
  });
});

const tasksArb = fc
  .record({ assigned: fc.integer({ min: 0, max: 20 }), a: fc.nat(), b: fc.nat(), c: fc.nat(), d: fc.nat() })
  .map(({ assigned, a, b, c, d }) => {
    const done = a % (assigned + 1);
    const onTime = b % (done + 1);
    const late = c % (done - onTime + 1);
    return { assigned, done, onTime, late, exceeded: d % (done + 1) };
  });
const conditionsArb = fc.record({
  tasks: tasksArb,
  shortcomings: fc.constantFrom(undefined, { found: 1, fixed: 0 }, { found: 1, fixed: 1 }),
  stateLevel: fc.constantFrom(undefined, ...LEVELS),
  cases: fc.constantFrom(undefined, [{ case: 'degraded' as const }]),
});
const scoreArb = fc.integer({ min: 0, max: 10000 }).map((h) => h / 100);
const scoreCeiling = (score: number): Level => (score >= 90 ? 'HTXS' : score >= 70 ? 'HTT' : score >= 50 ? 'HT' : 'KHT');

describe('properties', () => {
  it('never above what the score allows', () => {
    fc.assert(
      fc.property(scoreArb, conditionsArb, (score, cond) => {
        for (const rs of [PARTY_QD366, CIVIL_SERVANT_ND335]) {
          const o = classify(member(score, cond), rs);
          if (!o.ok || o.level === null) throw new Error('unexpected');
          expect(LEVEL_RANK[o.level]).toBeLessThanOrEqual(LEVEL_RANK[scoreCeiling(score)]);
          expect(o.reasons.every((r) => LEVEL_RANK[r.maxLevel] >= LEVEL_RANK[o.level as Level])).toBe(true);
        }
      }),
    );
  });

  it('raising the score never lowers the level (conditions fixed)', () => {
    fc.assert(
      fc.property(scoreArb, scoreArb, conditionsArb, (s1, s2, cond) => {
        const [lo, hi] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const a = classify(member(lo, cond), PARTY_QD366);
        const b = classify(member(hi, cond), PARTY_QD366);
        if (!a.ok || !b.ok || a.level === null || b.level === null) throw new Error('unexpected');
        expect(LEVEL_RANK[b.level]).toBeGreaterThanOrEqual(LEVEL_RANK[a.level]);
      }),
    );
  });
});
