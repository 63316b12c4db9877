import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { UnitDetail } from '../org.contract.js';
import { checkMoveUnit, childPath } from '../org.rules.js';
import { assertVersion, requireEditableUnit, throwIfRefused } from './org-access.js';
import { unitSnapshot, writeAuthority, type RecordOptions } from './unit-audit.js';
import { getUnitDetail } from './unit-detail.service.js';
import { findUnitForUpdate, getUnit, type UnitRecord } from './unit.queries.js';
import { insertUnitEvent, lockOrgTree, rewriteSubtreePaths } from './unit-write.queries.js';

export interface MoveUnitRecordInput {
  readonly unitId: number;
  readonly newParentId: number;
  readonly effectiveDate: string;
  readonly documentRef?: string | null | undefined;
  readonly version?: number | undefined;
}

/** Moves a unit and its whole subtree under a new parent: every path below is rewritten at once. */
export async function moveUnitRecord(
  db: Db,
  audit: AuditContext,
  input: MoveUnitRecordInput,
  options: RecordOptions = {},
): Promise<UnitRecord> {
  await lockOrgTree(db);
  const unit = await findUnitForUpdate(db, input.unitId);
  const newParent = await findUnitForUpdate(db, input.newParentId);
  if (!unit || !newParent) throw CommonErrors.NOT_FOUND();
  assertVersion(unit, input.version);
  throwIfRefused(checkMoveUnit(unit, newParent, unit.parentId, input.effectiveDate));
  const moved = await rewriteSubtreePaths(db, unit.path, childPath(newParent.path, unit.id));
  await db
    .updateTable('org_units')
    .set((eb) => ({ parent_id: newParent.id, version: eb('version', '+', 1), updated_at: audit.now() }))
    .where('id', '=', unit.id)
    .execute();
  const after = await getUnit(db, unit.id);
  await insertUnitEvent(db, audit, {
    unitId: unit.id,
    kind: 'moved',
    effectiveDate: input.effectiveDate,
    documentRef: input.documentRef,
    relatedUnitId: newParent.id,
    before: { parentId: unit.parentId, path: unit.path },
    after: { parentId: after.parentId, path: after.path },
  });
  await recordAudit(db, audit, {
    action: 'org.unit.move',
    entityType: 'org_unit',
    entityId: unit.id,
    unitId: unit.id,
    authority: options.authority ?? null,
    before: unitSnapshot(unit),
    after: { ...unitSnapshot(after), subtreeUnitsMoved: moved },
  });
  return after;
}

/** `POST /api/org/units/:id/move`: authority over the unit and over its new parent. */
export async function moveUnit(
  db: Db,
  actor: AccountActor,
  audit: AuditContext,
  input: MoveUnitRecordInput,
): Promise<UnitDetail> {
  await lockOrgTree(db);
  const unit = await requireEditableUnit(db, actor, input.unitId);
  const newParent = await requireEditableUnit(db, actor, input.newParentId);
  await moveUnitRecord(db, audit, input, writeAuthority(actor, [unit, newParent]));
  return getUnitDetail(db, actor, unit.id);
}
