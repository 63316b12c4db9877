import {
  HTXS_QUOTA_PCT_OF_HTT,
  ND48_FROM,
  ND90_FROM,
  ND90_LEAVE_CAP_MAX_LEVEL,
  ND90_LEAVE_CAP_MONTHS_MIN,
  ND90_MIN_MONTHS_WORKED,
} from './review-constants.js';
import type { ReviewRuleSet } from './rule-set.types.js';

/**
 * Cadres, public employees, and civil servants for years up to 2025: ND 90/2020/NĐ-CP (DOMAIN §1.4).
 * Criteria groups, no points: the 50% / 80% / 70% conditions; < 6 months worked → not classified;
 * 3–6 months of leave → at most HT. The quota exception has no numeric cap (corrections §2).
 */
export const STATE_ND90: ReviewRuleSet = {
  id: 'state-nd90-2020',
  regime: 'state',
  label: 'Nghị định 90/2020/NĐ-CP',
  source: 'NĐ 90/2020/NĐ-CP',
  subjectKinds: ['cadre', 'civil_servant', 'public_employee'],
  effectiveFrom: ND90_FROM,
  effectiveUntil: ND48_FROM,
  family: 'nd90',
  usesPoints: false,
  periodKinds: ['year', 'quarter', 'month'],
  yearFromPeriods: 'none',
  quarterMergedIntoYear: null,
  weighingAllowed: false,
  disqualifiers: {
    collective: [],
    leader: ['degraded', 'disciplined', 'corruption_under_management'],
    individual: ['degraded', 'disciplined'],
  },
  quota: { htxsPctOfHtt: HTXS_QUOTA_PCT_OF_HTT, exceptionMaxPct: null, stateShareNotAbovePartyShare: false },
  minMonthsWorked: ND90_MIN_MONTHS_WORKED,
  leaveCap: { fromMonths: ND90_LEAVE_CAP_MONTHS_MIN, maxLevel: ND90_LEAVE_CAP_MAX_LEVEL },
};

/** ND 90 as amended by ND 48/2023: adds "state HTXS share ≤ party HTXS share" [V]. */
export const STATE_ND90_ND48: ReviewRuleSet = {
  ...STATE_ND90,
  id: 'state-nd90-nd48-2023',
  label: 'Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP',
  source: 'NĐ 90/2020/NĐ-CP, sửa đổi bởi NĐ 48/2023/NĐ-CP',
  effectiveFrom: ND48_FROM,
  effectiveUntil: null,
  quota: { ...STATE_ND90.quota, stateShareNotAbovePartyShare: true },
};
