import { CommonErrors } from '../../../shared/app-error.js';
import { cleanText } from '../../../shared/vi-text.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { UnitDetail } from '../org.contract.js';
import { OrgErrors } from '../org.errors.js';
import { checkCreateUnit } from '../org.rules.js';
import type { Track, UnitKindCode } from '../unit-kinds.js';
import { requireEditableUnit, throwIfRefused } from './org-access.js';
import { unitSnapshot, writeAuthority, type RecordOptions } from './unit-audit.js';
import { getUnitDetail } from './unit-detail.service.js';
import { findActiveUnitByCode, findUnitForUpdate, type UnitRecord } from './unit.queries.js';
import { insertUnitEvent, insertUnitRow, lockOrgTree } from './unit-write.queries.js';

export interface CreateUnitRecordInput {
  /** Null for a root (a province), which only the system creates. */
  readonly parentId: number | null;
  readonly track: Track;
  readonly kind: UnitKindCode;
  readonly code: string;
  readonly name: string;
  readonly shortName?: string | null | undefined;
  readonly validFrom: string;
  readonly documentRef?: string | null | undefined;
}

function notFound(): never {
  throw CommonErrors.NOT_FOUND();
}

/** 409 naming the field when another active unit holds the code (case-insensitive, as the index). */
export async function assertCodeFree(db: Db, code: string): Promise<void> {
  if (await findActiveUnitByCode(db, code)) {
    throw OrgErrors.UNIT_CODE_TAKEN([
      { field: 'body.code', message: `Mã "${code}" đã được dùng cho đơn vị khác đang hoạt động` },
    ]);
  }
}

/**
 * Creates a unit with its 'created' event and audit row, in the caller's transaction. Does not check
 * the policy: the route has, or the caller is the system (demo seeder, CLI). Names are stored NFC.
 */
export async function createUnitRecord(
  db: Db,
  audit: AuditContext,
  input: CreateUnitRecordInput,
  options: RecordOptions = {},
): Promise<UnitRecord> {
  await lockOrgTree(db);
  const parent = input.parentId === null ? null : ((await findUnitForUpdate(db, input.parentId)) ?? notFound());
  throwIfRefused(checkCreateUnit(parent, input));
  const code = input.code.trim();
  await assertCodeFree(db, code);
  const shortName = input.shortName ? cleanText(input.shortName) : null;
  const unit = await insertUnitRow(db, { ...input, parent, code, name: cleanText(input.name), shortName });
  await insertUnitEvent(db, audit, {
    unitId: unit.id,
    kind: 'created',
    effectiveDate: unit.validFrom,
    documentRef: input.documentRef,
    relatedUnitId: parent?.id ?? null,
    after: unitSnapshot(unit),
  });
  await recordAudit(db, audit, {
    action: 'org.unit.create',
    entityType: 'org_unit',
    entityId: unit.id,
    unitId: unit.id,
    authority: options.authority ?? null,
    after: unitSnapshot(unit),
  });
  return unit;
}

/** `POST /api/org/units`: authority over the parent, then the record. */
export async function createUnit(
  db: Db,
  actor: AccountActor,
  audit: AuditContext,
  input: CreateUnitRecordInput & { readonly parentId: number },
): Promise<UnitDetail> {
  await lockOrgTree(db);
  const parent = await requireEditableUnit(db, actor, input.parentId);
  const unit = await createUnitRecord(db, audit, input, writeAuthority(actor, [parent]));
  return getUnitDetail(db, actor, unit.id);
}
