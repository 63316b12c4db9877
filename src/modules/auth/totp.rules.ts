import { createHmac, timingSafeEqual } from 'node:crypto';
import { decodeBase32, encodeBase32 } from './base32.rules.js';

/**
 * One-time codes: HOTP (RFC 4226) and TOTP (RFC 6238). Pure and deterministic — the clock and the
 * secret are arguments; node:crypto supplies only the HMAC.
 */
export type TotpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

/** RFC 6238 §5.2 recommends a 30-second time step. */
export const TOTP_STEP_SECONDS = 30;
/** Authenticator apps show 6 digits by default (RFC 4226 §5.3 requires at least 6). */
export const TOTP_DIGITS = 6;
/** RFC 6238 §5.2: accept at most one step either side, for clock drift and typing time. */
export const TOTP_WINDOW_STEPS = 1;
/** RFC 4226 §4 R6: at least 128 bits of secret, 160 recommended — 20 bytes. */
export const TOTP_SECRET_BYTES = 20;
export const TOTP_ISSUER = 'Merit';

export interface TotpOptions {
  readonly algorithm?: TotpAlgorithm;
  readonly digits?: 6 | 7 | 8;
  readonly stepSeconds?: number;
}

/** RFC 4226 §5.3: HMAC over the 8-byte big-endian counter, dynamic truncation, modulo 10^digits. */
export function hotp(key: Uint8Array, counter: number, digits: 6 | 7 | 8 = 6, algorithm: TotpAlgorithm = 'SHA1'): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm.toLowerCase(), key).update(message).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** RFC 6238 §4.2: T = floor((now − T0) / X) with T0 = the Unix epoch. */
export function totpStep(now: Date, stepSeconds = TOTP_STEP_SECONDS): number {
  return Math.floor(now.getTime() / 1000 / stepSeconds);
}

export function totp(key: Uint8Array, now: Date, options: TotpOptions = {}): string {
  return hotp(key, totpStep(now, options.stepSeconds), options.digits ?? TOTP_DIGITS, options.algorithm ?? 'SHA1');
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'invalid' | 'replayed' };

/**
 * Checks a code against the steps around `now` (± TOTP_WINDOW_STEPS). A code whose step is not after
 * `lastUsedStep` is refused as replayed (RFC 6238 §5.2: a verifier must not accept the same OTP twice).
 * Every candidate is compared, in constant time, so timing says nothing about which step matched.
 */
export function verifyTotp(
  key: Uint8Array,
  code: string,
  now: Date,
  lastUsedStep: number | null,
  options: TotpOptions = {},
): TotpCheck {
  const digits = options.digits ?? TOTP_DIGITS;
  const algorithm = options.algorithm ?? 'SHA1';
  // The format is no secret, so it may be checked early; the digits are compared in constant time.
  if (code.length !== digits || !/^\d+$/.test(code)) return { ok: false, reason: 'invalid' };
  const given = Buffer.from(code);
  const current = totpStep(now, options.stepSeconds);
  let matched: number | null = null;
  for (let step = current - TOTP_WINDOW_STEPS; step <= current + TOTP_WINDOW_STEPS; step++) {
    const equal = timingSafeEqual(given, Buffer.from(hotp(key, step, digits, algorithm)));
    if (equal && matched === null) matched = step;
  }
  if (matched === null) return { ok: false, reason: 'invalid' };
  if (lastUsedStep !== null && matched <= lastUsedStep) return { ok: false, reason: 'replayed' };
  return { ok: true, step: matched };
}

/**
 * The enrolment link authenticator apps read from the QR code (Google Authenticator Key Uri
 * Format): `otpauth://totp/Issuer:account?secret=…&issuer=Issuer&algorithm=SHA1&digits=6&period=30`.
 */
export function otpauthUri(input: { secret: Uint8Array; accountName: string; issuer?: string }): string {
  const issuer = input.issuer ?? TOTP_ISSUER;
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(input.accountName)}`;
  const query = new URLSearchParams({
    secret: encodeBase32(input.secret),
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  });
  return `otpauth://totp/${label}?${query.toString()}`;
}

/** The current code for a stored (base32) secret; undefined when the secret is not valid base32. */
export function totpForSecret(secretBase32: string, now: Date): string | undefined {
  const key = decodeBase32(secretBase32);
  return key && totp(key, now);
}
