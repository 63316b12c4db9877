import type { FastifyInstance } from 'fastify';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { authEndpoints as E } from '../auth.contract.js';
import { clientInfo } from './auth-call.js';
import { confirmMfaEnrolment, startMfaEnrolment, verifyMfa } from './mfa.service.js';
import { isSecureRequest, setSessionCookie } from './session-cookie.js';

export function registerMfaRoutes(app: FastifyInstance, deps: AppDeps): void {
  route(app, deps, E.verifyMfa, async (ctx) => {
    const signedIn = await verifyMfa(ctx, ctx.body.code, clientInfo(ctx.req));
    setSessionCookie(ctx.reply, signedIn.token, isSecureRequest(deps.config, ctx.req));
    return signedIn.session;
  });

  route(app, deps, E.startMfaEnrolment, async (ctx) => startMfaEnrolment(ctx));

  route(app, deps, E.confirmMfaEnrolment, async (ctx) => {
    const signedIn = await confirmMfaEnrolment(ctx, ctx.body.code, clientInfo(ctx.req));
    setSessionCookie(ctx.reply, signedIn.token, isSecureRequest(deps.config, ctx.req));
    return signedIn.session;
  });
}
