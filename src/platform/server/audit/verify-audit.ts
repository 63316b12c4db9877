import type { Db } from '../db/database.js';
import { eventHash, GENESIS_HASH, type ChainedFields } from './audit-chain.js';

export type VerifyResult =
  { ok: true; events: number; lastHash: string } | { ok: false; events: number; brokenEventId: number; reason: string };

const BATCH = 5_000;

/** Walks the chain in id order and names the first event whose link or hash does not hold. */
export async function verifyAuditChain(db: Db): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let afterId = 0;
  let count = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_events').selectAll().where('id', '>', afterId).orderBy('id').limit(BATCH).execute();
    for (const row of rows) {
      count += 1;
      if (row.prev_hash !== prev) {
        return {
          ok: false,
          events: count,
          brokenEventId: row.id,
          reason: 'prev_hash does not match the previous event (an event was removed or reordered)',
        };
      }
      const fields: ChainedFields = {
        at: row.at.toISOString(),
        requestId: row.request_id,
        actorAccountId: row.actor_account_id,
        actorLabel: row.actor_label,
        authority: row.authority,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        unitId: row.unit_id,
        before: row.before ?? null,
        after: row.after ?? null,
      };
      if (eventHash(prev, fields) !== row.hash) {
        return {
          ok: false,
          events: count,
          brokenEventId: row.id,
          reason: 'content does not match its hash (the event was altered)',
        };
      }
      prev = row.hash;
      afterId = row.id;
    }
    if (rows.length < BATCH) return { ok: true, events: count, lastHash: prev };
  }
}
