import type { Db } from '../../../platform/server/db/database.js';
import type { PeriodKind, Regime } from '../review-constants.js';
import type { CycleRow } from './cycle.queries.js';

/**
 * The cycle of a review being decided, read without the cycle's read policy: the decider of the
 * person's management body may sit outside the cycle's subtree (access was settled on the review).
 */
export async function cycleOfReview(db: Db, cycleId: number): Promise<CycleRow> {
  const row = await db
    .selectFrom('review_cycles as c')
    .innerJoin('org_units as u', 'u.id', 'c.unit_id')
    .select([
      'c.id',
      'c.unit_id',
      'u.path',
      'u.name',
      'c.title',
      'c.regime',
      'c.period_kind',
      'c.year',
      'c.period_no',
      'c.period_start',
      'c.period_end',
      'c.self_review_due',
      'c.comments_due',
      'c.decision_due',
      'c.status',
      'c.settings',
    ])
    .where('c.id', '=', cycleId)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    unitId: row.unit_id,
    unitPath: row.path,
    unitName: row.name,
    title: row.title,
    regime: row.regime as Regime,
    periodKind: row.period_kind as PeriodKind,
    year: row.year,
    periodNo: row.period_no,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    selfReviewDue: row.self_review_due,
    commentsDue: row.comments_due,
    decisionDue: row.decision_due,
    status: row.status as 'open' | 'closed',
    settings: row.settings as Record<string, unknown>,
  };
}
