import type { z } from 'zod';

/**
 * One endpoint definition, shared by the server (validation, OpenAPI, authorization matrix)
 * and the browser (typed calls). See docs/decisions/002-contracts-and-endpoint-helper.md.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * `public`: anyone (login, health). `session`: a signed-in account that is ready to work (second
 * factor passed, enrolled when required, password not expired); the service then checks the policy
 * for the resource. `any-session`: any signed-in session, even one that still owes a step
 * (two-factor code, two-factor enrolment, password change) — for the endpoints that complete it.
 */
export type Access = 'public' | 'any-session' | 'session';

type Schema = z.ZodType;

export interface Endpoint<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema = Schema,
  A extends Access = Access,
> {
  readonly name: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly access: A;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  readonly response: R;
  /** 200 unless stated. */
  readonly status?: number;
  /** The response is a file download (the `response` schema is then documentation only). */
  readonly file?: boolean;
  /**
   * Answers without reading the session (the actor is always anonymous; needs `access: 'public'`): for
   * reads keyed by an unguessable id, which must answer even while the embedded database's single
   * connection is busy with a long transaction (an import's progress).
   */
  readonly stateless?: boolean;
  /**
   * The request is `multipart/form-data` with one file (bind with `uploadRoute`); params and query
   * are validated as usual, the handler reads the file with `readUpload`.
   */
  readonly upload?: boolean;
  /**
   * The route's log level (Fastify `logLevel`), when it differs from the server's: `'warn'` for public
   * routes hit by a whole meeting room at once (voting), so that each request's info lines are skipped
   * while refusals worth a warning and server errors are still logged.
   */
  readonly logLevel?: RouteLogLevel;
}

/** Levels a route may lower its logging to (never more verbose than the server's own level). */
export type RouteLogLevel = 'warn' | 'error';

export type AnyEndpoint = Endpoint<Schema | undefined, Schema | undefined, Schema | undefined, Schema>;

export function defineEndpoint<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema = Schema,
  A extends Access = Access,
>(def: Endpoint<P, Q, B, R, A>): Endpoint<P, Q, B, R, A> {
  return def;
}

type InputOf<S> = S extends Schema ? z.input<S> : undefined;
type OutputOf<S> = S extends Schema ? z.output<S> : undefined;

/** What the browser passes to call an endpoint. */
export type EndpointInput<E> =
  E extends Endpoint<infer P, infer Q, infer B, Schema>
    ? (P extends Schema ? { params: InputOf<P> } : { params?: undefined }) &
        (Q extends Schema ? { query?: InputOf<Q> } : { query?: undefined }) &
        (B extends Schema ? { body: InputOf<B> } : { body?: undefined })
    : never;

/** What the server handler receives, after validation. */
export type EndpointParsed<E> =
  E extends Endpoint<infer P, infer Q, infer B, Schema> ? { params: OutputOf<P>; query: OutputOf<Q>; body: OutputOf<B> } : never;

export type EndpointResult<E> =
  E extends Endpoint<Schema | undefined, Schema | undefined, Schema | undefined, infer R> ? z.input<R> : never;
export type EndpointResponse<E> =
  E extends Endpoint<Schema | undefined, Schema | undefined, Schema | undefined, infer R> ? z.output<R> : never;

/** `/api/org/units/:id` + `{ id: 5 }` → `/api/org/units/5`. */
export function buildPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_, key: string) => {
    const value = params?.[key];
    if (value === undefined || value === null) throw new Error(`Missing path parameter ${key}`);
    return encodeURIComponent(String(value));
  });
}
