import { sql, type Compilable, type OperationNodeSource } from 'kysely';
import type { Db } from '../db/database.js';
import type { Actor } from '../auth/actor.js';
import { toStoredJson } from './audit-chain.js';

/** Who is writing, carried from the request to every audited write. */
export interface AuditContext {
  readonly actor: Actor;
  readonly requestId: string | null;
  readonly now: () => Date;
}

export interface AuditEntry {
  /** `<module>.<entity>.<verb>`, e.g. `org.unit.move`. */
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string | number | null;
  /** The unit the event concerns, for scoping and filtering. */
  readonly unitId?: number | null;
  /** Which authority the actor used, e.g. `organizer@/1/5/ (grant 12)`. */
  readonly authority?: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
}

/**
 * Records one event in the caller's transaction, so the write and its audit row commit or roll back
 * together. The event is linked into the hash chain after commit by `chainPendingAudit` (ADR 014): no
 * lock is taken here, so concurrent writers commit side by side. Never log secrets in before/after.
 */
export async function recordAudit(trx: Db, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await trx.insertInto('audit_events').values(auditRow(ctx, entry)).execute();
}

/** The stored row of one event (what `recordAudit` inserts). */
function auditRow(ctx: AuditContext, entry: AuditEntry) {
  const actor = ctx.actor;
  const before = toStoredJson(entry.before);
  const after = toStoredJson(entry.after);
  return {
    at: ctx.now().toISOString(),
    request_id: ctx.requestId,
    actor_account_id: actor.kind === 'account' ? actor.accountId : null,
    actor_label: actor.kind === 'account' ? actor.username : 'system',
    authority: entry.authority ?? null,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId === null ? null : String(entry.entityId),
    unit_id: entry.unitId ?? null,
    before: before === null ? null : JSON.stringify(before),
    after: after === null ? null : JSON.stringify(after),
  };
}

/**
 * One write and its audit event in a single statement (a data-modifying CTE), so neither can exist
 * without the other and no transaction is needed: `update` is an UPDATE … RETURNING that writes at most
 * one row (guarded by its key and, typically, a version); the event is recorded only if it wrote one.
 * Returns the row written, or undefined when the guard matched nothing (and nothing was recorded).
 */
export async function auditedUpdate<R>(
  db: Db,
  ctx: AuditContext,
  entry: AuditEntry,
  update: Compilable<R> & OperationNodeSource,
): Promise<R | undefined> {
  const v = auditRow(ctx, entry);
  const { rows } = await sql<R>`
    with w as (${update}),
    a as (
      insert into audit_events
        (at, request_id, actor_account_id, actor_label, authority, action, entity_type, entity_id, unit_id, before, after)
      select ${v.at}::timestamptz, ${v.request_id}::text, ${v.actor_account_id}::bigint, ${v.actor_label}::text,
             ${v.authority}::text, ${v.action}::text, ${v.entity_type}::text, ${v.entity_id}::text, ${v.unit_id}::bigint,
             ${v.before}::jsonb, ${v.after}::jsonb
      from w limit 1)
    select * from w`.execute(db);
  return rows[0];
}

/** A system actor for start-up work (demo seeding, CLI). */
export function systemAuditContext(requestId: string | null = null): AuditContext {
  return { actor: { kind: 'anonymous', locale: 'vi' }, requestId, now: () => new Date() };
}
