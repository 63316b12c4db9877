import {
  HEAD_NOT_ABOVE_COLLECTIVE,
  PARTY_HTXS_REQUIRES_STATE_HTXS,
  PETITION_ANSWER_WORKING_DAYS,
  PETITION_WINDOW_DAYS,
  WIDE_OPINION_MIN_RESPONSES,
} from './review-constants.js';
import { problem, type ReviewProblem } from './review-numbers.rules.js';
import { quotaPct, type QuotaException } from './quota.rules.js';
import type { ReviewRuleSet } from './rule-set.types.js';

/**
 * What an organization may override — only what the regulation leaves open (DOMAIN: [U] rules are
 * configurable with their default; the quota exception needs the competent level's decision). Every
 * other number (thresholds, shares, deductions, months) is fixed by the regulation and refused by name.
 * The services store and audit accepted overrides (cycle-settings.ts freezes them on a cycle).
 */
export interface OrgOverrides {
  /** Issue 4 §4: wide-opinion results shown from N responses; default 3, never fewer (anonymity). */
  readonly wideOpinionMinResponses?: number;
  /** Corrections §7: days to petition after publication; default 5, may be longer, never shorter. */
  readonly petitionWindowDays?: number;
  /** Corrections §7: answered within 10 working days; may be shorter, never longer. */
  readonly petitionAnswerWorkingDays?: number;
  /** [U] party practice, on by default. */
  readonly headNotAboveCollective?: boolean;
  /** HD 21/2019 [V, current U], on by default. */
  readonly partyHtxsRequiresStateHtxs?: boolean;
  /** ND 335: tracking by month or quarter, per body. */
  readonly trackingPeriod?: 'month' | 'quarter';
  /** ND 90 art. 20; ND 335 art. 21: bodies that cannot close by year end finish by 15/01 next year. */
  readonly annualDeadline?: 'DEC_15' | 'JAN_15_NEXT_YEAR';
  /** QĐ 366 art. 11; ND 335 5(b): a higher HTXS share only with the competent level's decision. */
  readonly htxsQuotaException?: QuotaException;
}

export const OVERRIDE_DEFAULTS = {
  wideOpinionMinResponses: WIDE_OPINION_MIN_RESPONSES,
  petitionWindowDays: PETITION_WINDOW_DAYS,
  petitionAnswerWorkingDays: PETITION_ANSWER_WORKING_DAYS,
  headNotAboveCollective: HEAD_NOT_ABOVE_COLLECTIVE,
  partyHtxsRequiresStateHtxs: PARTY_HTXS_REQUIRES_STATE_HTXS,
  trackingPeriod: 'month',
  annualDeadline: 'DEC_15',
} as const;

/** Upper bounds that keep an override sane (a typo of 500 days is refused). */
export const WIDE_OPINION_MIN_RESPONSES_MAX = 1000;
export const PETITION_WINDOW_DAYS_MAX = 30;

/** Constants fixed by regulation that organizations sometimes ask to change: refused with the reason. */
const FIXED: Readonly<Record<string, string>> = {
  htxsMinScore: 'ngưỡng 90 điểm (QĐ 366 Điều 11; NĐ 335)',
  httMinScore: 'ngưỡng 70 điểm (QĐ 366 Điều 11; NĐ 335)',
  htMinScore: 'ngưỡng 50 điểm (QĐ 366 Điều 11; NĐ 335)',
  htxsQuotaPct: 'tỷ lệ HTXS 20% số HTT (QĐ 366 Điều 11; NĐ 335; NĐ 90) — chỉ có ngoại lệ theo quyết định',
  exceedSharePct: 'tỷ lệ nhiệm vụ vượt yêu cầu (QĐ 366: 30%; NĐ 90: 50%)',
  lateSharePct: 'tỷ lệ chậm tiến độ tối đa 20% (QĐ 366 Điều 11.3)',
  deductionPct: 'mức trừ 25% mỗi lỗi/chậm (NĐ 335)',
  minMonthsWorked: 'tối thiểu 6 tháng công tác (NĐ 90 Điều 20)',
  stateShareNotAbovePartyShare: 'tỷ lệ HTXS chính quyền không vượt tỷ lệ đảng viên (NĐ 48/2023)',
};

const intIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

export function validateOrgOverrides(
  raw: unknown,
  ruleSet: ReviewRuleSet,
): { ok: true; value: OrgOverrides } | { ok: false; problems: ReviewProblem[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [problem('INVALID_VALUE', 'overrides', 'Cấu hình riêng của tổ chức phải là một đối tượng.')] };
  }
  const out: ReviewProblem[] = [];
  const value: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(raw)) {
    const bad = (message: string) => out.push(problem('INVALID_VALUE', key, message));
    switch (key) {
      case 'wideOpinionMinResponses':
        if (intIn(v, WIDE_OPINION_MIN_RESPONSES, WIDE_OPINION_MIN_RESPONSES_MAX)) value[key] = v;
        else
          bad(
            `Số phiếu lấy ý kiến tối thiểu phải là số nguyên từ ${WIDE_OPINION_MIN_RESPONSES} đến ${WIDE_OPINION_MIN_RESPONSES_MAX} (bảo đảm ẩn danh).`,
          );
        break;
      case 'petitionWindowDays':
        if (intIn(v, PETITION_WINDOW_DAYS, PETITION_WINDOW_DAYS_MAX)) value[key] = v;
        else
          bad(
            `Thời hạn kiến nghị phải là số nguyên từ ${PETITION_WINDOW_DAYS} đến ${PETITION_WINDOW_DAYS_MAX} ngày (không ngắn hơn luật định).`,
          );
        break;
      case 'petitionAnswerWorkingDays':
        if (intIn(v, 1, PETITION_ANSWER_WORKING_DAYS)) value[key] = v;
        else
          bad(
            `Thời hạn trả lời kiến nghị phải là số nguyên từ 1 đến ${PETITION_ANSWER_WORKING_DAYS} ngày làm việc (không dài hơn luật định).`,
          );
        break;
      case 'headNotAboveCollective':
      case 'partyHtxsRequiresStateHtxs':
        if (typeof v === 'boolean') value[key] = v;
        else bad(`Trường "${key}" phải là true hoặc false.`);
        break;
      case 'trackingPeriod':
        if (v === 'month' || v === 'quarter') value[key] = v;
        else bad('Kỳ theo dõi phải là "month" (tháng) hoặc "quarter" (quý) (NĐ 335).');
        break;
      case 'annualDeadline':
        if (v === 'DEC_15' || v === 'JAN_15_NEXT_YEAR') value[key] = v;
        else bad('Hạn xếp loại năm phải là "DEC_15" (trước 15/12) hoặc "JAN_15_NEXT_YEAR" (trước 15/01 năm sau).');
        break;
      case 'htxsQuotaException': {
        const e = v as Partial<QuotaException> | null;
        if (typeof e !== 'object' || e === null || typeof e.decisionNumber !== 'string' || typeof e.pct !== 'number') {
          bad('Ngoại lệ tỷ lệ HTXS cần số quyết định (decisionNumber) và tỷ lệ (pct) của cấp có thẩm quyền.');
          break;
        }
        const q = quotaPct(ruleSet, { decisionNumber: e.decisionNumber, pct: e.pct });
        if (q.problem) bad(q.problem);
        else value[key] = { decisionNumber: e.decisionNumber.trim(), pct: e.pct };
        break;
      }
      default:
        out.push(
          problem(
            'NOT_ALLOWED',
            key,
            key in FIXED
              ? `Không được thay đổi ${FIXED[key]}: do quy định ấn định.`
              : `Trường "${key}" không phải là cấu hình tổ chức được phép thay đổi.`,
          ),
        );
    }
  }
  return out.length > 0 ? { ok: false, problems: out } : { ok: true, value: value as OrgOverrides };
}
