import { describe, expect, it } from 'vitest';
import {
  effectiveLocale,
  isSessionAlive,
  needsTouch,
  nextExpiry,
  SESSION_ABSOLUTE_HOURS,
  SESSION_IDLE_MINUTES,
  sessionStage,
} from './session.rules.js';

const t0 = new Date('2026-03-02T01:00:00Z');
const plus = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('session rules', () => {
  it('ends a session after the idle timeout and after the absolute timeout', () => {
    const expiresAt = nextExpiry(t0, t0);
    expect(expiresAt).toEqual(plus(SESSION_IDLE_MINUTES));
    expect(isSessionAlive({ createdAt: t0, lastSeenAt: t0, expiresAt }, plus(59))).toBe(true);
    expect(isSessionAlive({ createdAt: t0, lastSeenAt: t0, expiresAt }, plus(60))).toBe(false);
    const late = plus(SESSION_ABSOLUTE_HOURS * 60 - 10);
    expect(nextExpiry(t0, late)).toEqual(plus(SESSION_ABSOLUTE_HOURS * 60));
    expect(isSessionAlive({ createdAt: t0, lastSeenAt: late, expiresAt: plus(10_000) }, plus(SESSION_ABSOLUTE_HOURS * 60))).toBe(
      false,
    );
  });

  it('touches the expiry at most once a minute', () => {
    expect(needsTouch(t0, plus(0.5))).toBe(false);
    expect(needsTouch(t0, plus(1))).toBe(true);
  });

  it('asks for the code first, then a new password, then enrolment for administrators', () => {
    const base = { mfaPassed: false, mfaEnabled: true, mustChangePassword: true, isAdministrator: true, requireAdminMfa: true };
    expect(sessionStage(base)).toBe('mfa');
    expect(sessionStage({ ...base, mfaPassed: true })).toBe('change-password');
    expect(sessionStage({ ...base, mfaEnabled: false, mustChangePassword: false })).toBe('enrol-mfa');
    expect(sessionStage({ ...base, mfaEnabled: false, mustChangePassword: false, requireAdminMfa: false })).toBe('ready');
    expect(sessionStage({ ...base, mfaEnabled: false, mustChangePassword: false, isAdministrator: false })).toBe('ready');
  });

  it('answers in English when either the switch or the account says so', () => {
    expect(effectiveLocale('vi', 'vi')).toBe('vi');
    expect(effectiveLocale('en', 'vi')).toBe('en');
    expect(effectiveLocale('vi', 'en')).toBe('en');
  });
});
