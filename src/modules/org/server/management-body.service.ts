import { CommonErrors } from '../../../shared/app-error.js';
import { cleanText } from '../../../shared/vi-text.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { ManagementBody } from '../org.contract.js';
import { checkCloseManagementBody, checkCreateManagementBody, dayBefore } from '../org.rules.js';
import { requireEditableUnit, throwIfRefused } from './org-access.js';
import {
  closeManagementBodyRow,
  findManagementBody,
  insertManagementBody,
  listOpenManagementBodies,
} from './management-body.queries.js';
import { writeAuthority, type RecordOptions } from './unit-audit.js';
import { findUnitForUpdate, type UnitRecord } from './unit.queries.js';
import { insertUnitEvent, lockOrgTree } from './unit-write.queries.js';

export interface CreateManagementBodyRecordInput {
  readonly unitId: number;
  readonly kind: ManagementBody['kind'];
  readonly name: string;
  readonly validFrom: string;
}

/** Adds a management body (what "diện quản lý" points to). No policy check: callers have done it. */
export async function createManagementBodyRecord(
  db: Db,
  audit: AuditContext,
  input: CreateManagementBodyRecordInput,
  options: RecordOptions = {},
): Promise<ManagementBody> {
  await lockOrgTree(db);
  const unit = await findUnitForUpdate(db, input.unitId);
  if (!unit) throw CommonErrors.NOT_FOUND();
  throwIfRefused(checkCreateManagementBody(unit, input.validFrom));
  const body = await insertManagementBody(db, { ...input, name: cleanText(input.name) });
  await insertUnitEvent(db, audit, { unitId: unit.id, kind: 'body-created', effectiveDate: body.validFrom, after: body });
  await recordAudit(db, audit, {
    action: 'org.body.create',
    entityType: 'management_body',
    entityId: body.id,
    unitId: unit.id,
    authority: options.authority ?? null,
    after: body,
  });
  return body;
}

/** Ends a management body on `validTo` (its last day). */
export async function closeManagementBodyRecord(
  db: Db,
  audit: AuditContext,
  input: { readonly bodyId: number; readonly validTo: string },
  options: RecordOptions = {},
): Promise<ManagementBody> {
  await lockOrgTree(db);
  const before = await findManagementBody(db, input.bodyId, { forUpdate: true });
  if (!before) throw CommonErrors.NOT_FOUND();
  throwIfRefused(checkCloseManagementBody(before, input.validTo));
  const after = await closeManagementBodyRow(db, before.id, input.validTo);
  await insertUnitEvent(db, audit, { unitId: after.unitId, kind: 'body-closed', effectiveDate: input.validTo, before, after });
  await recordAudit(db, audit, {
    action: 'org.body.close',
    entityType: 'management_body',
    entityId: after.id,
    unitId: after.unitId,
    authority: options.authority ?? null,
    before,
    after,
  });
  return after;
}

/**
 * A unit that ends (merged, dissolved) takes its open bodies with it: they close the day before the
 * change (never before they began). Recorded in the unit's history; the caller audits the whole change.
 */
export async function closeBodiesOfEndingUnit(
  db: Db,
  audit: AuditContext,
  unit: UnitRecord,
  effectiveDate: string,
  documentRef: string | null,
): Promise<number[]> {
  const open = await listOpenManagementBodies(db, unit.id);
  for (const body of open) {
    const lastDay = dayBefore(effectiveDate);
    const after = await closeManagementBodyRow(db, body.id, lastDay < body.validFrom ? body.validFrom : lastDay);
    await insertUnitEvent(db, audit, { unitId: unit.id, kind: 'body-closed', effectiveDate, documentRef, before: body, after });
  }
  return open.map((b) => b.id);
}

/** `POST /api/org/management-bodies`: authority over the unit, then the record. */
export async function createManagementBody(
  db: Db,
  actor: AccountActor,
  audit: AuditContext,
  input: CreateManagementBodyRecordInput,
): Promise<ManagementBody> {
  await lockOrgTree(db);
  const unit = await requireEditableUnit(db, actor, input.unitId);
  return createManagementBodyRecord(db, audit, input, writeAuthority(actor, [unit]));
}

/** `POST /api/org/management-bodies/:id/close`: a body is as visible as its unit. */
export async function closeManagementBody(
  db: Db,
  actor: AccountActor,
  audit: AuditContext,
  input: { readonly bodyId: number; readonly validTo: string },
): Promise<ManagementBody> {
  await lockOrgTree(db);
  const body = await findManagementBody(db, input.bodyId);
  if (!body) throw CommonErrors.NOT_FOUND();
  const unit = await requireEditableUnit(db, actor, body.unitId);
  return closeManagementBodyRecord(db, audit, input, writeAuthority(actor, [unit]));
}
