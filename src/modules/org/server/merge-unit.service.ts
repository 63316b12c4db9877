import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { UnitDetail } from '../org.contract.js';
import { checkMergeUnit, childPath, dayBefore } from '../org.rules.js';
import { closeBodiesOfEndingUnit } from './management-body.service.js';
import { assertVersion, requireEditableUnit, throwIfRefused } from './org-access.js';
import { unitSnapshot, writeAuthority, type RecordOptions } from './unit-audit.js';
import { getUnitDetail } from './unit-detail.service.js';
import { runUnitMergeHooks } from './unit-merge-hooks.js';
import { findUnitForUpdate, getUnit, listActiveChildren, type UnitRecord } from './unit.queries.js';
import { insertUnitEvent, lockOrgTree, rewriteSubtreePaths } from './unit-write.queries.js';

export interface MergeUnitRecordInput {
  readonly unitId: number;
  readonly targetId: number;
  /** The first day the target holds the merged unit; the merged unit's `valid_to` is the day before. */
  readonly effectiveDate: string;
  readonly documentRef?: string | null | undefined;
  readonly version?: number | undefined;
}

/**
 * Merges a unit into a target (the 2025 provincial mergers). The unit keeps its id and place, becomes
 * `merged` with `merged_into_id`, and stays findable; its active children and their subtrees move
 * under the target; its open management bodies close; modules holding records directly under it
 * (people) carry them to the target through their merge hooks. Inactive children stay where they ended.
 */
export async function mergeUnitRecord(
  db: Db,
  audit: AuditContext,
  input: MergeUnitRecordInput,
  options: RecordOptions = {},
): Promise<UnitRecord> {
  await lockOrgTree(db);
  const unit = await findUnitForUpdate(db, input.unitId);
  const target = await findUnitForUpdate(db, input.targetId);
  if (!unit || !target) throw CommonErrors.NOT_FOUND();
  assertVersion(unit, input.version);
  const children = await listActiveChildren(db, unit.id);
  throwIfRefused(checkMergeUnit(unit, target, input.effectiveDate, children));
  const ref = input.documentRef ?? null;

  for (const child of children) {
    await rewriteSubtreePaths(db, child.path, childPath(target.path, child.id));
    await db.updateTable('org_units').set({ parent_id: target.id }).where('id', '=', child.id).execute();
    await insertUnitEvent(db, audit, {
      unitId: child.id,
      kind: 'moved',
      effectiveDate: input.effectiveDate,
      documentRef: ref,
      relatedUnitId: target.id,
      note: `Sáp nhập ${unit.name} vào ${target.name}`,
      before: { parentId: unit.id, path: child.path },
      after: { parentId: target.id, path: childPath(target.path, child.id) },
    });
  }
  const closedBodyIds = await closeBodiesOfEndingUnit(db, audit, unit, input.effectiveDate, ref);
  await db
    .updateTable('org_units')
    .set((eb) => ({
      status: 'merged',
      valid_to: dayBefore(input.effectiveDate),
      merged_into_id: target.id,
      version: eb('version', '+', 1),
      updated_at: audit.now(),
    }))
    .where('id', '=', unit.id)
    .execute();
  const carried = await runUnitMergeHooks(db, audit, {
    unit: { id: unit.id, name: unit.name, path: unit.path },
    target: { id: target.id, name: target.name, path: target.path },
    effectiveDate: input.effectiveDate,
    documentRef: ref,
    authority: options.authority ?? null,
  });
  const after = await getUnit(db, unit.id);
  const movedChildIds = children.map((c) => c.id);
  const common = { effectiveDate: input.effectiveDate, documentRef: ref };
  await insertUnitEvent(db, audit, {
    ...common,
    unitId: unit.id,
    kind: 'merged',
    relatedUnitId: target.id,
    before: { status: unit.status, validTo: unit.validTo },
    after: { status: after.status, validTo: after.validTo, mergedIntoId: target.id, movedChildIds, closedBodyIds },
  });
  await insertUnitEvent(db, audit, {
    ...common,
    unitId: target.id,
    kind: 'absorbed',
    relatedUnitId: unit.id,
    after: { movedChildIds },
  });
  await recordAudit(db, audit, {
    action: 'org.unit.merge',
    entityType: 'org_unit',
    entityId: unit.id,
    unitId: unit.id,
    authority: options.authority ?? null,
    before: unitSnapshot(unit),
    after: { ...unitSnapshot(after), movedChildIds, closedBodyIds, carried },
  });
  return after;
}

/** `POST /api/org/units/:id/merge`: authority over the unit and over the unit that absorbs it. */
export async function mergeUnit(
  db: Db,
  actor: AccountActor,
  audit: AuditContext,
  input: MergeUnitRecordInput,
): Promise<UnitDetail> {
  await lockOrgTree(db);
  const unit = await requireEditableUnit(db, actor, input.unitId);
  const target = await requireEditableUnit(db, actor, input.targetId);
  await mergeUnitRecord(db, audit, input, writeAuthority(actor, [unit, target]));
  return getUnitDetail(db, actor, unit.id);
}
