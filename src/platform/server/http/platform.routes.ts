import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { defineEndpoint } from '../../../shared/endpoint.js';
import { pingDatabase } from '../db/database.js';
import { boundEndpoints, route } from './bind-endpoint.js';
import type { AppDeps } from './deps.js';
import { buildOpenApi } from './openapi.js';

export const platformEndpoints = {
  getHealth: defineEndpoint({
    name: 'getHealth',
    method: 'GET',
    path: '/api/health',
    tag: 'platform',
    access: 'public',
    summary: 'Tình trạng máy chủ và cơ sở dữ liệu',
    response: z.object({
      status: z.enum(['ok', 'degraded']),
      database: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.boolean() }),
      version: z.string(),
    }),
  }),
} as const;

export const MERIT_VERSION = '0.1.0';

export function registerPlatformRoutes(app: FastifyInstance, deps: AppDeps): void {
  route(app, deps, platformEndpoints.getHealth, async ({ reply }) => {
    const ok = await pingDatabase(deps.db);
    if (!ok) reply.status(503);
    return { status: ok ? ('ok' as const) : ('degraded' as const), database: { kind: deps.dbKind, ok }, version: MERIT_VERSION };
  });
}

/**
 * OpenAPI at /api/openapi.json and the docs UI at /api/docs. Call after every module has bound its
 * routes: the document is built from the endpoints bound so far.
 */
export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  const document = buildOpenApi(boundEndpoints(app), MERIT_VERSION);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => document);
  await app.register(swagger, { mode: 'static', specification: { document: document as never } });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { docExpansion: 'list', deepLinking: false },
  });
}
