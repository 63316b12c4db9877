import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import { classify } from '../classify.rules.js';
import type { ProposalInput } from '../review-steps.schemas.js';
import { reviewsAuthority } from '../reviews.policy.js';
import type { ReviewsWrite } from './cycle.service.js';
import { classifyInputOf, refuseLevelAbove, type StoredSelfReview } from './self-review.service.js';
import { overridesOf, requireStep, ruleSetOf, stepInvalid, updateReviewAtVersion } from './self-review-guards.js';

/**
 * The advisory body's appraisal and proposal (thẩm định, đề xuất; QĐ 366 art. 12 step 2; issue 4
 * §Workflow 5): after the collective comments, before `decision_due`. The proposed level is checked with
 * `classify` on the stored self-review plus the cases the body found (KHT whatever the score) — a level
 * above what they allow is a 422 naming the rule.
 *
 * STORED: `proposed_level`, `proposal_note`, `proposed_at`, and `reviews.proposal` (jsonb) = the
 * validated `ProposalInput` minus `version` (level, note, cases, disciplinedSubUnitOrLeadershipMember).
 */
export async function saveProposal(w: ReviewsWrite, id: number, input: ProposalInput): Promise<void> {
  const { review, cycle } = await requireStep(w, id, 'proposal', input.version);
  const ruleSet = ruleSetOf(review);
  const row = await w.db
    .selectFrom('reviews')
    .select(['self_review', 'proposed_level'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const self = row.self_review as StoredSelfReview | null;
  if (!self) stepInvalid([{ code: 'REQUIRED', field: 'selfReview', message: 'Chưa có bản tự đánh giá.' }]);
  const outcome = classify(
    {
      ...classifyInputOf(review, self),
      cases: input.cases,
      ...(input.disciplinedSubUnitOrLeadershipMember !== undefined
        ? { disciplinedSubUnitOrLeadershipMember: input.disciplinedSubUnitOrLeadershipMember }
        : {}),
    },
    ruleSet,
    overridesOf(cycle),
  );
  refuseLevelAbove(outcome, input.level, 'level');
  const { version: _v, ...stored } = input;
  await updateReviewAtVersion(w, id, input.version, {
    proposed_level: input.level,
    proposal_note: input.note,
    proposal: JSON.stringify(stored),
    proposed_at: w.audit.now(),
    status: 'proposed',
  });
  await recordAudit(w.db, w.audit, {
    action: 'reviews.review.proposal',
    entityType: 'review',
    entityId: id,
    unitId: review.unitId,
    authority: reviewsAuthority(w.actor, review.unitPath),
    before: row.proposed_level === null ? null : { level: row.proposed_level },
    after: { level: input.level, selfLevel: self.proposedLevel, score: self.score, cases: input.cases.map((c) => c.case) },
  });
}
