import type { FastifyInstance } from 'fastify';
import { createActorResolver, registerAuthRoutes } from '../../modules/auth/index.js';
import { registerAuditRoutes } from '../../modules/audit/index.js';
import { registerCalendarRoutes } from '../../modules/calendar/index.js';
import { registerOrgRoutes } from '../../modules/org/index.js';
import { registerPeopleHooks, registerPeopleRoutes } from '../../modules/people/index.js';
import { registerReviewsRoutes } from '../../modules/reviews/index.js';
import { registerVotesRoutes } from '../../modules/votes/index.js';
import { settleAuditChaining } from '../../platform/server/audit/audit-chainer.js';
import type { Config } from '../../platform/server/config.js';
import type { DatabaseHandle } from '../../platform/server/db/database.js';
import { createServer } from '../../platform/server/http/create-server.js';
import type { AppDeps } from '../../platform/server/http/deps.js';
import { registerApiDocs, registerPlatformRoutes } from '../../platform/server/http/platform.routes.js';
import { serveWeb } from '../../platform/server/http/serve-web.js';

export interface BuildAppOptions {
  readonly config: Config;
  readonly database: DatabaseHandle;
  readonly now?: () => Date;
}

/** The composition root: plugins, then each module's routes, then docs and the web app. No logic. */
export async function buildApp({ config, database, now = () => new Date() }: BuildAppOptions): Promise<FastifyInstance> {
  const deps: AppDeps = { db: database.db, dbKind: database.kind, config, now };
  const app = await createServer(config, createActorResolver(deps));
  // Audit events still waiting to be linked into the chain are linked before the app closes (ADR 014).
  app.addHook('onClose', () => settleAuditChaining(deps.db));
  registerPlatformRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerOrgRoutes(app, deps);
  registerPeopleRoutes(app, deps);
  registerPeopleHooks();
  registerVotesRoutes(app, deps);
  registerReviewsRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerCalendarRoutes(app, deps);
  await registerApiDocs(app);
  await serveWeb(app, config.webDir);
  return app;
}
