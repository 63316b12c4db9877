import { sql } from 'kysely';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import { AGE_BANDS } from '../../people/index.js';
import { OWN_GROUP_KEY, type ReviewStats, type StatsBreakdown, type StatsQuery } from '../reviews-stats.schemas.js';
import { buildBreakdown, buildTrend, denominatorText, type StatsCell, type StatsGroup } from '../stats.rules.js';
import { loadStatsFacts, type StatsUnit } from './stats-facts.queries.js';

/**
 * Review statistics read from the rollup `review_level_stats` only (primary-key range reads on
 * `unit_id, cycle_id`), never from `reviews`: the unit's whole subtree is one rollup key. The unit, the
 * cycles and the unit's cells come in one statement (stats-facts.queries.ts); a breakdown by child unit
 * reads the children's cells in a second.
 */
export type { StatsUnit } from './stats-facts.queries.js';

/** Person status labels (people module's code list, DOMAIN §6). */
const PERSON_STATUS_LABELS: Record<string, string> = {
  cadre: 'Cán bộ',
  civil_servant: 'Công chức',
  public_employee: 'Viên chức',
  worker: 'Người lao động',
};
const GENDER_LABELS: Record<string, string> = { male: 'Nam', female: 'Nữ' };

function fixedGroups(by: StatsBreakdown): StatsGroup[] {
  if (by === 'person_status') return Object.entries(PERSON_STATUS_LABELS).map(([key, label]) => ({ key, label }));
  if (by === 'gender') return Object.entries(GENDER_LABELS).map(([key, label]) => ({ key, label }));
  if (by === 'age_band') return Object.entries(AGE_BANDS).map(([key, band]) => ({ key, label: band.vi }));
  return [];
}

/** The breakdown groups; by child unit also the year's cells (the children's rollup rows and the unit's own). */
async function breakdownCells(
  db: Db,
  unit: StatsUnit,
  cycleIds: number[],
  q: StatsQuery,
): Promise<{ cells: StatsCell[]; groups: StatsGroup[] }> {
  if (q.by === 'child_unit') {
    const children = await db
      .selectFrom('org_units')
      .select(['id', 'name', 'status'])
      .where('parent_id', '=', unit.id)
      .orderBy('sort_key')
      .orderBy('id')
      .execute();
    const rows =
      children.length === 0 || cycleIds.length === 0
        ? []
        : await db
            .selectFrom('review_level_stats')
            .select(['unit_id', 'level', sql<number>`sum(count)::int`.as('count')])
            .where('unit_id', 'in', [unit.id, ...children.map((c) => c.id)])
            .where('cycle_id', 'in', cycleIds)
            .where('subject_type', '=', q.subjectType)
            .groupBy(['unit_id', 'level'])
            .execute();
    const counted = new Set(rows.filter((r) => r.count > 0).map((r) => r.unit_id));
    const groups = children
      .filter((c) => c.status === 'active' || counted.has(c.id))
      .map((c) => ({ key: String(c.id), label: c.name }));
    // Reviews held at the unit itself (not under a child): the unit's cells minus its children's.
    const cells = rows.flatMap((r): StatsCell[] =>
      r.unit_id === unit.id
        ? [{ group: OWN_GROUP_KEY, level: r.level, count: r.count }]
        : [
            { group: String(r.unit_id), level: r.level, count: r.count },
            { group: OWN_GROUP_KEY, level: r.level, count: -r.count },
          ],
    );
    const own = rows.reduce((n, r) => n + (r.unit_id === unit.id ? r.count : -r.count), 0);
    if (own !== 0) groups.push({ key: OWN_GROUP_KEY, label: `Trực tiếp tại ${unit.name}` });
    return { cells, groups };
  }
  return { cells: [], groups: q.by === 'level' ? [{ key: 'all', label: unit.name }] : fixedGroups(q.by) };
}

/** The statistics of `q` for an actor (404 outside their authority). */
export async function reviewStats(db: Db, actor: AccountActor, q: StatsQuery): Promise<ReviewStats & { unitRef: StatsUnit }> {
  const { unit, cycles, cells } = await loadStatsFacts(db, actor, q);
  const fromYear = q.year - q.years + 1;
  const yearOf = new Map(cycles.map((c) => [c.id, c.year]));
  const yearIds = cycles.filter((c) => c.year === q.year).map((c) => c.id);
  const breakdown = await breakdownCells(db, unit, yearIds, q);
  const yearCells =
    q.by === 'child_unit'
      ? breakdown.cells
      : cells.filter((c) => yearOf.get(c.cycle_id) === q.year).map((c) => ({ group: c.grp, level: c.level, count: c.count }));
  const { rows, total } = buildBreakdown(yearCells, breakdown.groups);
  const trendRows = cells.map((c) => ({ year: yearOf.get(c.cycle_id) ?? 0, level: c.level, count: c.count }));
  return {
    unit: { id: unit.id, name: unit.name },
    unitRef: unit,
    year: q.year,
    regime: q.regime,
    subjectType: q.subjectType,
    by: q.by,
    cycles: yearIds.length,
    rows,
    total,
    denominator: denominatorText(total.total, q.subjectType),
    trend: buildTrend(trendRows, fromYear, q.year),
  };
}
