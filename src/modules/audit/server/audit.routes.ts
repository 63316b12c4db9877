import type { FastifyInstance } from 'fastify';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { auditEndpoints } from '../audit.contract.js';
import { listAuditEvents, verifyAudit } from './audit.service.js';

export function registerAuditRoutes(app: FastifyInstance, deps: AppDeps): void {
  route(app, deps, auditEndpoints.listAuditEvents, ({ actor, query }) => listAuditEvents(deps.db, actor, query));
  route(app, deps, auditEndpoints.verifyAudit, ({ actor }) => verifyAudit(deps.db, actor));
}
