import type { AppError } from '../../../shared/app-error.js';
import type { Db } from '../../../platform/server/db/database.js';
import { accountLocked } from '../auth.errors.js';
import {
  ACCOUNT_THROTTLE,
  accountThrottleKey,
  IP_THROTTLE,
  ipThrottleKey,
  lockRemainingMinutes,
  lockRemainingMs,
} from '../throttle.rules.js';
import { clearThrottle, findThrottle, recordThrottleFailure } from './throttle.queries.js';

/** Who is trying: the username typed (whether or not it exists) and the source address. */
export interface Attempt {
  readonly username: string;
  readonly ip: string;
}

/** Refuses with 429 and the minutes left when the account or the address is locked. */
export async function assertNotLocked(db: Db, attempt: Attempt, now: Date): Promise<void> {
  const states = await Promise.all([
    findThrottle(db, accountThrottleKey(attempt.username)),
    findThrottle(db, ipThrottleKey(attempt.ip)),
  ]);
  const remaining = Math.max(...states.map((s) => lockRemainingMs(s, now)));
  if (remaining > 0) throw accountLocked(lockRemainingMinutes(remaining));
}

/**
 * Counts a failed password or code against both keys. Returns the 429 to throw when this failure
 * locked either key, so the user learns at once rather than at the next try.
 */
export async function countFailure(db: Db, attempt: Attempt, now: Date): Promise<AppError | undefined> {
  const account = await recordThrottleFailure(db, accountThrottleKey(attempt.username), now, ACCOUNT_THROTTLE);
  const ip = await recordThrottleFailure(db, ipThrottleKey(attempt.ip), now, IP_THROTTLE);
  const remaining = Math.max(lockRemainingMs(account, now), lockRemainingMs(ip, now));
  return remaining > 0 ? accountLocked(lockRemainingMinutes(remaining)) : undefined;
}

/**
 * A full sign-in (password, and the code when the account has one) clears the account's counter.
 * The address counter is left to expire, so one valid account cannot reset an address that is
 * spraying others.
 */
export async function clearAccountFailures(db: Db, username: string): Promise<void> {
  await clearThrottle(db, accountThrottleKey(username));
}
