import { describe, expect, it } from 'vitest';
import { consequencesOf, type ConsequenceInput } from './consequences.rules.js';

const base: ConsequenceInput = {
  regime: 'state',
  subjectKind: 'civil_servant',
  holdsPost: false,
  periodEnd: '2025-12-31',
  level: 'KHT',
  disciplinedInYear: false,
};
const codes = (i: Partial<ConsequenceInput>) => consequencesOf({ ...base, ...i }).map((c) => c.code);

describe('consequences by the law in force for the period', () => {
  it.each([
    [
      'from 1/7/2025: KHT once → lower post or dismissal review',
      { periodEnd: '2025-07-01' },
      ['LOWER_POST_OR_DISMISSAL_REVIEW', 'OUT_OF_PLANNING_POOL'],
    ],
    ['30/6/2025: one KHT year → only out of the planning pool', { periodEnd: '2025-06-30' }, ['OUT_OF_PLANNING_POOL']],
    [
      '30/6/2025 with KHT in 2024 → thôi việc (2 consecutive years)',
      { periodEnd: '2025-06-30', history: [{ year: 2024, level: 'KHT' as const }] },
      ['DISMISSAL_FROM_SERVICE', 'OUT_OF_PLANNING_POOL'],
    ],
    [
      '2024 non-leader with KHT in 2022 → lower-requirement position',
      { periodEnd: '2024-12-31', history: [{ year: 2022, level: 'KHT' as const }] },
      ['LOWER_REQUIREMENT_POSITION', 'OUT_OF_PLANNING_POOL'],
    ],
    [
      '2024 leader, 2 KHT years in the term → other work, and reassignment',
      { periodEnd: '2024-12-31', holdsPost: true, appointmentFromYear: 2021, history: [{ year: 2022, level: 'KHT' as const }] },
      ['OTHER_WORK_OR_NOT_REAPPOINTED', 'LEADER_REASSIGNMENT', 'OUT_OF_PLANNING_POOL'],
    ],
    [
      'a leader rated KHT in the party line → reassignment',
      { regime: 'party' as const, holdsPost: true },
      ['LEADER_REASSIGNMENT', 'OUT_OF_PLANNING_POOL'],
    ],
    [
      'disciplined, rated HT → out of the planning pool',
      { level: 'HT' as const, disciplinedInYear: true },
      ['OUT_OF_PLANNING_POOL'],
    ],
    ['HTT, no discipline → nothing', { level: 'HTT' as const }, []],
    [
      'cadre, 2 consecutive KHT years → dismissal or stop',
      { subjectKind: 'cadre' as const, history: [{ year: 2024, level: 'KHT' as const }] },
      ['CADRE_DISMISSAL_OR_STOP', 'OUT_OF_PLANNING_POOL'],
    ],
  ] as const)('%s', (_n, patch, expected) => {
    expect(codes(patch)).toEqual(expected);
  });
});
