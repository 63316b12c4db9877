import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { Actor } from '../auth/actor.js';
import { eventHash, GENESIS_HASH, toStoredJson, type ChainedFields } from './audit-chain.js';

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

// Any constant works; it only has to be the same for every writer.
const AUDIT_LOCK_KEY = 7_401_001;

/**
 * Appends one event to the chain. Call inside the same transaction as the write it records, so the
 * write and its audit row commit or roll back together. Never log secrets in before/after.
 */
export async function recordAudit(trx: Db, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  const last = await trx.selectFrom('audit_events').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const actor = ctx.actor;
  const fields: ChainedFields = {
    at: ctx.now().toISOString(),
    requestId: ctx.requestId,
    actorAccountId: actor.kind === 'account' ? actor.accountId : null,
    actorLabel: actor.kind === 'account' ? actor.username : 'system',
    authority: entry.authority ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId === null ? null : String(entry.entityId),
    unitId: entry.unitId ?? null,
    before: toStoredJson(entry.before),
    after: toStoredJson(entry.after),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await trx
    .insertInto('audit_events')
    .values({
      at: fields.at,
      request_id: fields.requestId,
      actor_account_id: fields.actorAccountId,
      actor_label: fields.actorLabel,
      authority: fields.authority,
      action: fields.action,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      unit_id: fields.unitId,
      before: fields.before === null ? null : JSON.stringify(fields.before),
      after: fields.after === null ? null : JSON.stringify(fields.after),
      prev_hash: prevHash,
      hash: eventHash(prevHash, fields),
    })
    .execute();
}

/** A system actor for start-up work (demo seeding, CLI). */
export function systemAuditContext(requestId: string | null = null): AuditContext {
  return { actor: { kind: 'anonymous', locale: 'vi' }, requestId, now: () => new Date() };
}
