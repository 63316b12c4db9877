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
  const actor = ctx.actor;
  const before = toStoredJson(entry.before);
  const after = toStoredJson(entry.after);
  await trx
    .insertInto('audit_events')
    .values({
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
    })
    .execute();
}

/** A system actor for start-up work (demo seeding, CLI). */
export function systemAuditContext(requestId: string | null = null): AuditContext {
  return { actor: { kind: 'anonymous', locale: 'vi' }, requestId, now: () => new Date() };
}
