import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { localToday } from '../../people/index.js';
import { quotaPct } from '../quota.rules.js';
import type { QuotaExceptionInput, QuotaExceptionItem } from '../reviews-decision.contract.js';
import { ReviewsErrors } from '../reviews.errors.js';
import { reviewsAuthority } from '../reviews.policy.js';
import { RULE_SETS } from '../rule-sets.js';
import type { ReviewRuleSet, RuleSetId } from '../rule-set.types.js';
import type { ReviewsWrite } from './cycle.service.js';
import { requireCycle } from './cycle.queries.js';
import { assertDecisionDate } from './decision.service.js';

/**
 * The competent level's decision allowing a higher HTXS share in one group of similar duties (QĐ 366
 * art. 11: up to 25% for an outstanding unit; ND 335 believed the same; ND 90/48 with no numeric cap).
 * Recorded by an organizer or administrator over the cycle, checked against the group's rule set,
 * one per group and cycle, audited. Decisions then count it (decision-check.ts).
 */
const toItem = (r: {
  id: number;
  cycle_id: number;
  duty_group: string;
  ceiling_percent: number;
  decision_ref: string;
  decided_on: string;
}): QuotaExceptionItem => ({
  id: r.id,
  cycleId: r.cycle_id,
  dutyGroup: r.duty_group,
  ceilingPercent: r.ceiling_percent,
  decisionRef: r.decision_ref,
  decidedOn: r.decided_on,
});

const COLUMNS = ['id', 'cycle_id', 'duty_group', 'ceiling_percent', 'decision_ref', 'decided_on'] as const;

export async function recordQuotaException(
  w: ReviewsWrite,
  cycleId: number,
  input: QuotaExceptionInput,
): Promise<QuotaExceptionItem> {
  const cycle = await requireCycle(w.db, w.actor, cycleId, 'manage', 'update');
  if (cycle.status !== 'open') throw ReviewsErrors.CYCLE_CLOSED();
  assertDecisionDate(input.decidedOn, localToday(w.audit.now()));
  const member = await w.db
    .selectFrom('reviews')
    .select('rule_set')
    .where('cycle_id', '=', cycle.id)
    .where('duty_group', '=', input.dutyGroup)
    .executeTakeFirst();
  const ruleSet = member ? (RULE_SETS[member.rule_set as RuleSetId] as ReviewRuleSet | undefined) : undefined;
  if (!ruleSet) {
    throw ReviewsErrors.EXCEPTION_INVALID([
      { field: 'dutyGroup', message: `Kỳ đánh giá không có nhóm chức trách "${input.dutyGroup}".` },
    ]);
  }
  const q = quotaPct(ruleSet, { decisionNumber: input.decisionRef, pct: input.ceilingPercent });
  if (q.problem) throw ReviewsErrors.EXCEPTION_INVALID([{ field: 'ceilingPercent', message: q.problem }]);
  const row = await w.db
    .insertInto('review_quota_exceptions')
    .values({
      cycle_id: cycle.id,
      duty_group: input.dutyGroup,
      ceiling_percent: input.ceilingPercent,
      decision_ref: input.decisionRef,
      decided_on: input.decidedOn,
      recorded_by: w.actor.accountId,
    })
    .onConflict((oc) => oc.columns(['cycle_id', 'duty_group']).doNothing())
    .returning([...COLUMNS])
    .executeTakeFirst();
  if (!row) {
    throw ReviewsErrors.QUOTA_EXCEPTION_EXISTS([{ field: 'dutyGroup', message: input.dutyGroup }]);
  }
  await recordAudit(w.db, w.audit, {
    action: 'reviews.quota_exception.record',
    entityType: 'review_quota_exception',
    entityId: row.id,
    unitId: cycle.unitId,
    authority: reviewsAuthority(w.actor, cycle.unitPath),
    after: { cycleId: cycle.id, ...input, ruleSet: ruleSet.id },
  });
  return toItem(row);
}

export async function listQuotaExceptions(
  db: Db,
  actor: AccountActor,
  cycleId: number,
): Promise<{ items: QuotaExceptionItem[] }> {
  const cycle = await requireCycle(db, actor, cycleId, 'read');
  const rows = await db
    .selectFrom('review_quota_exceptions')
    .select([...COLUMNS])
    .where('cycle_id', '=', cycle.id)
    .orderBy('duty_group')
    .execute();
  return { items: rows.map(toItem) };
}
