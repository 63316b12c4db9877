// An endpoint's `logLevel` reaches its Fastify route: a quiet route writes no request lines at info, and
// its server errors are still logged; a route without one logs as the server does.
import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEndpoint } from '../../../shared/endpoint.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { route } from './bind-endpoint.js';
import type { AppDeps } from './deps.js';
import { installErrorHandler } from './error-handler.js';

interface LogLine {
  readonly level: number;
  readonly msg?: string;
}

/** pino's numeric levels. */
const INFO = 30;
const ERROR = 50;

const lines: LogLine[] = [];
const stream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const l of chunk.toString('utf8').split('\n')) if (l.startsWith('{')) lines.push(JSON.parse(l) as LogLine);
    done();
  },
});

const endpoint = (name: string, path: string, logLevel?: 'warn') =>
  defineEndpoint({
    name,
    method: 'GET',
    path,
    tag: 'test',
    access: 'public',
    summary: name,
    response: z.object({ ok: z.boolean() }),
    ...(logLevel ? { logLevel } : {}),
  });

describe('route log level', () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = Fastify({ logger: { level: 'info', stream } });
    installErrorHandler(app);
    app.decorateRequest('actor', null as never);
    app.addHook('onRequest', async (req) => {
      req.actor = { kind: 'anonymous', locale: 'vi' };
    });
    const deps: AppDeps = { db: null as unknown as Db, dbKind: 'pglite', config: {} as Config, now: () => new Date() };
    route(app, deps, endpoint('loud', '/loud'), async () => ({ ok: true }));
    route(app, deps, endpoint('quiet', '/quiet', 'warn'), async () => ({ ok: true }));
    route(app, deps, endpoint('quietFails', '/quiet-fails', 'warn'), async () => {
      throw new Error('boom');
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(() => {
    lines.length = 0;
  });

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('a route without a level logs its requests at info', async () => {
    const res = await get('/loud');
    expect(res.statusCode).toBe(200);
    expect(lines.filter((l) => l.level === INFO).map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
  });

  it('a quiet route writes nothing for a request that succeeds', async () => {
    const res = await get('/quiet');
    expect(res.statusCode).toBe(200);
    expect(lines).toEqual([]);
  });

  it('a quiet route still logs its server errors', async () => {
    const res = await get('/quiet-fails');
    expect(res.statusCode).toBe(500);
    expect(lines.map((l) => [l.level, l.msg])).toEqual([[ERROR, 'unhandled error']]);
  });
});
