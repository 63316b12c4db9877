import { sql, type SqlBool } from 'kysely';
import { inSubtrees } from '../../../platform/server/auth/scope.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { AuditEvent } from '../audit.contract.js';

/** Which events a reader may see: those about units under `paths`, and system events when allowed. */
export interface AuditScope {
  readonly paths: readonly string[];
  readonly includeSystem: boolean;
}

export interface AuditFilters {
  readonly actor?: string | undefined;
  readonly entityType?: string | undefined;
  readonly entityId?: string | undefined;
  readonly action?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export async function findUnitPath(db: Db, unitId: number): Promise<string | undefined> {
  const row = await db.selectFrom('org_units').select('path').where('id', '=', unitId).executeTakeFirst();
  return row?.path;
}

function scopedEvents(db: Db, scope: AuditScope, f: AuditFilters) {
  let q = db
    .selectFrom('audit_events as e')
    .leftJoin('org_units as u', 'u.id', 'e.unit_id')
    .where((eb) => {
      const inScope = inSubtrees(sql.ref<string>('u.path'), scope.paths);
      return scope.includeSystem ? eb.or([inScope, eb('e.unit_id', 'is', null)]) : inScope;
    });
  // starts_with needs no LIKE escaping, so `_` and `%` in a username match themselves.
  if (f.actor) q = q.where(sql<SqlBool>`starts_with(e.actor_label, ${f.actor})`);
  if (f.action) q = q.where(sql<SqlBool>`starts_with(e.action, ${f.action})`);
  if (f.entityType) q = q.where('e.entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('e.entity_id', '=', f.entityId);
  if (f.from) q = q.where('e.at', '>=', new Date(f.from));
  if (f.to) q = q.where('e.at', '<=', new Date(f.to));
  return q;
}

export async function countAuditEvents(db: Db, scope: AuditScope, filters: AuditFilters): Promise<number> {
  const row = await scopedEvents(db, scope, filters)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Newest first: ids follow the chain, which is the order events were committed. */
export async function listAuditEventRows(
  db: Db,
  scope: AuditScope,
  filters: AuditFilters,
  page: { readonly limit: number; readonly offset: number },
): Promise<AuditEvent[]> {
  const rows = await scopedEvents(db, scope, filters)
    .select([
      'e.id',
      'e.at',
      'e.request_id',
      'e.actor_account_id',
      'e.actor_label',
      'e.authority',
      'e.action',
      'e.entity_type',
      'e.entity_id',
      'e.unit_id',
      'u.name as unit_name',
      'e.before',
      'e.after',
      'e.hash',
    ])
    .orderBy('e.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    requestId: r.request_id,
    actorAccountId: r.actor_account_id,
    actorLabel: r.actor_label,
    authority: r.authority,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    before: r.before,
    after: r.after,
    hash: r.hash,
  }));
}
