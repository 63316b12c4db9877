import type { Db } from '../../../platform/server/db/database.js';
import { consequencesOf, type Consequence, type YearRating } from '../consequences.rules.js';
import { LEVELS, type Level, type SubjectKind } from '../review-constants.js';
import type { DecidedLevel } from '../reviews.schemas.js';
import type { ReviewRuleSet } from '../rule-set.types.js';
import type { CycleRow } from './cycle.queries.js';
import type { ReviewRow } from './review.queries.js';

/**
 * Step 7: the consequences of a decided rating (DOMAIN §1.5; corrections §1), by the law in force for
 * the period, stored for follow-up. Computed at decision and at re-rating; a re-rating replaces the
 * review's open consequences (those already done or dismissed stay, with their note).
 */
const isLevel = (v: string | null): v is Level => v !== null && (LEVELS as readonly string[]).includes(v);

/** The person's earlier decided state year ratings (for the pre-1/7/2025 two-year rules). */
async function stateHistory(db: Db, personId: number, beforeYear: number): Promise<YearRating[]> {
  const rows = await db
    .selectFrom('reviews as r')
    .innerJoin('review_cycles as c', 'c.id', 'r.cycle_id')
    .select(['c.year', 'r.level'])
    .where('r.person_id', '=', personId)
    .where('c.regime', '=', 'state')
    .where('c.period_kind', '=', 'year')
    .where('c.year', '<', beforeYear)
    .where('r.level', 'is not', null)
    .execute();
  return rows.flatMap((r) => (isLevel(r.level) ? [{ year: r.year, level: r.level }] : []));
}

export async function recordConsequences(
  db: Db,
  review: ReviewRow,
  cycle: CycleRow,
  ruleSet: ReviewRuleSet,
  level: DecidedLevel,
  disciplinedInYear: boolean,
): Promise<Consequence[]> {
  if (review.personId === null) return [];
  const consequences = consequencesOf({
    regime: ruleSet.regime,
    subjectKind: review.subjectKind as SubjectKind,
    holdsPost: review.isLeader,
    periodEnd: cycle.periodEnd,
    level: level === 'NOT_RATED' ? null : level,
    disciplinedInYear,
    history: cycle.periodKind === 'year' ? await stateHistory(db, review.personId, cycle.year) : [],
  });
  await db.deleteFrom('review_consequences').where('review_id', '=', review.id).where('status', '=', 'open').execute();
  if (consequences.length > 0) {
    await db
      .insertInto('review_consequences')
      .values(
        consequences.map((c) => ({
          review_id: review.id,
          person_id: review.personId!,
          kind: c.code,
          basis: `${c.message} (${c.source})`,
        })),
      )
      .onConflict((oc) => oc.columns(['review_id', 'kind']).doNothing())
      .execute();
  }
  return consequences;
}
