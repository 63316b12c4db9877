import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '../../../shared/app-error.js';
import { LANG_COOKIE, SESSION_COOKIE } from '../../../platform/server/auth/cookies.js';
import type { Config } from '../../../platform/server/config.js';

/** The language choice outlives sessions: one year. */
const LANG_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

/** Secure when configured, or automatically when this request came over HTTPS. */
export function isSecureRequest(config: Config, req: FastifyRequest): boolean {
  return config.secureCookies === true || (config.secureCookies === 'auto' && req.protocol === 'https');
}

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no cross-site request carries
 * it), no Max-Age (it ends with the browser; the server enforces idle and absolute limits).
 */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure });
}

/** Readable by the page (not HttpOnly) so the web app can pick its language before any request. */
export function setLangCookie(reply: FastifyReply, locale: Locale, secure: boolean): void {
  reply.setCookie(LANG_COOKIE, locale, {
    path: '/',
    httpOnly: false,
    sameSite: 'strict',
    secure,
    maxAge: LANG_COOKIE_MAX_AGE_SECONDS,
  });
}
