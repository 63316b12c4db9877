import { describe, expect, it } from 'vitest';
import type { Regime, SubjectKind } from './review-constants.js';
import { selectRuleSet } from './rule-sets.js';

const pick = (subjectKind: SubjectKind, regime: Regime, periodEnd: string) => {
  const r = selectRuleSet({ subjectKind, regime, periodEnd });
  return r.ok ? r.ruleSet.id : r.problem.code;
};

describe('selectRuleSet: the version in force for the period end date', () => {
  it.each([
    ['civil_servant', 'state', '2025-12-31', 'state-nd90-nd48-2023'],
    ['civil_servant', 'state', '2026-01-01', 'civil-servant-nd335-2026'],
    ['civil_servant', 'state', '2026-12-31', 'civil-servant-nd335-2026'],
    ['civil_servant', 'state', '2023-07-16', 'state-nd90-2020'],
    ['civil_servant', 'state', '2023-07-17', 'state-nd90-nd48-2023'],
    ['civil_servant', 'state', '2020-08-19', 'NOT_ALLOWED'],
    ['public_employee', 'state', '2026-06-30', 'state-nd90-nd48-2023'],
    ['public_employee', 'state', '2026-07-01', 'public-employee-law-2026'],
    ['cadre', 'state', '2026-12-31', 'state-nd90-nd48-2023'],
    ['unit', 'state', '2026-12-31', 'civil-servant-nd335-2026'],
    ['unit', 'state', '2025-12-31', 'NOT_ALLOWED'],
    ['party_member', 'state', '2026-12-31', 'NOT_ALLOWED'],
    ['party_member', 'party', '2025-12-31', 'party-qd366-2025'],
    ['party_member', 'party', '2025-01-01', 'party-qd366-2025'],
    ['party_member', 'party', '2024-12-31', 'NOT_ALLOWED'],
    ['party_organization', 'party', '2025-12-31', 'party-qd366-2025'],
    ['civil_servant', 'party', '2026-03-31', 'party-qd366-2025'],
  ] as const)('%s / %s / %s → %s', (kind, regime, end, expected) => {
    expect(pick(kind, regime, end)).toBe(expected);
  });

  it('refuses an invalid date naming the field', () => {
    const r = selectRuleSet({ subjectKind: 'civil_servant', regime: 'state', periodEnd: '2025-02-30' });
    expect(r).toMatchObject({ ok: false, problem: { code: 'INVALID_VALUE', field: 'periodEnd' } });
  });
});
