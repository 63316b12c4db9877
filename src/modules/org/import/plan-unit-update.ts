import { R, type Reason } from '../../../platform/server/spreadsheet/import-issues.js';
import type { UnitStatus } from '../org.contract.js';
import { checkRenameUnit, type RuleUnit } from '../org.rules.js';
import type { UnitImportField } from '../units-import.schemas.js';
import { UNIT_KINDS, type Track, type UnitKindCode } from '../unit-kinds.js';
import type { UnitRow } from './read-unit-rows.js';

/** The units the file names, and what the plan does with them (see plan-units-import.ts). */
export type Access = 'write' | 'read' | 'none';

export interface ExistingUnit {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly kind: UnitKindCode;
  readonly track: Track;
  readonly path: string;
  readonly status: UnitStatus;
  readonly validFrom: string;
  readonly parentId: number | null;
  /** The caller's access to the unit (policy, computed by the service). */
  readonly access: Access;
}

export type ParentRef = { readonly unitId: number } | { readonly code: string };

export type PlannedAction =
  | {
      readonly type: 'create';
      readonly row: number;
      readonly code: string;
      readonly name: string;
      readonly shortName: string | null;
      readonly kind: UnitKindCode;
      readonly track: Track;
      readonly validFrom: string;
      /** An existing unit, or the code of a unit created earlier in the plan. */
      readonly parent: ParentRef;
    }
  | {
      readonly type: 'rename';
      readonly row: number;
      readonly unitId: number;
      readonly name: string;
      readonly shortName: string | null;
    }
  | { readonly type: 'unchanged'; readonly row: number; readonly unitId: number };

export type Problem = (row: number, field: UnitImportField, value: string | null, reason: Reason) => void;

export const ruleUnit = (u: ExistingUnit): RuleUnit => ({
  id: u.id,
  name: u.name,
  path: u.path,
  track: u.track,
  kind: u.kind,
  status: u.status,
  validFrom: u.validFrom,
});

/** A row whose code exists: a rename, nothing, or a refusal (other parent, kind, track; no authority). */
export function planUpdate(
  row: UnitRow & { readonly code: string },
  unit: ExistingUnit,
  input: { readonly existing: ReadonlyMap<string, ExistingUnit>; readonly today: string },
  problem: Problem,
): PlannedAction | null {
  const n = row.rowNumber;
  if (unit.access === 'none') {
    problem(
      n,
      'code',
      row.code,
      R(
        'Mã đơn vị đã được dùng cho một đơn vị khác ngoài phạm vi thẩm quyền của bạn',
        'The unit code is already used by another unit outside your authority',
      ),
    );
    return null;
  }
  if (unit.access === 'read') {
    problem(
      n,
      'code',
      row.code,
      R(
        `Đơn vị "${unit.name}" đã có; bạn không có thẩm quyền sửa đơn vị này`,
        `Unit "${unit.name}" exists; you do not have the authority to change it`,
      ),
    );
    return null;
  }
  let refused = false;
  if (row.kind !== null && row.kind !== unit.kind) {
    refused = true;
    problem(
      n,
      'kind',
      row.kind,
      R(
        `Đơn vị "${unit.name}" đã có với loại "${UNIT_KINDS[unit.kind].vi}"; không đổi loại đơn vị khi nhập lại`,
        `Unit "${unit.name}" exists with kind "${UNIT_KINDS[unit.kind].en}"; an import does not change a unit's kind`,
      ),
    );
  }
  if (row.track !== null && row.track !== unit.track) {
    refused = true;
    problem(
      n,
      'track',
      row.track,
      R(
        `Đơn vị "${unit.name}" thuộc khối khác; không đổi khối khi nhập lại`,
        `Unit "${unit.name}" belongs to another track; an import does not change it`,
      ),
    );
  }
  if (row.parentCode !== null) {
    const parent = input.existing.get(row.parentCode.toLowerCase());
    if (!parent || parent.id !== unit.parentId) {
      refused = true;
      problem(
        n,
        'parent',
        row.parentCode,
        R(
          `Đơn vị "${unit.name}" đã có và trực thuộc đơn vị khác; nhập tệp không chuyển đơn vị. Hãy dùng chức năng "Chuyển đơn vị" (được ghi nhật ký riêng)`,
          `Unit "${unit.name}" exists under another parent; an import does not move units. Use "Move unit" (audited on its own)`,
        ),
      );
    }
  }
  if (refused) return null;
  const name = row.name ?? unit.name;
  const shortName = row.shortName ?? unit.shortName;
  if (name === unit.name && shortName === unit.shortName) return { type: 'unchanged', row: n, unitId: unit.id };
  const rename = checkRenameUnit(ruleUnit(unit), input.today);
  if (!rename.ok) {
    problem(n, 'name', row.name, rename.error);
    return null;
  }
  return { type: 'rename', row: n, unitId: unit.id, name, shortName };
}
