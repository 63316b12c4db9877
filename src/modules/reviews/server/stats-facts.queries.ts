import { sql } from 'kysely';
import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import { cycleAccess } from '../reviews.policy.js';
import type { StatsBreakdown, StatsQuery } from '../reviews-stats.schemas.js';

/**
 * Everything the statistics need but the child-unit breakdown, in ONE statement (one round trip): the
 * unit with its parent's and top unit's names, the year cycles that count, and the unit's rollup cells
 * for them (a primary-key range read on `review_level_stats (unit_id, cycle_id, …)`).
 *
 * Which cycles count for a unit and a year: the year cycles of the regime opened on the unit, on any
 * ancestor (their reviews inside the subtree are in the unit's rollup rows) or on any descendant.
 * Paths are digits and slashes ("/1/5/"): no LIKE wildcard to escape.
 */
export interface StatsUnit {
  readonly id: number;
  readonly name: string;
  readonly path: string;
  readonly superiorName: string | null;
  readonly topName: string | null;
}

export interface StatsCellRow {
  readonly cycle_id: number;
  readonly grp: string;
  readonly level: string;
  readonly count: number;
}

export interface StatsFacts {
  readonly unit: StatsUnit;
  readonly cycles: readonly { id: number; year: number }[];
  readonly cells: readonly StatsCellRow[];
}

const DIMENSION_COLUMN: Record<StatsBreakdown, 'person_status' | 'gender' | 'age_band' | null> = {
  level: null,
  child_unit: null,
  person_status: 'person_status',
  gender: 'gender',
  age_band: 'age_band',
};

interface FactsRow {
  id: number;
  name: string;
  path: string;
  superior_name: string | null;
  top_name: string | null;
  cycles: { id: number; year: number }[] | string;
  cells: StatsCellRow[] | string;
}

const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

/** 404 when the unit does not exist or lies outside every subtree the actor reads. */
export async function loadStatsFacts(db: Db, actor: AccountActor, q: StatsQuery): Promise<StatsFacts> {
  const column = DIMENSION_COLUMN[q.by];
  const grp = column ? sql`s.${sql.ref(column)}` : sql`'all'`;
  const { rows } = await sql<FactsRow>`
    with u as (select id, name, path, parent_id from org_units where id = ${q.unitId}),
    cy as (
      select c.id, c.year from review_cycles c join org_units cu on cu.id = c.unit_id, u
      where c.period_kind = 'year' and c.regime = ${q.regime}
        and c.year between ${q.year - q.years + 1} and ${q.year}
        and (u.path like cu.path || '%' or cu.path like u.path || '%'))
    select u.id::int as id, u.name, u.path,
      (select p.name from org_units p where p.id = u.parent_id) as superior_name,
      (select t.name from org_units t where t.id = split_part(u.path, '/', 2)::bigint) as top_name,
      coalesce((select json_agg(json_build_object('id', cy.id, 'year', cy.year)) from cy), '[]') as cycles,
      coalesce((
        select json_agg(x) from (
          select s.cycle_id, ${grp} as grp, s.level, sum(s.count)::int as count
          from review_level_stats s
          where s.unit_id = u.id and s.cycle_id in (select id from cy) and s.subject_type = ${q.subjectType}
          group by 1, 2, 3) x), '[]') as cells
    from u`.execute(db);
  const row = rows[0];
  if (!row || cycleAccess(actor, row.path) === 'none') throw CommonErrors.NOT_FOUND();
  return {
    unit: { id: row.id, name: row.name, path: row.path, superiorName: row.superior_name, topName: row.top_name },
    cycles: json(row.cycles).map((c) => ({ id: Number(c.id), year: Number(c.year) })),
    cells: json(row.cells).map((c) => ({ ...c, cycle_id: Number(c.cycle_id), count: Number(c.count) })),
  };
}
