import type { Db } from '../db/database.js';
import { eventHash, GENESIS_HASH } from './audit-chain.js';
import { chainPendingAudit, chainedFieldsOf } from './audit-chainer.js';

export type VerifyResult =
  { ok: true; events: number; lastHash: string } | { ok: false; events: number; brokenEventId: number; reason: string };

const BATCH = 5_000;

/**
 * Links what is still unlinked (ADR 014), then walks the chain in position order and names the first
 * event whose link or hash does not hold, or an event left out of the chain.
 */
export async function verifyAuditChain(db: Db): Promise<VerifyResult> {
  await chainPendingAudit(db);
  let prev = GENESIS_HASH;
  let afterPos = 0;
  let count = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('chain_pos', '>', afterPos)
      .orderBy('chain_pos')
      .limit(BATCH)
      .execute();
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
      if (eventHash(prev, chainedFieldsOf(row)) !== row.hash) {
        return {
          ok: false,
          events: count,
          brokenEventId: row.id,
          reason: 'content does not match its hash (the event was altered)',
        };
      }
      prev = row.hash;
      afterPos = Number(row.chain_pos);
    }
    if (rows.length < BATCH) break;
  }
  const left = await db
    .selectFrom('audit_events')
    .select('id')
    .where('chain_pos', 'is', null)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (left) return { ok: false, events: count + 1, brokenEventId: left.id, reason: 'the event is not linked into the chain' };
  return { ok: true, events: count, lastHash: prev };
}
