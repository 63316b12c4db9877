import type { Db } from '../../../platform/server/db/database.js';
import type { Regime } from '../review-constants.js';
import type { DecidedLevel } from '../reviews.schemas.js';

/** One decided rating of a person (a year or a period), for the people profile. */
export interface PersonRating {
  readonly reviewId: number;
  readonly cycleId: number;
  readonly year: number;
  readonly regime: Regime;
  readonly periodKind: 'year' | 'quarter' | 'month';
  readonly periodNo: number | null;
  readonly level: DecidedLevel;
  readonly decisionRef: string | null;
  readonly decidedOn: string | null;
  readonly status: string;
}

/**
 * The person's decided ratings by year and regime, newest first (issue 4 §Reports: "a person's profile
 * shows their ratings over the years"). The caller applies the people module's read policy.
 */
export async function ratingsOf(db: Db, personId: number): Promise<PersonRating[]> {
  const rows = await db
    .selectFrom('reviews as r')
    .innerJoin('review_cycles as c', 'c.id', 'r.cycle_id')
    .select([
      'r.id',
      'r.cycle_id',
      'c.year',
      'c.regime',
      'c.period_kind',
      'c.period_no',
      'r.level',
      'r.decision_ref',
      'r.decided_on',
      'r.status',
    ])
    .where('r.person_id', '=', personId)
    .where('r.level', 'is not', null)
    .orderBy('c.year', 'desc')
    .orderBy('c.regime')
    .orderBy('c.period_kind', 'desc')
    .orderBy('c.period_no')
    .execute();
  return rows.map((r) => ({
    reviewId: r.id,
    cycleId: r.cycle_id,
    year: r.year,
    regime: r.regime as Regime,
    periodKind: r.period_kind as PersonRating['periodKind'],
    periodNo: r.period_no,
    level: r.level as DecidedLevel,
    decisionRef: r.decision_ref,
    decidedOn: r.decided_on,
    status: r.status,
  }));
}
