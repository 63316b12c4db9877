import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../../../platform/server/auth/cookies.js';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import { ensureAnonymousCsrf } from '../../../platform/server/http/csrf.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { requestLocale } from '../../../platform/server/http/request-locale.js';
import { authEndpoints as E } from '../auth.contract.js';
import { registerAccountRoutes } from './accounts.routes.js';
import { clientInfo, OK } from './auth-call.js';
import { registerGrantRoutes } from './grants.routes.js';
import { login } from './login.service.js';
import { registerMfaRoutes } from './mfa.routes.js';
import { changePassword } from './password.service.js';
import { clearSessionCookie, isSecureRequest, setLangCookie, setSessionCookie } from './session-cookie.js';
import { hashSessionToken, SESSION_TOKEN_PATTERN } from './session-token.js';
import { getAccountSession, logout, logoutEverywhere, saveLocale } from './session.service.js';

/** Every auth endpoint: sessions here, then two-factor, accounts and grants. */
export function registerAuthRoutes(app: FastifyInstance, deps: AppDeps): void {
  const secure = (req: FastifyRequest) => isSecureRequest(deps.config, req);

  // Public endpoints read `req.actor`: the handler's `actor` is typed as signed in, which holds only
  // for non-public endpoints (the endpoint's `access` is not kept as a literal type).
  route(app, deps, E.getSession, async ({ req, reply }) => {
    const actor = req.actor;
    if (actor.kind === 'account') return getAccountSession(deps, actor);
    // A cookie naming a session that is gone: drop it, so the browser stops sending it.
    if (actor.expired) clearSessionCookie(reply, secure(req));
    return { account: null, csrfToken: ensureAnonymousCsrf(req, reply, secure(req)) };
  });

  route(app, deps, E.login, async ({ body, req, reply, audit }) => {
    const signedIn = await login(
      deps,
      audit,
      { ...body, previousSessionId: previousSessionId(req), locale: requestLocale(req) },
      clientInfo(req),
    );
    setSessionCookie(reply, signedIn.token, secure(req));
    return signedIn.session;
  });

  route(app, deps, E.changePassword, async (ctx) => changePassword(ctx, ctx.body, clientInfo(ctx.req)));

  route(app, deps, E.logout, async ({ actor, req, reply }) => {
    await logout(deps, actor);
    clearSessionCookie(reply, secure(req));
    return OK;
  });

  route(app, deps, E.logoutEverywhere, async (ctx) => {
    await logoutEverywhere(ctx);
    clearSessionCookie(ctx.reply, secure(ctx.req));
    return OK;
  });

  route(app, deps, E.setLocale, async ({ audit, body, req, reply }) => {
    setLangCookie(reply, body.locale, secure(req));
    const actor = req.actor;
    if (actor.kind === 'account') await saveLocale({ deps, actor, audit }, body.locale);
    return OK;
  });

  registerMfaRoutes(app, deps);
  registerAccountRoutes(app, deps);
  registerGrantRoutes(app, deps);
}

/** The session the browser held before signing in (even an expired one), so login can end it. */
function previousSessionId(req: FastifyRequest): string | null {
  const token = req.cookies[SESSION_COOKIE];
  return token && SESSION_TOKEN_PATTERN.test(token) ? hashSessionToken(token) : null;
}
