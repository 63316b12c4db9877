import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CommonErrors, defineErrors, type ErrorDetail } from '../../../shared/app-error.js';
import type { AnyEndpoint, EndpointParsed, EndpointResult } from '../../../shared/endpoint.js';
import type { AccountActor, Actor } from '../auth/actor.js';
import type { AuditContext } from '../audit/audit-log.js';
import { scheduleAuditChaining } from '../audit/audit-chainer.js';
import { checkCsrf } from './csrf.js';
import type { AppDeps } from './deps.js';
import { parseWithLocale } from './zod-issues.js';

export type HandlerContext<E extends AnyEndpoint, A extends Actor> = EndpointParsed<E> & {
  readonly actor: A;
  readonly req: FastifyRequest;
  readonly reply: FastifyReply;
  readonly audit: AuditContext;
  readonly deps: AppDeps;
};

type ActorFor<E extends AnyEndpoint> = E['access'] extends 'public' ? Actor : AccountActor;

export type Handler<E extends AnyEndpoint> = (ctx: HandlerContext<E, ActorFor<E>>) => Promise<EndpointResult<E>>;

/** Every endpoint bound so far, per app: the OpenAPI document and the authorization matrix read it. */
const registries = new WeakMap<FastifyInstance, AnyEndpoint[]>();
export function boundEndpoints(app: FastifyInstance): readonly AnyEndpoint[] {
  return registries.get(app) ?? [];
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Binds an endpoint definition to a handler: validates params, query and body with the contract
 * (messages in the caller's language), enforces the access level and CSRF, and checks the result
 * against the response schema. The handler itself stays a few lines (STYLE §6).
 */
export function route<E extends AnyEndpoint>(app: FastifyInstance, deps: AppDeps, endpoint: E, handler: Handler<E>): void {
  register(app, endpoint);
  bind(app, deps, endpoint, handler);
}

export interface UploadLimits {
  /** The largest file accepted, in bytes. */
  readonly maxFileBytes: number;
}

/**
 * Binds an upload endpoint (`upload: true`): like `route()` (access, CSRF, params and query, OpenAPI,
 * matrix), with `multipart/form-data` accepted for this route only (one file, size capped). Access
 * and CSRF are checked before the file is read; the handler reads it with `readUpload(req)`.
 */
export function uploadRoute<E extends AnyEndpoint>(
  app: FastifyInstance,
  deps: AppDeps,
  endpoint: E,
  limits: UploadLimits,
  handler: Handler<E>,
): void {
  if (!endpoint.upload || endpoint.body) throw new Error(`${endpoint.name}: an upload endpoint has no JSON body`);
  register(app, endpoint);
  void app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { files: 1, fileSize: limits.maxFileBytes, fields: 10, fieldSize: 64 * 1024, parts: 12 },
    });
    bind(scope, deps, endpoint, handler);
  });
}

export interface UploadedFile {
  readonly fileName: string;
  readonly buffer: Buffer;
}

/** The uploaded file of an `uploadRoute` request: 415 when not multipart, 413 over the limit, 400 without a file. */
export async function readUpload(req: FastifyRequest): Promise<UploadedFile> {
  if (!req.isMultipart()) throw CommonErrors.UNSUPPORTED_MEDIA_TYPE();
  let part;
  try {
    part = await req.file();
  } catch (error) {
    throw uploadError(error);
  }
  if (!part) throw CommonErrors.VALIDATION_FAILED([{ field: 'file', message: missingFile(req) }]);
  try {
    const buffer = await part.toBuffer();
    return { fileName: part.filename, buffer };
  } catch (error) {
    throw uploadError(error);
  }
}

function missingFile(req: FastifyRequest): string {
  return req.actor.locale === 'en' ? 'Choose a file to upload' : 'Hãy chọn tệp để tải lên';
}

function uploadError(error: unknown) {
  const code = (error as { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT')
    return CommonErrors.PAYLOAD_TOO_LARGE();
  return error;
}

function register(app: FastifyInstance, endpoint: AnyEndpoint): void {
  const list = registries.get(app) ?? [];
  list.push(endpoint);
  registries.set(app, list);
}

function bind<E extends AnyEndpoint>(app: FastifyInstance, deps: AppDeps, endpoint: E, handler: Handler<E>): void {
  if (endpoint.stateless && endpoint.access !== 'public')
    throw new Error(`${endpoint.name}: a stateless endpoint must be public`);
  app.route({
    method: endpoint.method,
    url: endpoint.path,
    config: { stateless: endpoint.stateless === true },
    ...(endpoint.logLevel ? { logLevel: endpoint.logLevel } : {}),
    handler: async (req, reply) => {
      const actor = req.actor;
      enforceAccess(endpoint, actor);
      // A stateless endpoint reads no cookie, so no ambient credential for CSRF to abuse: its body is its authority.
      if (WRITE_METHODS.has(endpoint.method) && !endpoint.stateless) checkCsrf(req, actor);

      const details: ErrorDetail[] = [];
      const parsed: Record<'params' | 'query' | 'body', unknown> = { params: undefined, query: undefined, body: undefined };
      for (const part of ['params', 'query', 'body'] as const) {
        const schema = endpoint[part];
        if (!schema) continue;
        const raw = part === 'params' ? req.params : part === 'query' ? req.query : (req.body ?? {});
        const result = parseWithLocale(schema, raw, actor.locale, part);
        if (result.ok) parsed[part] = result.data;
        else details.push(...result.details);
      }
      if (details.length > 0) throw CommonErrors.VALIDATION_FAILED(details);

      const ctx = {
        ...(parsed as EndpointParsed<E>),
        actor: actor as ActorFor<E>,
        req,
        reply,
        deps,
        audit: { actor, requestId: req.id, now: deps.now },
      } as HandlerContext<E, ActorFor<E>>;
      let result: unknown;
      try {
        result = await handler(ctx);
      } finally {
        // The write has committed (or rolled back): its audit events are linked into the chain soon, off
        // this request's path (ADR 014).
        if (WRITE_METHODS.has(endpoint.method)) linkAuditSoon(deps, req);
      }
      if (endpoint.file) return reply.send(result);
      reply.status(endpoint.status ?? 200);
      return endpoint.response.parse(result);
    },
  });
}

/** Best effort: events left unlinked are linked by the next run or before the chain is read. */
function linkAuditSoon(deps: AppDeps, req: FastifyRequest): void {
  scheduleAuditChaining(deps.db, (error) =>
    req.log.warn({ err: error }, 'audit: linking events into the chain failed; the next write retries'),
  );
}

function enforceAccess(endpoint: AnyEndpoint, actor: Actor): void {
  if (endpoint.access === 'public') return;
  if (actor.kind !== 'account') throw actor.expired ? CommonErrors.SESSION_EXPIRED() : CommonErrors.UNAUTHENTICATED();
  if (endpoint.access === 'session' && actor.stage !== 'ready') throw SessionStageErrors[actor.stage]();
}

const SessionStageErrors = defineErrors({
  mfa: { status: 401, vi: 'Vui lòng nhập mã xác thực hai lớp để tiếp tục', en: 'Enter your two-factor code to continue' },
  'enrol-mfa': {
    status: 403,
    vi: 'Tài khoản quản trị phải bật xác thực hai lớp trước khi làm việc',
    en: 'Administrator accounts must set up two-factor authentication first',
  },
  'change-password': {
    status: 403,
    vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục',
    en: 'You must change your password before continuing',
  },
});
