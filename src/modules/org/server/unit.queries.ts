import { sql } from 'kysely';
import { CommonErrors } from '../../../shared/app-error.js';
import type { Db } from '../../../platform/server/db/database.js';
import { inSubtrees } from '../../../platform/server/auth/scope.js';
import { TrackSchema, UnitKindSchema, UnitStatusSchema, type UnitStatus } from '../org.contract.js';
import type { Track, UnitKindCode } from '../unit-kinds.js';

/** One row of `org_units`, typed. */
export interface UnitRecord {
  readonly id: number;
  readonly parentId: number | null;
  readonly path: string;
  readonly depth: number;
  readonly track: Track;
  readonly kind: UnitKindCode;
  readonly code: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly status: UnitStatus;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly mergedIntoId: number | null;
  readonly version: number;
}

export const UNIT_COLUMNS = [
  'u.id',
  'u.parent_id',
  'u.path',
  'u.depth',
  'u.track',
  'u.kind',
  'u.code',
  'u.name',
  'u.short_name',
  'u.status',
  'u.valid_from',
  'u.valid_to',
  'u.merged_into_id',
  'u.version',
] as const;

export interface UnitRow {
  id: number;
  parent_id: number | null;
  path: string;
  depth: number;
  track: string;
  kind: string;
  code: string;
  name: string;
  short_name: string | null;
  status: string;
  valid_from: string;
  valid_to: string | null;
  merged_into_id: number | null;
  version: number;
}

/** Track, kind and status are checked on the way out, so a bad row fails loudly rather than leaking. */
export function toUnitRecord(row: UnitRow): UnitRecord {
  return {
    id: row.id,
    parentId: row.parent_id,
    path: row.path,
    depth: row.depth,
    track: TrackSchema.parse(row.track),
    kind: UnitKindSchema.parse(row.kind),
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    status: UnitStatusSchema.parse(row.status),
    validFrom: row.valid_from,
    validTo: row.valid_to,
    mergedIntoId: row.merged_into_id,
    version: row.version,
  };
}

export async function findUnit(db: Db, id: number): Promise<UnitRecord | undefined> {
  const row = await db.selectFrom('org_units as u').select(UNIT_COLUMNS).where('u.id', '=', id).executeTakeFirst();
  return row ? toUnitRecord(row) : undefined;
}

export async function getUnit(db: Db, id: number): Promise<UnitRecord> {
  const unit = await findUnit(db, id);
  if (!unit) throw CommonErrors.NOT_FOUND();
  return unit;
}

/** The row locked until the transaction ends (writes read what they change this way). */
export async function findUnitForUpdate(db: Db, id: number): Promise<UnitRecord | undefined> {
  const row = await db.selectFrom('org_units as u').select(UNIT_COLUMNS).where('u.id', '=', id).forUpdate().executeTakeFirst();
  return row ? toUnitRecord(row) : undefined;
}

export async function listUnitsByIds(db: Db, ids: readonly number[]): Promise<UnitRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('org_units as u').select(UNIT_COLUMNS).where('u.id', 'in', ids).orderBy('u.id').execute();
  return rows.map(toUnitRecord);
}

export async function listActiveChildren(db: Db, parentId: number): Promise<UnitRecord[]> {
  const rows = await db
    .selectFrom('org_units as u')
    .select(UNIT_COLUMNS)
    .where('u.parent_id', '=', parentId)
    .where('u.status', '=', 'active')
    .orderBy('u.sort_key')
    .orderBy('u.id')
    .execute();
  return rows.map(toUnitRecord);
}

/** Another active unit already using `code`, compared case-insensitively (the unique index does too). */
export async function findActiveUnitByCode(db: Db, code: string): Promise<{ id: number } | undefined> {
  return db
    .selectFrom('org_units')
    .select('id')
    .where(sql<string>`lower(code)`, '=', code.toLowerCase())
    .where('status', '=', 'active')
    .executeTakeFirst();
}

/** Paths of the units `unit` was merged into, nearest first (a chain: merged units merge once). */
export async function listSuccessorPaths(db: Db, unit: UnitRecord): Promise<string[]> {
  const paths: string[] = [];
  const seen = new Set<number>([unit.id]);
  let next = unit.mergedIntoId;
  while (next !== null && !seen.has(next)) {
    seen.add(next);
    const successor = await findUnit(db, next);
    if (!successor) break;
    paths.push(successor.path);
    next = successor.mergedIntoId;
  }
  return paths;
}

/** Units merged into `unitId`, directly or through earlier merges. */
export async function listPredecessorIds(db: Db, unitId: number): Promise<number[]> {
  const found = new Set<number>();
  let frontier = [unitId];
  while (frontier.length > 0) {
    const rows = await db.selectFrom('org_units').select('id').where('merged_into_id', 'in', frontier).execute();
    frontier = rows.map((r) => r.id).filter((id) => id !== unitId && !found.has(id));
    for (const id of frontier) found.add(id);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Ids of the unit's subtree; with `includeMergedPredecessors`, also every unit merged into any of
 * them and those units' own subtrees, transitively — so results recorded under an old (merged) unit
 * are found from its successor.
 */
export async function listSubtreeUnitIds(
  db: Db,
  unitId: number,
  options: { includeMergedPredecessors: boolean },
): Promise<number[]> {
  const root = await findUnit(db, unitId);
  if (!root) return [];
  const found = new Set<number>();
  let prefixes = [root.path];
  while (prefixes.length > 0) {
    const rows = await db
      .selectFrom('org_units')
      .select('id')
      .where(inSubtrees(sql.ref('path'), prefixes))
      .execute();
    const fresh = rows.map((r) => r.id).filter((id) => !found.has(id));
    for (const id of fresh) found.add(id);
    if (!options.includeMergedPredecessors || fresh.length === 0) break;
    const merged = await db.selectFrom('org_units').select(['id', 'path']).where('merged_into_id', 'in', fresh).execute();
    prefixes = merged.filter((m) => !found.has(m.id)).map((m) => m.path);
  }
  return [...found].sort((a, b) => a - b);
}
