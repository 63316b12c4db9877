import { checkCriteria, criteriaFor } from '../criteria-catalogue.js';
import { checkProposedLevel, classify, type ClassifyOutcome } from '../classify.rules.js';
import type { ClassifyInput } from '../classify-input.rules.js';
import type { SubjectKind } from '../review-constants.js';
import type { SelfReviewInput } from '../review-steps.schemas.js';
import { ReviewsErrors } from '../reviews.errors.js';
import { reviewsAuthority } from '../reviews.policy.js';
import type { ReviewRuleSet } from '../rule-set.types.js';
import type { ReviewsWrite } from './cycle.service.js';
import type { ReviewRow } from './review.queries.js';
import type { ReviewState } from './review-state.queries.js';
import { writeReviewStep } from './review-step-write.js';
import { checkStep, hundredthsText, overridesOf, ruleSetOf, stepInvalid } from './self-review-guards.js';
import { taskScoreFromPeriods } from './self-review-periods.js';

/**
 * Self-review (tự đánh giá, issue 4 §Workflow 2): the organizer or administrator over the cycle enters the
 * form the person (or the collective's head) signed — accounts are not linked to people yet, and the
 * audit says so (`enteredBy`).
 *
 * STORED SHAPE of `reviews.self_review` (jsonb), read by the proposal and decision steps:
 *   the validated `SelfReviewInput` (review-steps.schemas.ts) minus `version`, plus
 *   - `score: number | null` — the total in points as a decimal number with at most 2 decimals
 *     (e.g. 91.25; exact: read it back with `toHundredths`), null on ND 90 (judged without points);
 *   - `taskScoreFromPeriods?: number` — ND 335 civil servants on a year cycle with decided month/quarter
 *     reviews: the year's task score (mean of the worked periods, self-review-periods.ts), already part
 *     of `score` (score = common criteria + this); the task criteria are then not typed.
 * `self_level` holds `proposedLevel`; `status` becomes `self_reviewed` (re-saving is allowed until the
 * collective comments are recorded).
 */
export interface StoredSelfReview extends Omit<SelfReviewInput, 'version'> {
  readonly score: number | null;
  readonly taskScoreFromPeriods?: number;
}

/** Who typed the form, for the audit (issue 4: accounts are not linked to people yet). */
const ENTERED_BY = 'organizer_on_behalf: người có thẩm quyền nhập phiếu đã ký (tài khoản chưa gắn với hồ sơ cá nhân)';

/** The classification input from a stored (or about to be stored) self-review. */
export function classifyInputOf(review: ReviewRow, self: Omit<StoredSelfReview, 'narrative' | 'criteria'>): ClassifyInput {
  return {
    subjectKind: review.subjectKind as SubjectKind,
    holdsPost: review.isLeader || review.form === '2A',
    score: self.score === null ? null : String(self.score),
    ...(self.tasks ? { tasks: self.tasks } : {}),
    ...(self.unitTasks ? { unitTasks: self.unitTasks } : {}),
    ...(self.subUnitLevels ? { subUnitLevels: self.subUnitLevels } : {}),
    ...(self.shortcomings ? { shortcomings: self.shortcomings } : {}),
    ...(self.monthsWorked !== undefined ? { monthsWorked: self.monthsWorked } : {}),
    ...(self.leaveMonths !== undefined ? { leaveMonths: self.leaveMonths } : {}),
    ...(self.maternityLeave !== undefined ? { maternityLeave: self.maternityLeave } : {}),
  };
}

/** A level above what the classification allows → 422 naming the field and every reason. */
export function refuseLevelAbove(outcome: ClassifyOutcome, level: SelfReviewInput['proposedLevel'], field: string): void {
  if (!outcome.ok) stepInvalid(outcome.problems);
  const p = checkProposedLevel(outcome, level, field);
  if (!p) return;
  const reasons = outcome.reasons.map((r) => ({ field, message: r.message }));
  throw ReviewsErrors.LEVEL_NOT_ALLOWED([{ field: p.field, message: p.message }, ...reasons]);
}

function computeScore(
  state: ReviewState,
  ruleSet: ReviewRuleSet,
  input: SelfReviewInput,
): { scoreH: number | null; fromPeriodsH: number | null } {
  const periods = state.trackedPeriods ? taskScoreFromPeriods(state.trackedPeriods) : null;
  const catalogue = criteriaFor(state.review.form, ruleSet.family);
  const checked = checkCriteria(catalogue, input.criteria, { taskFromPeriods: periods !== null });
  if (!checked.ok) stepInvalid(checked.problems);
  if (checked.totalH === null) return { scoreH: null, fromPeriodsH: null };
  return { scoreH: checked.totalH + (periods?.hundredths ?? 0), fromPeriodsH: periods?.hundredths ?? null };
}

/** Checks and writes the self-review on the review's state (read by the route); one audited statement. */
export async function saveSelfReview(
  w: ReviewsWrite,
  state: ReviewState,
  input: SelfReviewInput,
  today: string,
): Promise<ReviewState> {
  checkStep(state, 'selfReview', input.version, today);
  const { review, cycle } = state;
  const ruleSet = ruleSetOf(review);
  const { scoreH, fromPeriodsH } = computeScore(state, ruleSet, input);
  const { version: _v, ...content } = input;
  const stored: StoredSelfReview = {
    ...content,
    score: scoreH === null ? null : Number(hundredthsText(scoreH)),
    ...(fromPeriodsH !== null ? { taskScoreFromPeriods: Number(hundredthsText(fromPeriodsH)) } : {}),
  };
  const outcome = classify(classifyInputOf(review, stored), ruleSet, overridesOf(cycle));
  refuseLevelAbove(outcome, input.proposedLevel, 'proposedLevel');

  const prev = state.stored.selfReview as Partial<StoredSelfReview> | null;
  return writeReviewStep(
    w,
    state,
    input.version,
    {
      set: { self_review: JSON.stringify(stored), self_level: input.proposedLevel, self_reviewed_at: w.audit.now() },
      status: 'self_reviewed',
      review: { selfLevel: input.proposedLevel },
      stored: { selfReview: { ...stored } },
    },
    {
      action: 'reviews.review.self_review',
      entityType: 'review',
      entityId: review.id,
      unitId: review.unitId,
      authority: reviewsAuthority(w.actor, review.unitPath),
      before: prev ? { level: review.selfLevel, score: prev.score ?? null } : null,
      after: {
        level: input.proposedLevel,
        score: stored.score,
        ...(stored.taskScoreFromPeriods !== undefined ? { taskScoreFromPeriods: stored.taskScoreFromPeriods } : {}),
        criteria: input.criteria.map((c) => c.code),
        enteredBy: ENTERED_BY,
      },
    },
    today,
  );
}
