import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { eventHash, GENESIS_HASH, type ChainedFields } from './audit-chain.js';

/**
 * Links committed audit events into the hash chain (ADR 014). One chainer at a time (a transaction-scoped
 * advisory lock); it takes the unlinked events it can see — committed ones — in id order and gives each
 * the next position, the previous event's hash and its own. Called after every write request and before
 * the chain is read or verified; a batch of events shares one commit.
 */
const CHAIN_LOCK_KEY = 7_401_001;
const BATCH = 1_000;

interface EventRow {
  id: number;
  at: Date;
  request_id: string | null;
  actor_account_id: number | null;
  actor_label: string;
  authority: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  unit_id: number | null;
  before: unknown;
  after: unknown;
}

/** The fields an event's hash covers, as stored (what verification recomputes). */
export function chainedFieldsOf(row: EventRow): ChainedFields {
  return {
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
}

/**
 * Links every committed unlinked event; returns how many were linked. `wait: false` (after a write
 * request) leaves the work to a chainer already running — it, or the next one, links this request's
 * events too — so writers never queue behind each other's link commits; readers of the chain wait.
 */
export async function chainPendingAudit(db: Db, options: { wait: boolean } = { wait: true }): Promise<number> {
  const pending = await db.selectFrom('audit_events').select('id').where('chain_pos', 'is', null).limit(1).executeTakeFirst();
  if (!pending) return 0;
  return db.transaction().execute(async (trx) => {
    if (options.wait) await sql`select pg_advisory_xact_lock(${CHAIN_LOCK_KEY})`.execute(trx);
    else {
      const { rows } = await sql<{ got: boolean }>`select pg_try_advisory_xact_lock(${CHAIN_LOCK_KEY}) as got`.execute(trx);
      if (!rows[0]?.got) return 0;
    }
    const last = await trx
      .selectFrom('audit_events')
      .select(['hash', 'chain_pos'])
      .where('chain_pos', 'is not', null)
      .orderBy('chain_pos', 'desc')
      .limit(1)
      .executeTakeFirst();
    let prev = last?.hash ?? GENESIS_HASH;
    let pos = Number(last?.chain_pos ?? 0);
    let linked = 0;
    for (;;) {
      const rows = (await trx
        .selectFrom('audit_events')
        .select([
          'id',
          'at',
          'request_id',
          'actor_account_id',
          'actor_label',
          'authority',
          'action',
          'entity_type',
          'entity_id',
          'unit_id',
          'before',
          'after',
        ])
        .where('chain_pos', 'is', null)
        .orderBy('id')
        .limit(BATCH)
        .execute()) as EventRow[];
      if (rows.length === 0) return linked;
      const ids: number[] = [];
      const prevs: string[] = [];
      const hashes: string[] = [];
      const positions: number[] = [];
      for (const row of rows) {
        const hash = eventHash(prev, chainedFieldsOf(row));
        pos += 1;
        ids.push(row.id);
        prevs.push(prev);
        hashes.push(hash);
        positions.push(pos);
        prev = hash;
      }
      await sql`
        update audit_events as e
        set prev_hash = v.prev_hash, hash = v.hash, chain_pos = v.chain_pos
        from unnest(${ids}::bigint[], ${prevs}::text[], ${hashes}::text[], ${positions}::bigint[])
          as v(id, prev_hash, hash, chain_pos)
        where e.id = v.id`.execute(trx);
      linked += rows.length;
    }
  });
}

/** How long a write request's events may wait unlinked so that one link commit serves many requests. */
export const CHAIN_DELAY_MS = 20;

interface Scheduled {
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  again: boolean;
  onError: (error: unknown) => void;
}
const schedules = new WeakMap<Db, Scheduled>();

/**
 * After a write request (ADR 014): links its committed events in the background, off the request's
 * path. Requests arriving while a link runs share the next one; with several processes the advisory
 * lock keeps one chainer at a time and the others' events are linked by it or by the next write or
 * reader. Errors go to `onError` (the next run retries).
 */
export function scheduleAuditChaining(db: Db, onError: (error: unknown) => void): void {
  const s = schedules.get(db) ?? { timer: null, running: null, again: false, onError };
  schedules.set(db, s);
  s.onError = onError;
  if (s.running) s.again = true;
  else s.timer ??= setTimeout(() => runNow(db, s), CHAIN_DELAY_MS);
}

function runNow(db: Db, s: Scheduled): void {
  if (s.timer) clearTimeout(s.timer);
  s.timer = null;
  s.again = false;
  s.running = chainPendingAudit(db, { wait: false })
    .then(
      () => undefined,
      (error: unknown) => s.onError(error),
    )
    .finally(() => {
      s.running = null;
      if (s.again) scheduleAuditChaining(db, s.onError);
    });
}

/** Runs what is scheduled now and waits until nothing is scheduled or running (closing the app, tests). */
export async function settleAuditChaining(db: Db): Promise<void> {
  for (;;) {
    const s = schedules.get(db);
    if (!s) return;
    if (s.timer && !s.running) runNow(db, s);
    if (!s.running) return;
    await s.running;
  }
}
