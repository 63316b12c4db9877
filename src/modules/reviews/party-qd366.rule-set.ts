import { PARTY_HTXS_QUOTA_EXCEPTION_MAX_PCT, HTXS_QUOTA_PCT_OF_HTT, QD366_FROM, SUBJECT_KINDS } from './review-constants.js';
import type { ReviewRuleSet } from './rule-set.types.js';

/**
 * Party line: QĐ 366-QĐ/TW (30/8/2025) with HD 43-HD/BTCTW (31/10/2025), from the 2025 review
 * (DOMAIN §1.2; corrections §2, §3, §5, §6). 30 common + 70 task points; quarters Q1–Q3 evaluated,
 * Q4 merged into the year-end review; the annual level is a judgement (no formula from quarters).
 */
export const PARTY_QD366: ReviewRuleSet = {
  id: 'party-qd366-2025',
  regime: 'party',
  label: 'Quy định 366-QĐ/TW và Hướng dẫn 43-HD/BTCTW',
  source: 'QĐ 366-QĐ/TW, HD 43-HD/BTCTW',
  subjectKinds: SUBJECT_KINDS,
  effectiveFrom: QD366_FROM,
  effectiveUntil: null,
  family: 'qd366',
  usesPoints: true,
  periodKinds: ['year', 'quarter'],
  yearFromPeriods: 'judgement',
  quarterMergedIntoYear: 4,
  weighingAllowed: true,
  disqualifiers: {
    collective: [
      'personnel_work_violation',
      'disunity',
      'buying_posts',
      'member_disciplined',
      'member_degraded',
      'missed_basic_targets',
    ],
    leader: ['missed_basic_targets', 'disciplined', 'degraded', 'corruption_under_management'],
    individual: ['degraded', 'disciplined', 'forbidden_acts', 'failed_example_duty'],
  },
  quota: {
    htxsPctOfHtt: HTXS_QUOTA_PCT_OF_HTT,
    exceptionMaxPct: PARTY_HTXS_QUOTA_EXCEPTION_MAX_PCT,
    stateShareNotAbovePartyShare: false,
  },
  minMonthsWorked: null,
  leaveCap: null,
};
