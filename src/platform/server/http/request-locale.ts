import type { FastifyRequest } from 'fastify';
import type { Locale } from '../../../shared/app-error.js';
import { LANG_COOKIE } from '../auth/cookies.js';

/** Vietnamese unless the user chose English with the switch (cookie) — ADR 001. */
export function requestLocale(req: FastifyRequest): Locale {
  const chosen = req.cookies[LANG_COOKIE];
  return chosen === 'en' ? 'en' : 'vi';
}
