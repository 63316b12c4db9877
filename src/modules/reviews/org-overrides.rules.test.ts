import { describe, expect, it } from 'vitest';
import { validateOrgOverrides } from './org-overrides.rules.js';
import { PARTY_QD366 } from './party-qd366.rule-set.js';

const check = (raw: unknown) => validateOrgOverrides(raw, PARTY_QD366);

describe('organization overrides: only what the regulation leaves open', () => {
  it('accepts allowed values', () => {
    expect(
      check({
        wideOpinionMinResponses: 5,
        petitionWindowDays: 7,
        petitionAnswerWorkingDays: 10,
        headNotAboveCollective: false,
        trackingPeriod: 'quarter',
        annualDeadline: 'JAN_15_NEXT_YEAR',
        htxsQuotaException: { decisionNumber: ' 12-QĐ/TU ', pct: 25 },
      }),
    ).toMatchObject({ ok: true, value: { htxsQuotaException: { decisionNumber: '12-QĐ/TU', pct: 25 } } });
  });

  it.each([
    [{ wideOpinionMinResponses: 2 }, 'wideOpinionMinResponses', 'INVALID_VALUE'],
    [{ petitionWindowDays: 4 }, 'petitionWindowDays', 'INVALID_VALUE'],
    [{ petitionAnswerWorkingDays: 11 }, 'petitionAnswerWorkingDays', 'INVALID_VALUE'],
    [{ headNotAboveCollective: 'yes' }, 'headNotAboveCollective', 'INVALID_VALUE'],
    [{ htxsQuotaException: { pct: 25 } }, 'htxsQuotaException', 'INVALID_VALUE'],
    [{ htxsQuotaException: { decisionNumber: '1', pct: 26 } }, 'htxsQuotaException', 'INVALID_VALUE'],
    [{ htxsMinScore: 85 }, 'htxsMinScore', 'NOT_ALLOWED'],
    [{ somethingElse: 1 }, 'somethingElse', 'NOT_ALLOWED'],
  ] as const)('%j → a problem on %s', (raw, field, code) => {
    const r = check(raw);
    expect(r).toMatchObject({ ok: false, problems: [{ field, code }] });
  });

  it('explains why a fixed constant is refused', () => {
    const r = check({ htxsMinScore: 85 });
    expect(!r.ok && r.problems[0]?.message).toContain('90 điểm');
    expect(check([])).toMatchObject({ ok: false, problems: [{ field: 'overrides' }] });
  });
});
