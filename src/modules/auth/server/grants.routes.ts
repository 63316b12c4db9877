import type { FastifyInstance } from 'fastify';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { authEndpoints as E } from '../auth.contract.js';
import { OK } from './auth-call.js';
import { createGrant, revokeGrant } from './grants.service.js';

export function registerGrantRoutes(app: FastifyInstance, deps: AppDeps): void {
  route(app, deps, E.createGrant, async (ctx) => createGrant(ctx, ctx.body));
  route(app, deps, E.revokeGrant, async (ctx) => {
    await revokeGrant(ctx, ctx.params.id);
    return OK;
  });
}
