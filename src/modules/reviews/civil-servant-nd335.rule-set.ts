import {
  HTXS_QUOTA_PCT_OF_HTT,
  ND335_FROM,
  ND335_HTXS_QUOTA_EXCEPTION_MAX_PCT,
  PUBLIC_EMPLOYEE_LAW_2026_FROM,
} from './review-constants.js';
import type { ReviewRuleSet } from './rule-set.types.js';

const ND335_DISQUALIFIERS: ReviewRuleSet['disqualifiers'] = {
  collective: ['disciplined'],
  leader: ['degraded', 'forbidden_acts', 'failed_example_duty', 'disciplined', 'corruption_under_management'],
  individual: ['degraded', 'forbidden_acts', 'failed_example_duty', 'disciplined'],
};

/**
 * Civil servants (and state administrative bodies) from 1/1/2026: ND 335/2025/NĐ-CP (DOMAIN §1.3).
 * Same 100-point scale; monthly or quarterly tracking of assigned products; year score = mean of the
 * periods actually worked; KHT cases (b)–(d) whatever the score; no weighing.
 */
export const CIVIL_SERVANT_ND335: ReviewRuleSet = {
  id: 'civil-servant-nd335-2026',
  regime: 'state',
  label: 'Nghị định 335/2025/NĐ-CP',
  source: 'NĐ 335/2025/NĐ-CP',
  subjectKinds: ['civil_servant', 'unit'],
  effectiveFrom: ND335_FROM,
  effectiveUntil: null,
  family: 'nd335',
  usesPoints: true,
  periodKinds: ['year', 'quarter', 'month'],
  yearFromPeriods: 'mean_of_worked_periods',
  quarterMergedIntoYear: null,
  weighingAllowed: false,
  disqualifiers: ND335_DISQUALIFIERS,
  quota: {
    htxsPctOfHtt: HTXS_QUOTA_PCT_OF_HTT,
    exceptionMaxPct: ND335_HTXS_QUOTA_EXCEPTION_MAX_PCT,
    stateShareNotAbovePartyShare: true,
  },
  minMonthsWorked: null,
  leaveCap: null,
};

/**
 * Public employees from 1/7/2026 (corrections §8): the revised Law on Public Employees + the unit's
 * regulation, scored like ND 335; the implementing decree is unconfirmed [U] — so this set reuses the
 * ND 335 numbers and says so in its source.
 */
export const PUBLIC_EMPLOYEE_LAW_2026: ReviewRuleSet = {
  ...CIVIL_SERVANT_ND335,
  id: 'public-employee-law-2026',
  label: 'Luật Viên chức (sửa đổi) — chấm điểm như NĐ 335/2025 (nghị định hướng dẫn chưa xác nhận)',
  source: 'Luật Viên chức (sửa đổi, hiệu lực 1/7/2026); NĐ 335/2025/NĐ-CP (tương tự) [U]',
  subjectKinds: ['public_employee'],
  effectiveFrom: PUBLIC_EMPLOYEE_LAW_2026_FROM,
};
