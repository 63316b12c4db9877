import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { localToday } from '../../people/index.js';
import type { DecisionResult, RerateInput } from '../reviews-decision.contract.js';
import { ReviewsErrors } from '../reviews.errors.js';
import { decidingGrant } from '../reviews.policy.js';
import type { ReviewsWrite } from './cycle.service.js';
import { checkDecisionRules } from './decision-check.js';
import { cycleOfReview } from './cycle.queries.js';
import { assertDecisionDate, assertVersion, writeRating } from './decision.service.js';
import { requireReview, type ReviewRow } from './review.queries.js';

/**
 * Step 6, re-rating (xếp loại lại; QĐ 366 art. 15, form 03): when a decided or published rating proves
 * wrong, the competent level (a decider of the same management body) or a higher one (a decider on a
 * unit strictly above the body's unit; for a review without a body, the competent level is already the
 * higher unit) sets a new level, with the reason and the deciding document.
 * The same rules as a decision apply, the quota counting the change (the old level leaves the counts);
 * the rollup trigger moves the statistics; the open consequences are replaced.
 */
async function rerateGrant(db: Db, actor: AccountActor, review: ReviewRow) {
  const competent = decidingGrant(actor, review);
  if (competent || review.managementBodyId === null) return competent;
  const body = await db
    .selectFrom('management_bodies as b')
    .innerJoin('org_units as u', 'u.id', 'b.unit_id')
    .select('u.path')
    .where('b.id', '=', review.managementBodyId)
    .executeTakeFirst();
  if (!body) return undefined;
  // A higher level: a decider on a unit strictly above the management body's unit.
  return actor.grants.find((g) => g.role === 'decider' && body.path.startsWith(g.unitPath) && body.path !== g.unitPath);
}

export async function rerateReview(w: ReviewsWrite, id: number, input: RerateInput): Promise<DecisionResult> {
  const today = localToday(w.audit.now());
  const { review } = await requireReview(w.db, w.actor, id, today, 'update');
  const grant = await rerateGrant(w.db, w.actor, review);
  if (!grant) throw ReviewsErrors.NOT_RERATER();
  if ((review.status !== 'decided' && review.status !== 'published') || review.level === null) {
    throw ReviewsErrors.STEP_ORDER([
      { field: 'status', message: 'Chỉ xếp loại lại kết quả đã được quyết định hoặc đã công khai.' },
    ]);
  }
  assertVersion(review, input.version);
  if (input.level === review.level) {
    throw ReviewsErrors.LEVEL_NOT_ALLOWED([{ field: 'level', message: `Mức mới trùng mức đã quyết định (${review.level}).` }]);
  }
  assertDecisionDate(input.decidedOn, today);
  const cycle = await cycleOfReview(w.db, review.cycleId);
  const checked = await checkDecisionRules(w.db, review, cycle, input.level, review.level);
  await w.db
    .insertInto('review_rerates')
    .values({
      review_id: review.id,
      from_level: review.level,
      to_level: input.level,
      reason: input.reason,
      decision_ref: input.decisionRef,
      decided_by: w.actor.accountId,
    })
    .execute();
  const result = await writeRating(
    w,
    review,
    cycle,
    {
      level: input.level,
      decisionRef: input.decisionRef,
      decidedOn: input.decidedOn,
      status: review.status === 'published' ? 'published' : 'decided',
    },
    checked,
  );
  await recordAudit(w.db, w.audit, {
    action: 'reviews.review.rerate',
    entityType: 'review',
    entityId: review.id,
    unitId: review.unitId,
    authority: `decider@${grant.unitPath} body ${grant.managementBodyId ?? '-'} (grant ${grant.grantId})`,
    before: { level: review.level, version: review.version },
    after: {
      level: input.level,
      reason: input.reason,
      decisionRef: input.decisionRef,
      decidedOn: input.decidedOn,
      quotaExceptionId: checked.quotaExceptionId,
      consequences: result.consequences.map((c) => c.code),
    },
  });
  return result;
}
