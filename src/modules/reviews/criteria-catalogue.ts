import { SCORE_COMMON_MAX, SCORE_TASK_MAX, type ReviewForm } from './review-constants.js';
import { problem, toHundredths, type ReviewProblem } from './review-numbers.rules.js';
import type { ConditionFamily } from './rule-set.types.js';

/**
 * The criteria of each self-review form (HD 43 forms 01 / 2A / 2B / 2C; ND 335; ND 90 art. 3), by rule-set
 * family, with the points each may carry:
 *
 * - points families (QĐ 366-QĐ/TW, ND 335/2025): the common group (max SCORE_COMMON_MAX = 30) split into
 *   the criteria DOMAIN §1.2 / §1.3 name, and the task-result group (max SCORE_TASK_MAX = 70). The split
 *   of the 30 common points into equal parts of 10 is Merit's default [U] (the appendices of QĐ 366 and
 *   the ND 335 handbook set it per post; an organization's catalogue may replace it later);
 * - ND 90/2020 (as amended by ND 48/2023): criteria groups 1–5 judged without points (`maxPoints` null:
 *   the score must be 0, the evidence note carries the judgement).
 *
 * Scores are checked in integer hundredths (review-numbers.rules.ts): no floating point.
 */
export type CriterionGroup = 'common' | 'task';

export interface Criterion {
  readonly code: string;
  readonly group: CriterionGroup;
  readonly label: string;
  /** Max points, or null on ND 90 (judged without points). */
  readonly maxPoints: number | null;
}

/** Common-criteria points each, in the equal split of SCORE_COMMON_MAX over three criteria [U]. */
const COMMON_PART = SCORE_COMMON_MAX / 3;

const c = (code: string, group: CriterionGroup, label: string, maxPoints: number | null): Criterion => ({
  code,
  group,
  label,
  maxPoints,
});

/** QĐ 366 art. 11 / HD 43: individuals (forms 2A, 2B, 2C) — DOMAIN §1.2 common criteria. */
const QD366_INDIVIDUAL_COMMON: readonly Criterion[] = [
  c('political_ethics', 'common', 'Phẩm chất chính trị, đạo đức, lối sống; trách nhiệm nêu gương', COMMON_PART),
  c('innovation', 'common', 'Tư duy đổi mới, tầm nhìn chiến lược; tận tụy, dám nghĩ, dám làm', COMMON_PART),
  c('self_criticism', 'common', 'Tự phê bình và phê bình; khắc phục hạn chế, khuyết điểm', COMMON_PART),
];

/** QĐ 366 form 01: collectives [U: Merit's wording of the collective appendix]. */
const QD366_COLLECTIVE_COMMON: readonly Criterion[] = [
  c('political_building', 'common', 'Xây dựng tổ chức về chính trị, tư tưởng, đạo đức', COMMON_PART),
  c('organisation_building', 'common', 'Xây dựng tổ chức bộ máy, công tác cán bộ; đoàn kết nội bộ', COMMON_PART),
  c('inspection_self_criticism', 'common', 'Kiểm tra, giám sát; tự phê bình và phê bình, khắc phục hạn chế', COMMON_PART),
];

/** ND 335/2025 common criteria (DOMAIN §1.3). */
const ND335_COMMON: readonly Criterion[] = [
  c('political_ethics_discipline', 'common', 'Chính trị, đạo đức, văn hóa công vụ, kỷ luật, kỷ cương', COMMON_PART),
  c('responsibility_service', 'common', 'Tinh thần trách nhiệm, thái độ phục vụ', COMMON_PART),
  c('innovation', 'common', 'Đổi mới, sáng tạo, dám nghĩ, dám làm', COMMON_PART),
];

const TASK_LABEL: Readonly<Record<ReviewForm, string>> = {
  '01': 'Kết quả thực hiện nhiệm vụ của tập thể',
  '2A': 'Kết quả thực hiện nhiệm vụ, gồm năng lực lãnh đạo, quản lý',
  '2B': 'Kết quả thực hiện nhiệm vụ được giao',
  '2C': 'Kết quả thực hiện nhiệm vụ được giao (đảng viên ngoài hệ thống chính trị)',
};
const task = (form: ReviewForm) => c('task_results', 'task', TASK_LABEL[form], SCORE_TASK_MAX);

