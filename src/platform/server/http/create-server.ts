import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Actor, ActorResolver } from '../auth/actor.js';
import { SESSION_COOKIE } from '../auth/cookies.js';
import type { Config } from '../config.js';
import { installErrorHandler } from './error-handler.js';
import { requestLocale } from './request-locale.js';
import { securityHeaders } from './security-headers.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * The HTTP ground floor: request ids, body limit, cookies, security headers, the actor on every
 * request, and the one error handler. Modules add routes with `route()`.
 */
export async function createServer(config: Config, resolveActor: ActorResolver): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
  });

  installErrorHandler(app);
  await app.register(cookie);
  const security = securityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd injects its CSS-in-JS <style> tags at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.secureCookies === true,
  });

  app.decorateRequest('actor', null as never);
  app.addHook('onRequest', async (req, reply) => {
    reply.headers(security.set);
    for (const name of security.remove) reply.removeHeader(name);
    reply.header('x-request-id', req.id);
    reply.header('cache-control', 'no-store');
    // A stateless route never reads the session (see Endpoint.stateless).
    if ((req.routeOptions.config as { stateless?: boolean } | undefined)?.stateless === true) {
      req.actor = { kind: 'anonymous', locale: requestLocale(req) };
      return;
    }
    req.actor = await resolveActor({
      sessionToken: req.cookies[SESSION_COOKIE],
      locale: requestLocale(req),
      ip: req.ip,
      userAgent: req.headers['user-agent'],
    });
  });

  // Only JSON bodies are accepted unless a route registers another parser (uploads, later).
  app.removeContentTypeParser(['text/plain']);

  return app;
}
