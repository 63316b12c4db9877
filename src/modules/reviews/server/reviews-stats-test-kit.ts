import { sql } from 'kysely';
import type { Db } from '../../../platform/server/db/database.js';
import { insertPerson, type UnitRef } from '../../../app/server/testing/world.js';

/** Fixtures for the statistics tests: year cycles and decided person reviews (direct inserts). */

export async function insertYearCycle(db: Db, unit: UnitRef, year: number, regime: 'party' | 'state' = 'state') {
  const { id } = await db
    .insertInto('review_cycles')
    .values({
      unit_id: unit.id,
      title: `Đánh giá, xếp loại năm ${year}`,
      regime,
      period_kind: 'year',
      year,
      period_start: `${year}-01-01`,
      period_end: `${year}-12-31`,
      settings: JSON.stringify({ wideOpinion: false }),
      self_review_due: `${year}-12-05`,
      comments_due: `${year}-12-10`,
      decision_due: `${year}-12-15`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export interface DecidedFields {
  readonly level: string | null;
  readonly gender?: 'male' | 'female' | null;
  readonly ageBand?: string | null;
  readonly personStatus?: string | null;
}

/** A person review in `unit` for `cycleId`, decided at `level` (null: not decided yet). */
export async function insertDecided(db: Db, cycleId: number, unit: UnitRef, f: DecidedFields, personId?: number) {
  const pid = personId ?? (await insertPerson(db, unit, 'Nguyễn Văn Thống Kê')).id;
  const { id } = await db
    .insertInto('reviews')
    .values({
      cycle_id: cycleId,
      subject_type: 'person',
      person_id: pid,
      unit_id: unit.id,
      unit_path: unit.path,
      subject_kind: 'civil_servant',
      form: '2B',
      rule_set: 'civil-servant-nd335-2026',
      duty_group: `u${unit.id}:staff`,
      gender: f.gender === undefined ? 'male' : f.gender,
      age_band: f.ageBand === undefined ? '40_49' : f.ageBand,
      person_status: f.personStatus === undefined ? 'civil_servant' : f.personStatus,
      status: f.level ? 'decided' : 'pending',
      level: f.level,
      decided_at: f.level ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export interface LevelCell {
  unit_id: number;
  cycle_id: number;
  subject_type: string;
  person_status: string;
  gender: string;
  age_band: string;
  level: string;
  count: number;
}

const order = sql`order by 1, 2, 3, 4, 5, 6, 7`;

/** The rollup's non-zero rows for `cycleIds`. */
export async function rollupCells(db: Db, cycleIds: number[]): Promise<LevelCell[]> {
  const { rows } = await sql<LevelCell>`
    select unit_id::int as unit_id, cycle_id::int as cycle_id, subject_type, person_status, gender, age_band, level,
           count::int as count
    from review_level_stats where count > 0 and cycle_id in (${sql.join(cycleIds)}) ${order}`.execute(db);
  return rows;
}

/** The same cells by the plain GROUP BY over `reviews` joined to each ancestor unit of its path. */
export async function plainCells(db: Db, cycleIds: number[]): Promise<LevelCell[]> {
  const { rows } = await sql<LevelCell>`
    select u.id::int as unit_id, r.cycle_id::int as cycle_id, r.subject_type, coalesce(r.person_status, '') as person_status,
           coalesce(r.gender, '') as gender, coalesce(r.age_band, '') as age_band, r.level, count(*)::int as count
    from reviews r join org_units u on r.unit_path like u.path || '%'
    where r.level is not null and r.cycle_id in (${sql.join(cycleIds)})
    group by 1, 2, 3, 4, 5, 6, 7 ${order}`.execute(db);
  return rows;
}
