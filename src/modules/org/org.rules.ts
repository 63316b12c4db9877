import { ok } from '../../shared/result.js';
import type { UnitStatus } from './org.contract.js';
import { isKindAllowedUnder, UNIT_KINDS, type Track, type UnitKindCode } from './unit-kinds.js';
import { checkKindParent, checkKindTrack, refuseAt, type RuleResult } from './unit-kind.rules.js';
import { isInSubtree } from './unit-path.rules.js';

export { checkKindParent, checkKindTrack, type FieldRefusal, type RuleResult } from './unit-kind.rules.js';
export {
  ancestorIds,
  childPath,
  dayBefore,
  isDescendantPath,
  isInSubtree,
  pathDepth,
  pathIds,
  rebasePath,
} from './unit-path.rules.js';

/**
 * Rules of the organization tree. Units are never deleted: they end as `merged` (into another unit,
 * which inherits their children and their records) or `dissolved`. Pure: dates come in as ISO strings.
 */
export interface RuleUnit {
  readonly id: number;
  readonly name: string;
  readonly path: string;
  readonly track: Track;
  readonly kind: UnitKindCode;
  readonly status: UnitStatus;
  readonly validFrom: string;
}

/**
 * Two-level local government from 1/7/2025 (Luật Tổ chức chính quyền địa phương 2025): district
 * kinds are kept only for units that existed before that day.
 */
export const TWO_LEVEL_GOVERNMENT_FROM = '2025-07-01';

function checkActive(unit: RuleUnit, role: 'unit' | 'target', field: string | null): RuleResult {
  if (unit.status === 'active') return ok(true);
  return role === 'unit'
    ? refuseAt(
        field,
        'UNIT_INACTIVE',
        `Đơn vị "${unit.name}" đã sáp nhập hoặc giải thể`,
        `Unit "${unit.name}" has been merged or dissolved`,
      )
    : refuseAt(
        field,
        'TARGET_INACTIVE',
        `Đơn vị đích "${unit.name}" đã sáp nhập hoặc giải thể`,
        `Target unit "${unit.name}" has been merged or dissolved`,
      );
}

/** A change cannot take effect before the unit existed; an ending needs at least one valid day. */
function checkEffectiveDate(unit: RuleUnit, date: string, field: string, ending = false): RuleResult {
  if (ending ? date > unit.validFrom : date >= unit.validFrom) return ok(true);
  return refuseAt(
    field,
    'EFFECTIVE_DATE_TOO_EARLY',
    `Ngày hiệu lực ${date} phải ${ending ? 'sau' : 'từ'} ngày thành lập ${unit.validFrom} của "${unit.name}"`,
    `The effective date ${date} must be ${ending ? 'after' : 'on or after'} ${unit.validFrom}, when "${unit.name}" began`,
  );
}

function all(...results: RuleResult[]): RuleResult {
  return results.find((r) => !r.ok) ?? ok(true);
}

export interface NewUnit {
  readonly track: Track;
  readonly kind: UnitKindCode;
  readonly validFrom: string;
}

/**
 * A new unit: a kind of its track that may sit under the parent's kind (or be a root), under an
 * active parent, not before the parent began.
 */
export function checkCreateUnit(parent: RuleUnit | null, unit: NewUnit): RuleResult {
  const kind = UNIT_KINDS[unit.kind];
  const notCurrent =
    !kind.current && unit.validFrom >= TWO_LEVEL_GOVERNMENT_FROM
      ? refuseAt(
          'body.kind',
          'KIND_NOT_CURRENT',
          `Loại "${kind.vi}" chỉ dùng cho đơn vị có trước ngày 01/07/2025`,
          `Kind "${kind.en}" is only for units that existed before 1 July 2025`,
        )
      : ok(true as const);
  const parentChecks = parent
    ? [checkActive(parent, 'target', 'body.parentId'), checkEffectiveDate(parent, unit.validFrom, 'body.validFrom')]
    : [];
  return all(
    checkKindTrack(unit.kind, unit.track, 'body.kind'),
    notCurrent,
    checkKindParent(unit.kind, parent?.kind ?? null, 'body.kind'),
    ...parentChecks,
  );
}

export function checkRenameUnit(unit: RuleUnit, effectiveDate: string): RuleResult {
  return all(checkActive(unit, 'unit', null), checkEffectiveDate(unit, effectiveDate, 'body.effectiveDate'));
}

/**
 * A move takes the unit's whole subtree under a new parent whose kind may take the unit's; it may
 * not go under itself or one of its descendants.
 */
export function checkMoveUnit(
  unit: RuleUnit,
  newParent: RuleUnit,
  currentParentId: number | null,
  effectiveDate: string,
): RuleResult {
  if (isInSubtree(newParent.path, unit.path)) {
    return refuseAt(
      'body.newParentId',
      'UNIT_MOVE_CYCLE',
      `Không thể chuyển "${unit.name}" vào chính nó hoặc đơn vị trực thuộc của nó`,
      `Cannot move "${unit.name}" under itself or one of its own sub-units`,
    );
  }
  if (currentParentId === newParent.id) {
    return refuseAt(
      'body.newParentId',
      'UNIT_MOVE_SAME_PARENT',
      `"${unit.name}" đã trực thuộc "${newParent.name}"`,
      `"${unit.name}" is already under "${newParent.name}"`,
    );
  }
  return all(
    checkActive(unit, 'unit', null),
    checkActive(newParent, 'target', 'body.newParentId'),
    checkKindTrack(unit.kind, unit.track, null),
    checkKindParent(unit.kind, newParent.kind, 'body.newParentId'),
    checkEffectiveDate(unit, effectiveDate, 'body.effectiveDate'),
    checkEffectiveDate(newParent, effectiveDate, 'body.effectiveDate'),
  );
}

