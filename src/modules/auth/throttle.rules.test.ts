import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_THROTTLE,
  accountThrottleKey,
  IP_THROTTLE,
  ipThrottleKey,
  lockRemainingMinutes,
  lockRemainingMs,
  recordFailure,
  type ThrottleState,
} from './throttle.rules.js';

const t0 = new Date('2026-01-05T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function fail(times: number, start: Date, limits = ACCOUNT_THROTTLE, initial?: ThrottleState): ThrottleState | undefined {
  let state = initial;
  for (let i = 0; i < times; i++) state = recordFailure(state, new Date(start.getTime() + i * 1000), limits);
  return state;
}

describe('throttle rules', () => {
  it('locks an account for 15 minutes at the fifth failure within 15 minutes', () => {
    const four = fail(4, t0);
    expect(lockRemainingMs(four, at(1))).toBe(0);
    const five = fail(5, t0);
    expect(lockRemainingMs(five, at(1))).toBeGreaterThan(13 * 60_000);
    expect(lockRemainingMinutes(lockRemainingMs(five, new Date(t0.getTime() + 4000)))).toBe(15);
    expect(lockRemainingMs(five, at(15.1))).toBe(0);
  });

  it('locks an address at the thirtieth failure', () => {
    expect(lockRemainingMs(fail(29, t0, IP_THROTTLE), at(1))).toBe(0);
    expect(lockRemainingMs(fail(30, t0, IP_THROTTLE), at(1))).toBeGreaterThan(0);
  });

  it('forgets failures older than the window', () => {
    const four = fail(4, t0);
    const later = recordFailure(four, at(16), ACCOUNT_THROTTLE);
    expect(later).toEqual({ failures: 1, windowStartedAt: at(16), lockedUntil: null });
  });

  it('does not count or extend anything while locked', () => {
    const locked = fail(5, t0);
    expect(recordFailure(locked, at(5), ACCOUNT_THROTTLE)).toBe(locked);
  });

  it('starts counting afresh once a lock ends', () => {
    const locked = fail(5, t0);
    const after = recordFailure(locked, at(16), ACCOUNT_THROTTLE);
    expect(after.failures).toBe(1);
    expect(after.lockedUntil).toBeNull();
  });

  it('never shows "0 minutes" while locked', () => {
    expect(lockRemainingMinutes(1)).toBe(1);
    expect(lockRemainingMinutes(60_001)).toBe(2);
  });

  it('keys accounts case-insensitively and addresses as given', () => {
    expect(accountThrottleKey(' NguyenVanA ')).toBe('acct:nguyenvana');
    expect(ipThrottleKey('10.0.0.1')).toBe('ip:10.0.0.1');
  });

  it('never unlocks early and never locks longer than one period (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120_000 }), { maxLength: 60 }), (gaps) => {
        let now = t0.getTime();
        let state: ThrottleState | undefined;
        for (const gap of gaps) {
          now += gap;
          const before = state;
          state = recordFailure(state, new Date(now), ACCOUNT_THROTTLE);
          const lockedBefore = before?.lockedUntil?.getTime() ?? 0;
          // Once locked until L, no failure before L moves L (earlier or later).
          if (lockedBefore > now) expect(state.lockedUntil?.getTime()).toBe(lockedBefore);
          expect(lockRemainingMs(state, new Date(now))).toBeLessThanOrEqual(ACCOUNT_THROTTLE.lockMinutes * 60_000);
        }
      }),
    );
  });

  it('locks whenever five failures fall within one window with no lock in between (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200_000 }), { minLength: 5, maxLength: 5 }), (gaps) => {
        const span = gaps.slice(1).reduce((a, b) => a + b, 0);
        fc.pre(span < ACCOUNT_THROTTLE.windowMinutes * 60_000);
        let now = t0.getTime();
        let state: ThrottleState | undefined;
        for (const gap of gaps) {
          now += gap;
          state = recordFailure(state, new Date(now), ACCOUNT_THROTTLE);
        }
        expect(lockRemainingMs(state, new Date(now))).toBe(ACCOUNT_THROTTLE.lockMinutes * 60_000);
      }),
    );
  });
});
