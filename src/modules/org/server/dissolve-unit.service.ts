import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { UnitDetail } from '../org.contract.js';
import { checkDissolveUnit, dayBefore } from '../org.rules.js';
import { closeBodiesOfEndingUnit } from './management-body.service.js';
import { assertVersion, requireEditableUnit, throwIfRefused } from './org-access.js';
import { unitSnapshot, writeAuthority, type RecordOptions } from './unit-audit.js';
import { getUnitDetail } from './unit-detail.service.js';
import { findUnitForUpdate, getUnit, listActiveChildren, type UnitRecord } from './unit.queries.js';
import { insertUnitEvent, lockOrgTree } from './unit-write.queries.js';

export interface DissolveUnitRecordInput {
  readonly unitId: number;
  /** The first day the unit no longer exists; `valid_to` is the day before. */
  readonly effectiveDate: string;
  readonly documentRef?: string | null | undefined;
  readonly note?: string | null | undefined;
  readonly version?: number | undefined;
}

/** Dissolves a unit with no active children; it stays in the tree, `dissolved`, with its history. */
export async function dissolveUnitRecord(
  db: Db,
  audit: AuditContext,
  input: DissolveUnitRecordInput,
  options: RecordOptions = {},
): Promise<UnitRecord> {
  await lockOrgTree(db);
  const unit = await findUnitForUpdate(db, input.unitId);
  if (!unit) throw CommonErrors.NOT_FOUND();
  assertVersion(unit, input.version);
  const children = await listActiveChildren(db, unit.id);
  throwIfRefused(
    checkDissolveUnit(
      unit,
      children.map((c) => c.name),
      input.effectiveDate,
    ),
  );
  const ref = input.documentRef ?? null;
  const closedBodyIds = await closeBodiesOfEndingUnit(db, audit, unit, input.effectiveDate, ref);
  await db
    .updateTable('org_units')
    .set((eb) => ({
      status: 'dissolved',
      valid_to: dayBefore(input.effectiveDate),
      version: eb('version', '+', 1),
      updated_at: audit.now(),
    }))
    .where('id', '=', unit.id)
    .execute();
  const after = await getUnit(db, unit.id);
  await insertUnitEvent(db, audit, {
    unitId: unit.id,
    kind: 'dissolved',
    effectiveDate: input.effectiveDate,
    documentRef: ref,
    note: input.note ?? null,
    before: { status: unit.status, validTo: unit.validTo },
    after: { status: after.status, validTo: after.validTo, closedBodyIds },
  });
  await recordAudit(db, audit, {
    action: 'org.unit.dissolve',
    entityType: 'org_unit',
    entityId: unit.id,
    unitId: unit.id,
    authority: options.authority ?? null,
    before: unitSnapshot(unit),
    after: { ...unitSnapshot(after), closedBodyIds },
  });
  return after;
}

export async function dissolveUnit(
  db: Db,
  actor: AccountActor,
  audit: AuditContext,
  input: DissolveUnitRecordInput,
): Promise<UnitDetail> {
  await lockOrgTree(db);
  const unit = await requireEditableUnit(db, actor, input.unitId);
  await dissolveUnitRecord(db, audit, input, writeAuthority(actor, [unit]));
  return getUnitDetail(db, actor, unit.id);
}
