import { describe, expect, it } from 'vitest';
import type { ClassifyInput, TaskCounts } from './classify-input.rules.js';
import { classify, type ClassifyOutcome } from './classify.rules.js';
import { STATE_ND90_ND48 } from './state-nd90.rule-set.js';

const ALL: TaskCounts = { assigned: 10, done: 10, onTime: 10, exceeded: 5, late: 0 };
const employee = (extra: Partial<ClassifyInput> = {}): ClassifyInput => ({
  subjectKind: 'public_employee',
  tasks: ALL,
  monthsWorked: 12,
  ...extra,
});
const levelOf = (o: ClassifyOutcome) => (o.ok ? o.level : 'problems');
const codes = (o: ClassifyOutcome): string[] => (o.ok ? o.reasons.map((r) => r.code) : []);

describe('ND 90/48 non-leaders: 100% on time; ≥ 50% exceeded; ≤ 20% late', () => {
  it.each([
    ['exactly 50% exceeded → HTXS', {}, 'HTXS'],
    ['49/100 exceeded → HTT', { assigned: 100, done: 100, onTime: 100, exceeded: 49 }, 'HTT'],
    ['one late → HT', { onTime: 9, late: 1 }, 'HT'],
    ['exactly 20% late → HT', { onTime: 8, late: 2 }, 'HT'],
    ['3 of 10 late (30%) → KHT', { onTime: 7, late: 3 }, 'KHT'],
    ['6 of 10 not done → KHT', { done: 4, onTime: 4, exceeded: 0 }, 'KHT'],
  ] as const)('%s', (_n, tasks, level) => {
    expect(levelOf(classify(employee({ tasks: { ...ALL, ...tasks } }), STATE_ND90_ND48))).toBe(level);
  });
});

describe('ND 90 art. 20: months worked and leave', () => {
  it.each([
    [6, null, 'HTXS'],
    [5.99, null, null],
    [5.99, true, 'HTXS'],
  ] as const)('%s months worked (maternity %s) → %s', (monthsWorked, maternity, level) => {
    const o = classify(employee({ monthsWorked, maternityLeave: maternity ?? false }), STATE_ND90_ND48);
    expect(levelOf(o)).toBe(level);
    if (level === null) expect(codes(o)).toEqual(['WORKED_UNDER_6_MONTHS']);
  });

  it.each([
    [2.99, 'HTXS'],
    [3, 'HT'],
    [5.5, 'HT'],
  ] as const)('%s months of leave → at most %s', (leaveMonths, level) => {
    expect(levelOf(classify(employee({ leaveMonths }), STATE_ND90_ND48))).toBe(level);
  });

  it('months worked is required and validated', () => {
    expect(classify(employee({ monthsWorked: undefined }), STATE_ND90_ND48)).toMatchObject({
      ok: false,
      problems: [{ code: 'REQUIRED', field: 'monthsWorked' }],
    });
    expect(classify(employee({ monthsWorked: 12.5 }), STATE_ND90_ND48)).toMatchObject({
      ok: false,
      problems: [{ code: 'OUT_OF_RANGE', field: 'monthsWorked' }],
    });
  });
});

describe('ND 90 leaders: unit targets 50% / 70% / 80%, managed units 100% HT+ and 70% HTT+', () => {
  const leader = (unitTasks: Partial<TaskCounts>, subUnitLevels: ClassifyInput['subUnitLevels'] = { HTT: 7, HT: 3 }) =>
    levelOf(
      classify(
        { subjectKind: 'cadre', holdsPost: true, monthsWorked: 12, unitTasks: { ...ALL, ...unitTasks }, subUnitLevels },
        STATE_ND90_ND48,
      ),
    );
  it.each([
    ['all targets, 50% exceeded, 70% units HTT+', {}, undefined, 'HTXS'],
    ['69% of units HTT+', { assigned: 100, done: 100, onTime: 100, exceeded: 50 }, { HTT: 69, HT: 31 }, 'HT'],
    ['one unit KHT', {}, { HTT: 7, HT: 2, KHT: 1 }, 'HT'],
    ['exactly 80% on time (HTXS names no on-time share for leaders)', { onTime: 8, late: 2 }, undefined, 'HTXS'],
    ['80% on time, 49% exceeded', { assigned: 100, done: 100, onTime: 80, exceeded: 49, late: 20 }, undefined, 'HTT'],
    ['79% on time', { assigned: 100, done: 100, onTime: 79, exceeded: 50, late: 21 }, undefined, 'HT'],
    ['71% of targets done', { assigned: 100, done: 71, onTime: 71, exceeded: 50 }, undefined, 'HT'],
    ['exactly 70% done (needs > 70%)', { done: 7, onTime: 7, exceeded: 5 }, undefined, 'KHT'],
    ['under 50% done', { done: 4, onTime: 4, exceeded: 4 }, undefined, 'KHT'],
    ['under 70% of units HT+', {}, { HTT: 6, KHT: 4 }, 'KHT'],
  ] as const)('%s → %s', (_n, unit, subs, level) => {
    expect(leader(unit, subs)).toBe(level);
  });
});