/** A child that a merge hands over to the target. */
export interface RuleChild {
  readonly name: string;
  readonly kind: UnitKindCode;
}

/**
 * The merged unit keeps its place (it ends there); only its active children change parent. So a
 * merge keeps the tree's kinds valid exactly when the target's kind may take every one of them.
 */
function checkTargetTakesChildren(target: RuleUnit, children: readonly RuleChild[]): RuleResult {
  const misfits = children.filter((c) => !isKindAllowedUnder(c.kind, target.kind));
  const [first] = misfits;
  if (!first) return ok(true);
  const t = UNIT_KINDS[target.kind];
  const c = UNIT_KINDS[first.kind];
  const others = misfits.length - 1;
  return refuseAt(
    'body.targetId',
    'KIND_PARENT_MISMATCH',
    `"${target.name}" không thể tiếp nhận đơn vị trực thuộc "${first.name}"${others > 0 ? ` (và ${others} đơn vị khác)` : ''}: ` +
      `đơn vị loại "${c.vi}" không thể trực thuộc đơn vị loại "${t.vi}"; hãy chuyển các đơn vị này đi trước`,
    `"${target.name}" cannot take the sub-unit "${first.name}"${others > 0 ? ` (and ${others} more)` : ''}: ` +
      `a unit of kind "${c.en}" cannot sit under a unit of kind "${t.en}"; move these units first`,
  );
}

/**
 * A merge: the target absorbs the unit and its active children. The target may be an ancestor (the
 * children move up) but not the unit itself or one of its descendants (that would be a cycle), and
 * its kind must take the children's kinds.
 */
export function checkMergeUnit(
  unit: RuleUnit,
  target: RuleUnit,
  effectiveDate: string,
  activeChildren: readonly RuleChild[],
): RuleResult {
  if (unit.id === target.id) {
    return refuseAt(
      'body.targetId',
      'UNIT_MERGE_INTO_SELF',
      `Không thể sáp nhập "${unit.name}" vào chính nó`,
      `Cannot merge "${unit.name}" into itself`,
    );
  }
  if (isInSubtree(target.path, unit.path)) {
    return refuseAt(
      'body.targetId',
      'UNIT_MERGE_INTO_DESCENDANT',
      `Không thể sáp nhập "${unit.name}" vào đơn vị trực thuộc của nó "${target.name}"`,
      `Cannot merge "${unit.name}" into its own sub-unit "${target.name}"`,
    );
  }
  const sameTrack =
    unit.track === target.track
      ? ok(true as const)
      : refuseAt(
          'body.targetId',
          'TRACK_MISMATCH',
          `Chỉ sáp nhập được vào đơn vị cùng khối ("${target.name}" thuộc khối khác)`,
          `A unit can only merge into a unit of the same track ("${target.name}" is not)`,
        );
  return all(
    checkActive(unit, 'unit', null),
    checkActive(target, 'target', 'body.targetId'),
    sameTrack,
    checkTargetTakesChildren(target, activeChildren),
    checkEffectiveDate(unit, effectiveDate, 'body.effectiveDate', true),
    checkEffectiveDate(target, effectiveDate, 'body.effectiveDate'),
  );
}

/** Dissolving needs no active children left: move, merge or dissolve them first (named in the reason). */
export function checkDissolveUnit(unit: RuleUnit, activeChildNames: readonly string[], effectiveDate: string): RuleResult {
  if (activeChildNames.length > 0) {
    const shown = activeChildNames.slice(0, 5).join(', ') + (activeChildNames.length > 5 ? ', …' : '');
    return refuseAt(
      null,
      'UNIT_HAS_ACTIVE_CHILDREN',
      `Không thể giải thể "${unit.name}" khi còn ${activeChildNames.length} đơn vị trực thuộc đang hoạt động: ${shown}`,
      `Cannot dissolve "${unit.name}" while ${activeChildNames.length} sub-unit(s) are still active: ${shown}`,
    );
  }
  return all(checkActive(unit, 'unit', null), checkEffectiveDate(unit, effectiveDate, 'body.effectiveDate', true));
}

export interface RuleBody {
  readonly name: string;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export function checkCreateManagementBody(unit: RuleUnit, validFrom: string): RuleResult {
  return all(checkActive(unit, 'unit', 'body.unitId'), checkEffectiveDate(unit, validFrom, 'body.validFrom'));
}

/** `validTo` is the body's last day, so it may equal `validFrom`. */
export function checkCloseManagementBody(body: RuleBody, validTo: string): RuleResult {
  if (body.validTo !== null) {
    return refuseAt(null, 'BODY_ALREADY_CLOSED', `"${body.name}" đã chấm dứt từ trước`, `"${body.name}" is already closed`);
  }
  if (validTo < body.validFrom) {
    return refuseAt(
      'body.validTo',
      'EFFECTIVE_DATE_TOO_EARLY',
      `Ngày chấm dứt ${validTo} phải từ ngày ${body.validFrom} trở đi`,
      `The closing date ${validTo} must be on or after ${body.validFrom}`,
    );
  }
  return ok(true);
}
