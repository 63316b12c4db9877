import type { FastifyInstance } from 'fastify';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { authEndpoints as E } from '../auth.contract.js';
import { resetMfa, resetPassword } from './account-resets.service.js';
import { createAccount, getAccount, listAccounts, updateAccount } from './accounts.service.js';

export function registerAccountRoutes(app: FastifyInstance, deps: AppDeps): void {
  route(app, deps, E.listAccounts, async (ctx) => listAccounts(ctx, ctx.query));
  route(app, deps, E.getAccount, async (ctx) => getAccount(ctx, ctx.params.id));
  route(app, deps, E.createAccount, async (ctx) => createAccount(ctx, ctx.body));
  route(app, deps, E.updateAccount, async (ctx) => updateAccount(ctx, ctx.params.id, ctx.body));
  route(app, deps, E.resetPassword, async (ctx) => resetPassword(ctx, ctx.params.id, ctx.body.newPassword));
  route(app, deps, E.resetMfa, async (ctx) => resetMfa(ctx, ctx.params.id));
}
