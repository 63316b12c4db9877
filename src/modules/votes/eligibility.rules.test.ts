import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSubjectEligibility, type SubjectPost } from './eligibility.rules.js';
import { ASSEMBLY_NQ96 } from './vote-constants.js';

const VOTE = '2026-11-20';
const post = (startedOn: string, extra: Partial<SubjectPost> = {}): SubjectPost => ({
  startedOn,
  startKind: 'appointed',
  ...extra,
});

describe('subject eligibility (QĐ 96; NQ 96/2023)', () => {
  it.each([
    ['2025-12-31', true],
    ['2021-06-01', true],
    ['2026-01-01', false],
    ['2026-11-20', false],
  ] as const)('appointed on %s, vote on 2026-11-20 → eligible %s', (startedOn, eligible) => {
    expect(checkSubjectEligibility(post(startedOn), VOTE).eligible).toBe(eligible);
  });

  it('gives the reason in Vietnamese, with dates as dd/mm/yyyy', () => {
    const result = checkSubjectEligibility(post('2026-03-05', { startKind: 'elected' }), VOTE);
    expect(result).toEqual({
      eligible: false,
      exclusions: [
        {
          code: 'STARTED_IN_VOTE_YEAR',
          reason: 'Được bầu ngày 05/03/2026, trong năm lấy phiếu 2026: không lấy phiếu tín nhiệm.',
        },
      ],
    });
  });

  it('excludes people announced for retirement on or before the vote', () => {
    const onDay = checkSubjectEligibility(post('2020-01-01', { retirementAnnouncedOn: VOTE }), VOTE);
    expect(onDay).toMatchObject({ eligible: false, exclusions: [{ code: 'RETIREMENT_ANNOUNCED' }] });
    const later = checkSubjectEligibility(post('2020-01-01', { retirementAnnouncedOn: '2026-11-21' }), VOTE);
    expect(later.eligible).toBe(true);
    expect(checkSubjectEligibility(post('2020-01-01', { retirementAnnouncedOn: null }), VOTE).eligible).toBe(true);
  });

  it('lists every reason that applies', () => {
    const both = checkSubjectEligibility(post('2026-02-01', { retirementAnnouncedOn: '2026-06-01' }), VOTE);
    expect(both.eligible ? [] : both.exclusions.map((e) => e.code)).toEqual(['STARTED_IN_VOTE_YEAR', 'RETIREMENT_ANNOUNCED']);
  });

  it('someone not yet in the post is not voted on', () => {
    expect(checkSubjectEligibility(post('2027-01-02'), VOTE)).toMatchObject({ exclusions: [{ code: 'NOT_YET_IN_POST' }] });
  });

  it('the NQ 96 rule set applies the same exclusions (approval by the council)', () => {
    const result = checkSubjectEligibility(post('2026-07-01', { startKind: 'approved' }), VOTE, ASSEMBLY_NQ96);
    expect(result.eligible ? '' : result.exclusions[0].reason).toContain('phê chuẩn');
  });

  it('refuses malformed dates', () => {
    expect(() => checkSubjectEligibility(post('2026-02-30'), VOTE)).toThrow(RangeError);
    expect(() => checkSubjectEligibility(post('2026-1-1'), VOTE)).toThrow(RangeError);
    expect(() => checkSubjectEligibility(post('2020-01-01'), '20/11/2026')).toThrow(RangeError);
  });

  it('property: excluded for the start date exactly when it falls in the vote year or later', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const startedOn = a.toISOString().slice(0, 10);
        const voteDate = b.toISOString().slice(0, 10);
        const eligible = checkSubjectEligibility(post(startedOn), voteDate).eligible;
        expect(eligible).toBe(a.getUTCFullYear() < b.getUTCFullYear());
      }),
    );
  });
});
