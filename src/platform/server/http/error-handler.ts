import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, CommonErrors, type ErrorBody } from '../../../shared/app-error.js';
import { requestLocale } from './request-locale.js';

/** Fastify's own errors that are the caller's fault, mapped to ours. */
const FASTIFY_CODES: Record<string, () => AppError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => CommonErrors.MALFORMED_JSON(),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => CommonErrors.MALFORMED_JSON(),
  FST_ERR_CTP_BODY_TOO_LARGE: () => CommonErrors.PAYLOAD_TOO_LARGE(),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => CommonErrors.UNSUPPORTED_MEDIA_TYPE(),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => CommonErrors.MALFORMED_JSON(),
};

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // Anything can be thrown, null included.
  const fe = (typeof error === 'object' && error !== null ? error : {}) as Partial<FastifyError>;
  const mapped = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (mapped) return mapped();
  if (error instanceof SyntaxError && fe.statusCode === 400) return CommonErrors.MALFORMED_JSON();
  if (fe.statusCode === 413) return CommonErrors.PAYLOAD_TOO_LARGE();
  if (fe.statusCode === 415) return CommonErrors.UNSUPPORTED_MEDIA_TYPE();
  if (fe.statusCode === 429) return CommonErrors.RATE_LIMITED();
  // A library that knows the client is at fault (a truncated multipart body, a bad header) says so
  // with a 4xx status: answer 400, not 500. The client's fault is never logged as a server error.
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) return CommonErrors.BAD_REQUEST();
  return CommonErrors.INTERNAL();
}

/** The one error handler: `{ error: { code, message, details } }`; a 5xx never shows internals. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) req.log.error({ err: error }, 'unhandled error');
    else req.log.info({ code: appError.code }, 'request refused');
    const locale = req.actor?.locale ?? requestLocale(req);
    const base = appError.messages[locale];
    const fields = appError.details.filter((d) => d.field).slice(0, 3);
    const message = fields.length > 0 ? `${base}: ${fields.map((d) => `${d.field} — ${d.message}`).join('; ')}` : base;
    const body: ErrorBody = { error: { code: appError.code, message, details: [...appError.details] } };
    return reply.status(appError.status).send(body);
  });
}
