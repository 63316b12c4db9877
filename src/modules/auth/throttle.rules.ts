/**
 * Login throttling (OWASP ASVS 4.0.3 V2.2.1 and NIST SP 800-63B §5.2.2: limit failed attempts on an
 * account; NIST allows at most 100 consecutive failures, we stay far below). Two counters per
 * attempt: the account, which stops guessing one password, and the source address, which stops
 * spraying many usernames. Failures while locked are not counted, so an attacker cannot keep a
 * victim locked for longer than one lock period per burst.
 */
export interface ThrottleLimits {
  readonly maxFailures: number;
  readonly windowMinutes: number;
  readonly lockMinutes: number;
}

/** Per account (`acct:<username>`): 5 failures in 15 minutes lock it for 15 minutes. */
export const ACCOUNT_THROTTLE: ThrottleLimits = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 };
/** Per source address (`ip:<ip>`): 30 failures in 15 minutes — an office behind one NAT shares it. */
export const IP_THROTTLE: ThrottleLimits = { maxFailures: 30, windowMinutes: 15, lockMinutes: 15 };

export interface ThrottleState {
  readonly failures: number;
  readonly windowStartedAt: Date;
  readonly lockedUntil: Date | null;
}

export function accountThrottleKey(username: string): string {
  return `acct:${username.trim().toLowerCase()}`;
}

export function ipThrottleKey(ip: string): string {
  return `ip:${ip}`;
}

/** Milliseconds the key stays locked; 0 when it is not locked. */
export function lockRemainingMs(state: ThrottleState | undefined, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

/** Whole minutes to tell the user, rounded up so "0 minutes" is never shown while still locked. */
export function lockRemainingMinutes(remainingMs: number): number {
  return Math.max(1, Math.ceil(remainingMs / 60_000));
}

/** The state after one more failure at `now`. */
export function recordFailure(state: ThrottleState | undefined, now: Date, limits: ThrottleLimits): ThrottleState {
  if (state && lockRemainingMs(state, now) > 0) return state;
  const windowEnd = state ? state.windowStartedAt.getTime() + limits.windowMinutes * 60_000 : 0;
  const fresh = !state || now.getTime() >= windowEnd || now.getTime() < state.windowStartedAt.getTime();
  const failures = fresh ? 1 : state.failures + 1;
  const windowStartedAt = fresh ? now : state.windowStartedAt;
  if (failures >= limits.maxFailures) {
    // The lock starts a new window, so the attempts that caused it do not count after it ends.
    return { failures: 0, windowStartedAt: now, lockedUntil: new Date(now.getTime() + limits.lockMinutes * 60_000) };
  }
  return { failures, windowStartedAt, lockedUntil: null };
}
