import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { viSearchText, viSortKey } from '../../../shared/vi-sort.js';
import type { UnitEvent } from '../org.contract.js';
import type { Track, UnitKindCode } from '../unit-kinds.js';
import { childPath, pathDepth } from '../unit-path.rules.js';
import { getUnit, type UnitRecord } from './unit.queries.js';

// Any constant works; it only has to be the same for every writer of the tree.
const ORG_TREE_LOCK_KEY = 7_402_001;

/**
 * Serialises changes to the tree for the rest of the transaction. A move computed from paths read
 * before another transaction's move commits could create a cycle or stale paths; tree changes are
 * rare, so one lock is simpler than reasoning about row locks on whole subtrees. Re-entrant.
 */
export async function lockOrgTree(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${ORG_TREE_LOCK_KEY})`.execute(db);
}

/** Sort key and search text follow the names; every write of a name goes through here. */
export function nameColumns(name: string, shortName: string | null, code: string) {
  return {
    name,
    short_name: shortName,
    sort_key: viSortKey(name),
    search_text: viSearchText([name, shortName, code].filter((s) => s).join(' ')),
  };
}

export interface UnitInsert {
  readonly parent: UnitRecord | null;
  readonly track: Track;
  readonly kind: UnitKindCode;
  readonly code: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly validFrom: string;
}

/** The path holds the unit's own id, known only after the insert: a unique placeholder, then the path. */
export async function insertUnitRow(db: Db, unit: UnitInsert): Promise<UnitRecord> {
  const parentPath = unit.parent?.path ?? null;
  const { id } = await db
    .insertInto('org_units')
    .values({
      parent_id: unit.parent?.id ?? null,
      path: `/pending-${randomUUID()}/`,
      depth: pathDepth(parentPath ?? '/') + 1,
      track: unit.track,
      kind: unit.kind,
      code: unit.code,
      valid_from: unit.validFrom,
      ...nameColumns(unit.name, unit.shortName, unit.code),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('org_units')
    .set({ path: childPath(parentPath, id) })
    .where('id', '=', id)
    .execute();
  return getUnit(db, id);
}

/**
 * Rewrites the paths and depths of a whole subtree in one statement, the subtree root's prefix
 * `oldPrefix` becoming `newPrefix` (rebasePath in unit-path.rules.ts is the same rule in TypeScript).
 * No row passes through another's path on the way: only this subtree holds its root's id.
 */
export async function rewriteSubtreePaths(db: Db, oldPrefix: string, newPrefix: string): Promise<number> {
  const depthDelta = pathDepth(newPrefix) - pathDepth(oldPrefix);
  const result = await db
    .updateTable('org_units')
    .set({
      path: sql<string>`${newPrefix} || substr(path, ${oldPrefix.length + 1})`,
      depth: sql<number>`depth + ${depthDelta}`,
      updated_at: sql`now()`,
    })
    .where('path', 'like', `${oldPrefix}%`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface UnitEventInsert {
  readonly unitId: number;
  readonly kind: UnitEvent['kind'];
  readonly effectiveDate: string;
  readonly documentRef?: string | null | undefined;
  readonly note?: string | null | undefined;
  readonly relatedUnitId?: number | null;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** One line of a unit's history, with who made it (kept as a label: org does not read accounts). */
export async function insertUnitEvent(db: Db, audit: AuditContext, event: UnitEventInsert): Promise<void> {
  const actor = audit.actor;
  await db
    .insertInto('org_unit_events')
    .values({
      unit_id: event.unitId,
      kind: event.kind,
      effective_date: event.effectiveDate,
      document_ref: event.documentRef ?? null,
      note: event.note ?? null,
      related_unit_id: event.relatedUnitId ?? null,
      before: event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === undefined ? null : JSON.stringify(event.after),
      account_id: actor.kind === 'account' ? actor.accountId : null,
      actor_label: actor.kind === 'account' ? `${actor.displayName} (${actor.username})` : 'system',
      at: audit.now(),
    })
    .execute();
}
