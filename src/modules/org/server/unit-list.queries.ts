import { sql, type RawBuilder } from 'kysely';
import { inSubtrees } from '../../../platform/server/auth/scope.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { UnitSummary } from '../org.contract.js';
import type { Track } from '../unit-kinds.js';
import { toUnitRecord, UNIT_COLUMNS, type UnitRecord } from './unit.queries.js';

/**
 * Lists of units for the tree and the search box. Every query is scoped: `scope` is the list of
 * subtree paths the actor may read (scopePaths), and an empty scope sees nothing.
 */
export interface ListFilter {
  readonly scope: readonly string[];
  readonly track?: Track | undefined;
  readonly includeInactive: boolean;
  readonly limit: number;
}

/** `first` orders before the Vietnamese order (the search's relevance); the limit applies after both. */
function baseQuery(db: Db, filter: ListFilter, first?: RawBuilder<number>) {
  let query = db
    .selectFrom('org_units as u')
    .select(UNIT_COLUMNS)
    .where(inSubtrees(sql.ref('u.path'), filter.scope));
  if (first) query = query.orderBy(first);
  query = query.orderBy('u.sort_key').orderBy('u.id').limit(filter.limit);
  if (filter.track) query = query.where('u.track', '=', filter.track);
  if (!filter.includeInactive) query = query.where('u.status', '=', 'active');
  return query;
}

export async function listChildUnits(db: Db, parentId: number, filter: ListFilter): Promise<UnitRecord[]> {
  const rows = await baseQuery(db, filter).where('u.parent_id', '=', parentId).execute();
  return rows.map(toUnitRecord);
}

/** The units the actor's grants name (the scope's roots), in Vietnamese order. */
export async function listScopeRootUnits(db: Db, filter: ListFilter): Promise<UnitRecord[]> {
  if (filter.scope.length === 0) return [];
  const rows = await baseQuery(db, filter).where('u.path', 'in', filter.scope).execute();
  return rows.map(toUnitRecord);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Relevance of a hit, best first: 0 the code itself, 1 the name starts with the query, 2 a word of it
 * does (after a space, a hyphen or a parenthesis), 3 it is somewhere inside. `search_text` is the
 * folded name, then short name and code, so its start is the name's start.
 */
function searchRank(folded: string): RawBuilder<number> {
  const like = escapeLike(folded);
  return sql<number>`case
    when lower(u.code) = ${folded} then 0
    when u.search_text like ${`${like}%`} then 1
    when u.search_text like ${`% ${like}%`} or u.search_text like ${`%-${like}%`} or u.search_text like ${`%(${like}%`} then 2
    else 3 end`;
}

/**
 * `folded` is viSearchText of what the user typed: matches names and codes with or without diacritics,
 * the most relevant first (`searchRank`), each rank in Vietnamese order. The same SQL on both databases.
 */
export async function searchUnits(db: Db, folded: string, filter: ListFilter): Promise<UnitRecord[]> {
  const rows = await baseQuery(db, filter, searchRank(folded))
    .where('u.search_text', 'like', `%${escapeLike(folded)}%`)
    .execute();
  return rows.map(toUnitRecord);
}

/** Children per unit, counted the way the list shows them (active only unless asked). */
export async function countChildren(
  db: Db,
  parentIds: readonly number[],
  includeInactive: boolean,
): Promise<Map<number, number>> {
  if (parentIds.length === 0) return new Map();
  let query = db
    .selectFrom('org_units')
    .select(['parent_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('parent_id', 'in', parentIds)
    .groupBy('parent_id');
  if (!includeInactive) query = query.where('status', '=', 'active');
  const rows = await query.execute();
  return new Map(rows.flatMap((r) => (r.parent_id === null ? [] : [[r.parent_id, Number(r.n)] as const])));
}

export function toUnitSummary(unit: UnitRecord, childCount: number): UnitSummary {
  return {
    id: unit.id,
    parentId: unit.parentId,
    path: unit.path,
    depth: unit.depth,
    track: unit.track,
    kind: unit.kind,
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName,
    status: unit.status,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    mergedIntoId: unit.mergedIntoId,
    childCount,
  };
}
