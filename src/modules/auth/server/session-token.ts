import { createHash, randomBytes } from 'node:crypto';

/** The cookie holds a random token; the database holds only its SHA-256, so a leaked table logs no one in. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const SESSION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
