import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import { localToday } from '../../people/index.js';
import type { DecisionResult } from '../reviews-decision.contract.js';
import { ReviewsErrors } from '../reviews.errors.js';
import { canDecide, decisionAuthority } from '../reviews.policy.js';
import type { DecidedLevel } from '../reviews.schemas.js';
import type { DecisionInput } from '../review-steps.schemas.js';
import type { ReviewsWrite } from './cycle.service.js';
import { checkDecisionRules, type CheckedDecision } from './decision-check.js';
import { cycleOfReview, type CycleRow } from './cycle.queries.js';
import { recordConsequences } from './consequence.service.js';
import { requireReview, type ReviewRow } from './review.queries.js';

/**
 * Step 5, the decision (quyết định xếp loại): only a decider acting for the review's management body
 * (organizers prepare, they never decide), on a proposed review, by the decision deadline unless it was
 * extended, with the version the decider read. The review row is locked, then every rule is checked
 * (decision-check.ts, the duty group locked); the level, document, reasons and consequences are written
 * with the audit in one transaction.
 */
export function assertVersion(review: ReviewRow, version: number): void {
  if (review.version !== version) {
    throw ReviewsErrors.VERSION_CONFLICT([
      { field: 'version', message: `Phiên bản hiện tại là ${review.version}, bạn gửi phiên bản ${version}.` },
    ]);
  }
}

export function assertDecisionDate(decidedOn: string, today: string): void {
  if (decidedOn > today) {
    throw ReviewsErrors.DECISION_DATE([
      { field: 'decidedOn', message: `Ngày quyết định ${decidedOn} sau ngày hôm nay (${today}).` },
    ]);
  }
}

export interface RatingWrite {
  readonly level: DecidedLevel;
  readonly decisionRef: string;
  readonly decidedOn: string;
  readonly status: 'decided' | 'published';
}

/** Writes the rating and its consequences; returns the response shape. */
export async function writeRating(
  w: ReviewsWrite,
  review: ReviewRow,
  cycle: CycleRow,
  rating: RatingWrite,
  checked: CheckedDecision,
): Promise<DecisionResult> {
  const updated = await w.db
    .updateTable('reviews')
    .set((eb) => ({
      level: rating.level,
      decision_ref: rating.decisionRef,
      decided_on: rating.decidedOn,
      decided_by: w.actor.accountId,
      decided_at: w.audit.now(),
      decision_reasons: JSON.stringify(checked.reasons),
      quota_exception_id: checked.quotaExceptionId,
      status: rating.status,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', review.id)
    .returning(['version'])
    .executeTakeFirstOrThrow();
  const consequences = await recordConsequences(w.db, review, cycle, checked.ruleSet, rating.level, checked.disciplinedInYear);
  return {
    id: review.id,
    status: rating.status,
    level: rating.level,
    decisionRef: rating.decisionRef,
    decidedOn: rating.decidedOn,
    quotaExceptionId: checked.quotaExceptionId,
    version: updated.version,
    reasons: [...checked.reasons],
    consequences: consequences.map((c) => ({ code: c.code, message: c.message, source: c.source })),
  };
}

export async function decideReview(w: ReviewsWrite, id: number, input: DecisionInput): Promise<DecisionResult> {
  const today = localToday(w.audit.now());
  const { review } = await requireReview(w.db, w.actor, id, today, 'update');
  if (!canDecide(w.actor, review)) throw ReviewsErrors.NOT_DECIDER();
  if (review.status === 'decided' || review.status === 'published') throw ReviewsErrors.REVIEW_LOCKED();
  if (review.status !== 'proposed') {
    throw ReviewsErrors.STEP_ORDER([
      {
        field: 'status',
        message: `Phiếu đang ở bước "${review.status}"; cần có đề xuất của cơ quan tham mưu trước khi quyết định.`,
      },
    ]);
  }
  assertVersion(review, input.version);
  const cycle = await cycleOfReview(w.db, review.cycleId);
  if (cycle.status !== 'open') throw ReviewsErrors.CYCLE_CLOSED();
  if (today > cycle.decisionDue) {
    throw ReviewsErrors.DEADLINE_PASSED([
      { field: 'decisionDue', message: `Thời hạn quyết định xếp loại là ${cycle.decisionDue}; hôm nay ${today}.` },
    ]);
  }
  assertDecisionDate(input.decidedOn, today);
  const checked = await checkDecisionRules(w.db, review, cycle, input.level, null);
  const result = await writeRating(
    w,
    review,
    cycle,
    { level: input.level, decisionRef: input.decisionRef, decidedOn: input.decidedOn, status: 'decided' },
    checked,
  );
  await recordAudit(w.db, w.audit, {
    action: 'reviews.review.decide',
    entityType: 'review',
    entityId: review.id,
    unitId: review.unitId,
    authority: decisionAuthority(w.actor, review),
    before: { status: review.status, proposedLevel: review.proposedLevel, version: review.version },
    after: {
      level: input.level,
      decisionRef: input.decisionRef,
      decidedOn: input.decidedOn,
      quotaExceptionId: checked.quotaExceptionId,
      reasons: checked.reasons.map((r) => r.code),
      consequences: result.consequences.map((c) => c.code),
    },
  });
  return result;
}