/** ND 90 art. 3 criteria groups 1–5 (DOMAIN §1.4), judged without points. */
const ND90: readonly Criterion[] = [
  c('nd90_political', 'common', '1. Chính trị tư tưởng', null),
  c('nd90_ethics', 'common', '2. Đạo đức, lối sống', null),
  c('nd90_style', 'common', '3. Tác phong, lề lối làm việc', null),
  c('nd90_discipline', 'common', '4. Ý thức tổ chức kỷ luật', null),
  c('nd90_results', 'task', '5. Kết quả thực hiện chức trách, nhiệm vụ được giao', null),
];

/** The criteria of a form under a rule-set family, common group first. */
export function criteriaFor(form: ReviewForm, family: ConditionFamily): readonly Criterion[] {
  if (family === 'nd90') return ND90;
  const common = family === 'nd335' ? ND335_COMMON : form === '01' ? QD366_COLLECTIVE_COMMON : QD366_INDIVIDUAL_COMMON;
  return [...common, task(form)];
}

export interface SubmittedCriterion {
  readonly code: string;
  readonly score: number;
}

export interface CriteriaCheckOptions {
  /** ND 335 year reviews: the task score comes from the tracked periods (task criteria are not typed). */
  readonly taskFromPeriods?: boolean;
}

/**
 * Checks submitted criterion scores against the catalogue: every criterion once (task criteria left out
 * when they come from the tracked periods), known codes, each score within its criterion's max with at
 * most 2 decimals. Returns the total in hundredths (null on ND 90, judged without points).
 */
export function checkCriteria(
  catalogue: readonly Criterion[],
  submitted: readonly SubmittedCriterion[],
  options: CriteriaCheckOptions = {},
): { ok: true; totalH: number | null } | { ok: false; problems: ReviewProblem[] } {
  const problems: ReviewProblem[] = [];
  const byCode = new Map(catalogue.map((k) => [k.code, k]));
  const seen = new Set<string>();
  let totalH = 0;
  submitted.forEach((s, i) => {
    const criterion = byCode.get(s.code);
    if (!criterion) {
      problems.push(problem('INVALID_VALUE', `criteria[${i}].code`, `Tiêu chí "${s.code}" không có trong mẫu phiếu này.`));
      return;
    }
    if (seen.has(s.code)) {
      problems.push(problem('INVALID_VALUE', `criteria[${i}].code`, `Tiêu chí "${criterion.label}" được nhập hai lần.`));
      return;
    }
    seen.add(s.code);
    if (criterion.group === 'task' && options.taskFromPeriods) {
      problems.push(
        problem(
          'NOT_ALLOWED',
          `criteria[${i}].code`,
          `Điểm "${criterion.label}" được tính từ kết quả theo dõi theo tháng, quý (NĐ 335/2025), không nhập tay.`,
        ),
      );
      return;
    }
    const max = criterion.maxPoints ?? 0;
    const h = toHundredths(s.score, `criteria[${i}].score`, { min: 0, max });
    if (!h.ok) {
      const noPoints = criterion.maxPoints === null && h.problem.code === 'OUT_OF_RANGE';
      problems.push(
        noPoints
          ? problem('OUT_OF_RANGE', `criteria[${i}].score`, `Tiêu chí "${criterion.label}" không chấm điểm (NĐ 90/2020): nhập 0.`)
          : h.problem,
      );
      return;
    }
    totalH += h.value;
  });
  for (const k of catalogue) {
    if (seen.has(k.code) || (k.group === 'task' && options.taskFromPeriods)) continue;
    problems.push(problem('REQUIRED', 'criteria', `Thiếu tiêu chí "${k.label}" (mã ${k.code}).`));
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, totalH: catalogue.some((k) => k.maxPoints !== null) ? totalH : null };
}

/** The catalogue's total points (100 on the points scale; 0 on ND 90). */
export function catalogueMax(catalogue: readonly Criterion[]): number {
  return catalogue.reduce((s, k) => s + (k.maxPoints ?? 0), 0);
}
