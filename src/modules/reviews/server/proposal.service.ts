import { classify } from '../classify.rules.js';
import type { ProposalInput } from '../review-steps.schemas.js';
import { reviewsAuthority } from '../reviews.policy.js';
import type { ReviewsWrite } from './cycle.service.js';
import { classifyInputOf, refuseLevelAbove, type StoredSelfReview } from './self-review.service.js';
import type { ReviewState } from './review-state.queries.js';
import { writeReviewStep } from './review-step-write.js';
import { checkStep, overridesOf, ruleSetOf, stepInvalid } from './self-review-guards.js';

/**
 * The advisory body's appraisal and proposal (thẩm định, đề xuất; QĐ 366 art. 12 step 2; issue 4
 * §Workflow 5): after the collective comments, before `decision_due`. The proposed level is checked with
 * `classify` on the stored self-review plus the cases the body found (KHT whatever the score) — a level
 * above what they allow is a 422 naming the rule.
 *
 * STORED: `proposed_level`, `proposal_note`, `proposed_at`, and `reviews.proposal` (jsonb) = the
 * validated `ProposalInput` minus `version` (level, note, cases, disciplinedSubUnitOrLeadershipMember).
 */
export async function saveProposal(
  w: ReviewsWrite,
  state: ReviewState,
  input: ProposalInput,
  today: string,
): Promise<ReviewState> {
  checkStep(state, 'proposal', input.version, today);
  const { review, cycle } = state;
  const ruleSet = ruleSetOf(review);
  const self = state.stored.selfReview as StoredSelfReview | null;
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
  return writeReviewStep(
    w,
    state,
    input.version,
    {
      set: {
        proposed_level: input.level,
        proposal_note: input.note,
        proposal: JSON.stringify(stored),
        proposed_at: w.audit.now(),
      },
      status: 'proposed',
      review: { proposedLevel: input.level },
      stored: { proposal: { ...stored }, proposalNote: input.note },
    },
    {
      action: 'reviews.review.proposal',
      entityType: 'review',
      entityId: review.id,
      unitId: review.unitId,
      authority: reviewsAuthority(w.actor, review.unitPath),
      before: review.proposedLevel === null ? null : { level: review.proposedLevel },
      after: { level: input.level, selfLevel: self.proposedLevel, score: self.score, cases: input.cases.map((c) => c.case) },
    },
    today,
  );
}
