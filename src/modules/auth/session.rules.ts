import type { Locale } from '../../shared/app-error.js';
import type { SessionStage } from '../../platform/server/auth/actor.js';

/** A session ends after this long without a request (OWASP ASVS 3.3: idle timeout). */
export const SESSION_IDLE_MINUTES = 60;
/** …and after this long whatever happens (ASVS 3.3.2: absolute timeout). */
export const SESSION_ABSOLUTE_HOURS = 12;
/** Sliding expiry is written at most this often, so reads do not each cost a write. */
export const SESSION_TOUCH_SECONDS = 60;

export interface SessionTimes {
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
}

export function isSessionAlive(s: SessionTimes, now: Date): boolean {
  const absoluteEnd = s.createdAt.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000;
  return now.getTime() < s.expiresAt.getTime() && now.getTime() < absoluteEnd;
}

export function nextExpiry(createdAt: Date, now: Date): Date {
  const idle = now.getTime() + SESSION_IDLE_MINUTES * 60_000;
  const absolute = createdAt.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000;
  return new Date(Math.min(idle, absolute));
}

export function needsTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= SESSION_TOUCH_SECONDS * 1000;
}

/**
 * What a session still owes, in order: the second factor when the account has one; a new password
 * after an administrator reset; two-factor enrolment when administrators must have it.
 */
export function sessionStage(input: {
  mfaPassed: boolean;
  mfaEnabled: boolean;
  mustChangePassword: boolean;
  isAdministrator: boolean;
  requireAdminMfa: boolean;
}): SessionStage {
  if (input.mfaEnabled && !input.mfaPassed) return 'mfa';
  if (input.mustChangePassword) return 'change-password';
  if (input.requireAdminMfa && input.isAdministrator && !input.mfaEnabled) return 'enrol-mfa';
  return 'ready';
}

/**
 * The language to answer in: English when the switch (cookie) says so or the account chose it.
 * The switch writes both (setLocale), so they only differ on a new device.
 */
export function effectiveLocale(requested: Locale, stored: Locale): Locale {
  return requested === 'en' || stored === 'en' ? 'en' : 'vi';
}
