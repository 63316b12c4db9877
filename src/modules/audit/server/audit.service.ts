import { chainPendingAudit } from '../../../platform/server/audit/audit-chainer.js';
import { CommonErrors } from '../../../shared/app-error.js';
import { pageOffset } from '../../../shared/pagination.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { scopePaths } from '../../../platform/server/auth/scope.js';
import type { Db } from '../../../platform/server/db/database.js';
import { verifyAuditChain } from '../../../platform/server/audit/verify-audit.js';
import type { AuditEvent, AuditVerification, ListAuditQuery } from '../audit.contract.js';
import { AUDIT_READER_ROLES, canListAuditEvents, canReadUnitAudit, canSeeSystemEvents, canVerifyAudit } from '../audit.policy.js';
import { countAuditEvents, findUnitPath, listAuditEventRows, type AuditScope } from './audit.queries.js';

export interface AuditPage {
  items: AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
}

export async function listAuditEvents(db: Db, actor: AccountActor, query: ListAuditQuery): Promise<AuditPage> {
  if (!canListAuditEvents(actor)) throw CommonErrors.FORBIDDEN();
  await chainPendingAudit(db); // events written outside a request (start-up, CLI) are linked before they are shown
  let scope: AuditScope = {
    paths: scopePaths(actor, AUDIT_READER_ROLES),
    includeSystem: canSeeSystemEvents(actor),
  };
  if (query.unitId !== undefined) {
    const path = await findUnitPath(db, query.unitId);
    // Outside the reader's scope is indistinguishable from not existing.
    if (path === undefined || !canReadUnitAudit(actor, path)) throw CommonErrors.NOT_FOUND();
    scope = { paths: [path], includeSystem: false };
  }
  const filters = {
    actor: query.actor?.trim().toLowerCase(),
    entityType: query.entityType?.trim(),
    entityId: query.entityId?.trim(),
    action: query.action?.trim(),
    from: query.from,
    to: query.to,
  };
  const [total, items] = await Promise.all([
    countAuditEvents(db, scope, filters),
    listAuditEventRows(db, scope, filters, { limit: query.pageSize, offset: pageOffset(query) }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function verifyAudit(db: Db, actor: AccountActor): Promise<AuditVerification> {
  if (!canVerifyAudit(actor)) throw CommonErrors.FORBIDDEN();
  const result = await verifyAuditChain(db);
  return result.ok
    ? { ok: true, events: result.events, brokenEventId: null, reason: null }
    : { ok: false, events: result.events, brokenEventId: result.brokenEventId, reason: result.reason };
}
