import { sql } from 'kysely';
import type { Db } from '../../../platform/server/db/database.js';
import { LEVELS, type Level } from '../review-constants.js';

/**
 * The group of similar duties a decision is counted in (QĐ 366 art. 11; corrections §2): its decided
 * counts, its recorded quota exception, and (state side, ND 48) the party HTXS share of the same people.
 * `lockGroup` serialises every decision and re-rating of one group for the rest of the transaction, so
 * two concurrent decisions cannot both pass the quota on counts that exclude each other.
 */
export async function lockGroup(db: Db, cycleId: number, dutyGroup: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`reviews.group:${cycleId}:${dutyGroup}`}))`.execute(db);
}

export type LevelCounts = Record<Level, number>;

export const emptyCounts = (): LevelCounts => ({ HTXS: 0, HTT: 0, HT: 0, KHT: 0 });

/** Decided levels in the group (read after `lockGroup`). NOT_RATED is outside the quota's counts. */
export async function groupCounts(db: Db, cycleId: number, dutyGroup: string): Promise<LevelCounts> {
  const rows = await db
    .selectFrom('reviews')
    .select(['level', sql<number>`count(*)::int`.as('n')])
    .where('cycle_id', '=', cycleId)
    .where('duty_group', '=', dutyGroup)
    .where('level', 'in', [...LEVELS])
    .groupBy('level')
    .execute();
  const counts = emptyCounts();
  for (const r of rows) counts[r.level as Level] = r.n;
  return counts;
}

export interface GroupException {
  readonly id: number;
  readonly decisionNumber: string;
  readonly pct: number;
}

export async function groupException(db: Db, cycleId: number, dutyGroup: string): Promise<GroupException | null> {
  const row = await db
    .selectFrom('review_quota_exceptions')
    .select(['id', 'decision_ref', 'ceiling_percent'])
    .where('cycle_id', '=', cycleId)
    .where('duty_group', '=', dutyGroup)
    .executeTakeFirst();
  return row ? { id: row.id, decisionNumber: row.decision_ref, pct: row.ceiling_percent } : null;
}

/**
 * ND 48/2023: the party-member HTXS share of the people of this state group, from their decided party
 * reviews of the same period (null when none is decided yet: nothing to compare with).
 */
export async function partyShareOfGroup(
  db: Db,
  cycle: { readonly id: number; readonly year: number; readonly periodKind: string; readonly periodNo: number | null },
  dutyGroup: string,
): Promise<{ htxs: number; rated: number } | null> {
  const row = await db
    .selectFrom('reviews as p')
    .innerJoin('review_cycles as pc', 'pc.id', 'p.cycle_id')
    .select([sql<number>`count(*) filter (where p.level = 'HTXS')::int`.as('htxs'), sql<number>`count(*)::int`.as('rated')])
    .where('pc.regime', '=', 'party')
    .where('pc.year', '=', cycle.year)
    .where('pc.period_kind', '=', cycle.periodKind)
    .where(sql<boolean>`coalesce(pc.period_no, 0) = ${cycle.periodNo ?? 0}`)
    .where('p.level', 'in', [...LEVELS])
    .where('p.person_id', 'in', (eb) =>
      eb
        .selectFrom('reviews as s')
        .select('s.person_id')
        .where('s.cycle_id', '=', cycle.id)
        .where('s.duty_group', '=', dutyGroup)
        .where('s.person_id', 'is not', null),
    )
    .executeTakeFirstOrThrow();
  return row.rated > 0 ? row : null;
}
