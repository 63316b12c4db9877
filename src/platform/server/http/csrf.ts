import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CommonErrors } from '../../../shared/app-error.js';
import type { Actor } from '../auth/actor.js';
import { CSRF_COOKIE, CSRF_HEADER } from '../auth/cookies.js';

/**
 * CSRF (docs/decisions/006-sessions-and-csrf.md): a signed-in session carries its own token, which
 * the page reads from `GET /api/auth/session` and sends in `x-csrf-token`; before sign-in a
 * double-submit cookie plays that part. SameSite=Strict cookies are the second line.
 */
export function checkCsrf(req: FastifyRequest, actor: Actor): void {
  const sent = req.headers[CSRF_HEADER];
  const expected = actor.kind === 'account' ? actor.csrfToken : req.cookies[CSRF_COOKIE];
  if (typeof sent !== 'string' || !expected || !safeEqual(sent, expected)) throw CommonErrors.CSRF_FAILED();
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Gives an anonymous visitor a double-submit token when they have none; returns the token. */
export function ensureAnonymousCsrf(req: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  const existing = req.cookies[CSRF_COOKIE];
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = newToken();
  reply.setCookie(CSRF_COOKIE, token, { path: '/', sameSite: 'strict', httpOnly: true, secure });
  return token;
}
