import type { Db } from '../../../platform/server/db/database.js';
import { recordFailure, type ThrottleLimits, type ThrottleState } from '../throttle.rules.js';

export async function findThrottle(db: Db, key: string): Promise<ThrottleState | undefined> {
  const row = await db
    .selectFrom('auth_throttle')
    .select(['failures', 'window_started_at', 'locked_until'])
    .where('key', '=', key)
    .executeTakeFirst();
  return row && { failures: row.failures, windowStartedAt: row.window_started_at, lockedUntil: row.locked_until };
}

/**
 * Counts one failure. Runs in its own transaction with the row locked, so parallel guesses cannot
 * each read "4 failures" and slip past the limit; and outside the caller's transaction, so the
 * refusal that follows does not roll the count back.
 */
export async function recordThrottleFailure(db: Db, key: string, now: Date, limits: ThrottleLimits): Promise<ThrottleState> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('auth_throttle')
      .values({ key, failures: 0, window_started_at: now, locked_until: null })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const row = await trx
      .selectFrom('auth_throttle')
      .select(['failures', 'window_started_at', 'locked_until'])
      .where('key', '=', key)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const next = recordFailure(
      { failures: row.failures, windowStartedAt: row.window_started_at, lockedUntil: row.locked_until },
      now,
      limits,
    );
    await trx
      .updateTable('auth_throttle')
      .set({ failures: next.failures, window_started_at: next.windowStartedAt, locked_until: next.lockedUntil })
      .where('key', '=', key)
      .execute();
    return next;
  });
}

export async function clearThrottle(db: Db, key: string): Promise<void> {
  await db.deleteFrom('auth_throttle').where('key', '=', key).execute();
}
