import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { compiledOnce } from '../../../platform/server/db/compiled-once.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { Level } from '../review-constants.js';
import { reviewAccess, reviewQuery, toRow, type ReviewAccess, type ReviewRow } from './review.queries.js';
import { toStepCycle, type StepCycle } from './self-review-guards.js';
import { ND335_RULE_SET_ID, tracksPeriods, type PeriodRow } from './self-review-periods.js';

/**
 * Everything known about one review, read in ONE query (the review page and every step before the
 * decision start here; a step is then a pure check and one audited write, review-step-write.ts): the
 * review with its unit and person, its cycle (deadlines, frozen settings, subtree), the stored steps,
 * the wide-opinion counts per level and — for an ND 335 civil servant's year — the decided month and
 * quarter reviews its task score comes from (self-review-periods.ts).
 */
export interface ReviewState {
  readonly review: ReviewRow;
  readonly cyclePath: string;
  readonly access: Exclude<ReviewAccess, 'none'>;
  readonly cycle: StepCycle;
  readonly stored: {
    readonly selfReview: Record<string, unknown> | null;
    readonly comments: Record<string, unknown> | null;
    readonly proposal: Record<string, unknown> | null;
    readonly proposalNote: string | null;
    readonly decisionRef: string | null;
    readonly decidedOn: string | null;
  };
  /** Wide-opinion answers per level (all of them; the page shows them only from the cycle's minimum on). */
  readonly opinionCounts: Partial<Record<Level, number>>;
  /** The tracked periods of an ND 335 year review, in period order; null when the year is not built from them. */
  readonly trackedPeriods: readonly PeriodRow[] | null;
}

/** The one query, compiled once (every step and every review page runs it). */
const stateQuery = compiledOnce((db: Db, id: number, today: string) =>
  reviewQuery(db, today)
    .innerJoin('org_units as cu', 'cu.id', 'c.unit_id')
    .select((eb) => [
      'cu.path as cycle_path',
      'c.title as cycle_title',
      'c.period_kind',
      'c.year',
      'c.status as cycle_status',
      'c.self_review_due',
      'c.comments_due',
      'c.decision_due',
      'c.settings',
      'r.self_review',
      'r.comments',
      'r.proposal',
      'r.proposal_note',
      'r.decision_ref',
      'r.decided_on',
      sql<Record<string, number> | null>`(
        select json_object_agg(o.level, o.n)
        from (select level, count(*)::int as n from review_opinion_answers where review_id = r.id group by level) o)`.as(
        'opinion_counts',
      ),
      // Only for an ND 335 year review of a person (a one-time filter: nothing is scanned otherwise).
      jsonArrayFrom(
        eb
          .selectFrom('reviews as pr')
          .innerJoin('review_cycles as pc', 'pc.id', 'pr.cycle_id')
          .select(['pr.self_review', 'pr.level', 'pr.form'])
          .whereRef('pr.person_id', '=', 'r.person_id')
          .where('r.rule_set', '=', ND335_RULE_SET_ID)
          .where('c.period_kind', '=', 'year')
          .where('pr.rule_set', '=', ND335_RULE_SET_ID)
          .whereRef('pc.year', '=', 'c.year')
          .where('pc.period_kind', 'in', ['month', 'quarter'])
          .where('pr.status', 'in', ['decided', 'published'])
          .orderBy('pc.period_start'),
      ).as('periods'),
    ])
    .where('r.id', '=', id),
);

/** The review's state, 404 when it does not exist or the actor may not read it. */
export async function readReviewState(db: Db, actor: AccountActor, id: number, today: string): Promise<ReviewState> {
  const [row] = await stateQuery(db, id, today);
  if (!row) throw CommonErrors.NOT_FOUND();
  const review = toRow(row);
  const access = reviewAccess(actor, row.cycle_path, review);
  if (access === 'none') throw CommonErrors.NOT_FOUND();
  return {
    review,
    cyclePath: row.cycle_path,
    access,
    cycle: toStepCycle(row),
    stored: {
      selfReview: (row.self_review as Record<string, unknown> | null) ?? null,
      comments: (row.comments as Record<string, unknown> | null) ?? null,
      proposal: (row.proposal as Record<string, unknown> | null) ?? null,
      proposalNote: row.proposal_note,
      decisionRef: row.decision_ref,
      decidedOn: row.decided_on,
    },
    opinionCounts: (row.opinion_counts ?? {}) as Partial<Record<Level, number>>,
    trackedPeriods: tracksPeriods(row.rule_set, row.period_kind, row.person_id) ? (row.periods as PeriodRow[]) : null,
  };
}
