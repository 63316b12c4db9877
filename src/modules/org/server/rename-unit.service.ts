import { CommonErrors } from '../../../shared/app-error.js';
import { cleanText } from '../../../shared/vi-text.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { UnitDetail } from '../org.contract.js';
import { checkRenameUnit } from '../org.rules.js';
import { assertVersion, requireEditableUnit, throwIfRefused } from './org-access.js';
import { unitSnapshot, writeAuthority, type RecordOptions } from './unit-audit.js';
import { getUnitDetail } from './unit-detail.service.js';
import { findUnitForUpdate, getUnit, type UnitRecord } from './unit.queries.js';
import { insertUnitEvent, lockOrgTree, nameColumns } from './unit-write.queries.js';

export interface RenameUnitRecordInput {
  readonly unitId: number;
  readonly name: string;
  /** Undefined keeps the short name; null clears it. */
  readonly shortName?: string | null | undefined;
  readonly effectiveDate: string;
  readonly documentRef?: string | null | undefined;
  readonly version?: number | undefined;
}

/** Renames a unit; the old name stays in its history (event `renamed`, before/after). */
export async function renameUnitRecord(
  db: Db,
  audit: AuditContext,
  input: RenameUnitRecordInput,
  options: RecordOptions = {},
): Promise<UnitRecord> {
  await lockOrgTree(db);
  const unit = await findUnitForUpdate(db, input.unitId);
  if (!unit) throw CommonErrors.NOT_FOUND();
  assertVersion(unit, input.version);
  throwIfRefused(checkRenameUnit(unit, input.effectiveDate));
  const name = cleanText(input.name);
  const shortName = input.shortName === undefined ? unit.shortName : input.shortName && cleanText(input.shortName);
  await db
    .updateTable('org_units')
    .set((eb) => ({ ...nameColumns(name, shortName, unit.code), version: eb('version', '+', 1), updated_at: audit.now() }))
    .where('id', '=', unit.id)
    .execute();
  const after = await getUnit(db, unit.id);
  await insertUnitEvent(db, audit, {
    unitId: unit.id,
    kind: 'renamed',
    effectiveDate: input.effectiveDate,
    documentRef: input.documentRef,
    before: { name: unit.name, shortName: unit.shortName },
    after: { name: after.name, shortName: after.shortName },
  });
  await recordAudit(db, audit, {
    action: 'org.unit.rename',
    entityType: 'org_unit',
    entityId: unit.id,
    unitId: unit.id,
    authority: options.authority ?? null,
    before: unitSnapshot(unit),
    after: unitSnapshot(after),
  });
  return after;
}

export async function renameUnit(
  db: Db,
  actor: AccountActor,
  audit: AuditContext,
  input: RenameUnitRecordInput,
): Promise<UnitDetail> {
  await lockOrgTree(db);
  const unit = await requireEditableUnit(db, actor, input.unitId);
  await renameUnitRecord(db, audit, input, writeAuthority(actor, [unit]));
  return getUnitDetail(db, actor, unit.id);
}
