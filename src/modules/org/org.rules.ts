import { ok, refuse, type Result } from '../../shared/result.js';
import type { UnitStatus } from './org.contract.js';
import { UNIT_KINDS, type Track, type UnitKindCode } from './unit-kinds.js';
import { isInSubtree } from './unit-path.rules.js';

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

/** A unit's kind must belong to its track (a party cell is never a state unit). */
export function checkKindTrack(kind: UnitKindCode, track: Track): Result<true> {
  const expected = UNIT_KINDS[kind].track;
  if (expected === track) return ok(true);
  return refuse(
    'KIND_TRACK_MISMATCH',
    `Loại đơn vị "${UNIT_KINDS[kind].vi}" không thuộc khối đã chọn`,
    `Unit kind "${UNIT_KINDS[kind].en}" does not belong to the ${track} track`,
  );
}

function checkActive(unit: RuleUnit, role: 'unit' | 'target'): Result<true> {
  if (unit.status === 'active') return ok(true);
  return role === 'unit'
    ? refuse(
        'UNIT_INACTIVE',
        `Đơn vị "${unit.name}" đã sáp nhập hoặc giải thể`,
        `Unit "${unit.name}" has been merged or dissolved`,
      )
    : refuse(
        'TARGET_INACTIVE',
        `Đơn vị đích "${unit.name}" đã sáp nhập hoặc giải thể`,
        `Target unit "${unit.name}" has been merged or dissolved`,
      );
}

/** A change cannot take effect before the unit existed; an ending needs at least one valid day. */
function checkEffectiveDate(unit: RuleUnit, date: string, ending = false): Result<true> {
  if (ending ? date > unit.validFrom : date >= unit.validFrom) return ok(true);
  return refuse(
    'EFFECTIVE_DATE_TOO_EARLY',
    `Ngày hiệu lực ${date} phải ${ending ? 'sau' : 'từ'} ngày thành lập ${unit.validFrom} của "${unit.name}"`,
    `The effective date ${date} must be ${ending ? 'after' : 'on or after'} ${unit.validFrom}, when "${unit.name}" began`,
  );
}

function all(...results: Result<true>[]): Result<true> {
  return results.find((r) => !r.ok) ?? ok(true);
}

export interface NewUnit {
  readonly track: Track;
  readonly kind: UnitKindCode;
  readonly validFrom: string;
}

/** A new unit: under an active parent (or as a root), kind of its track, not before its parent. */
export function checkCreateUnit(parent: RuleUnit | null, unit: NewUnit): Result<true> {
  const kind = UNIT_KINDS[unit.kind];
  const notCurrent =
    !kind.current && unit.validFrom >= TWO_LEVEL_GOVERNMENT_FROM
      ? refuse(
          'KIND_NOT_CURRENT',
          `Loại "${kind.vi}" chỉ dùng cho đơn vị có trước ngày 01/07/2025`,
          `Kind "${kind.en}" is only for units that existed before 1 July 2025`,
        )
      : ok(true as const);
  const parentChecks = parent ? [checkActive(parent, 'target'), checkEffectiveDate(parent, unit.validFrom)] : [];
  return all(checkKindTrack(unit.kind, unit.track), notCurrent, ...parentChecks);
}

export function checkRenameUnit(unit: RuleUnit, effectiveDate: string): Result<true> {
  return all(checkActive(unit, 'unit'), checkEffectiveDate(unit, effectiveDate));
}

/** A move takes the unit's whole subtree; it may not go under itself or one of its descendants. */
export function checkMoveUnit(
  unit: RuleUnit,
  newParent: RuleUnit,
  currentParentId: number | null,
  effectiveDate: string,
): Result<true> {
  if (isInSubtree(newParent.path, unit.path)) {
    return refuse(
      'UNIT_MOVE_CYCLE',
      `Không thể chuyển "${unit.name}" vào chính nó hoặc đơn vị trực thuộc của nó`,
      `Cannot move "${unit.name}" under itself or one of its own sub-units`,
    );
  }
  if (currentParentId === newParent.id) {
    return refuse(
      'UNIT_MOVE_SAME_PARENT',
      `"${unit.name}" đã trực thuộc "${newParent.name}"`,
      `"${unit.name}" is already under "${newParent.name}"`,
    );
  }
  return all(
    checkActive(unit, 'unit'),
    checkActive(newParent, 'target'),
    checkKindTrack(unit.kind, unit.track),
    checkEffectiveDate(unit, effectiveDate),
    checkEffectiveDate(newParent, effectiveDate),
  );
}

/**
 * A merge: the target absorbs the unit and its active children. The target may be an ancestor (the
 * children move up) but not the unit itself or one of its descendants (that would be a cycle).
 */
export function checkMergeUnit(unit: RuleUnit, target: RuleUnit, effectiveDate: string): Result<true> {
  if (unit.id === target.id) {
    return refuse(
      'UNIT_MERGE_INTO_SELF',
      `Không thể sáp nhập "${unit.name}" vào chính nó`,
      `Cannot merge "${unit.name}" into itself`,
    );
  }
  if (isInSubtree(target.path, unit.path)) {
    return refuse(
      'UNIT_MERGE_INTO_DESCENDANT',
      `Không thể sáp nhập "${unit.name}" vào đơn vị trực thuộc của nó "${target.name}"`,
      `Cannot merge "${unit.name}" into its own sub-unit "${target.name}"`,
    );
  }
  const sameTrack =
    unit.track === target.track
      ? ok(true as const)
      : refuse(
          'TRACK_MISMATCH',
          `Chỉ sáp nhập được vào đơn vị cùng khối ("${target.name}" thuộc khối khác)`,
          `A unit can only merge into a unit of the same track ("${target.name}" is not)`,
        );
  return all(
    checkActive(unit, 'unit'),
    checkActive(target, 'target'),
    sameTrack,
    checkEffectiveDate(unit, effectiveDate, true),
    checkEffectiveDate(target, effectiveDate),
  );
}

/** Dissolving needs no active children left: move, merge or dissolve them first (named in the reason). */
export function checkDissolveUnit(unit: RuleUnit, activeChildNames: readonly string[], effectiveDate: string): Result<true> {
  if (activeChildNames.length > 0) {
    const shown = activeChildNames.slice(0, 5).join(', ') + (activeChildNames.length > 5 ? ', …' : '');
    return refuse(
      'UNIT_HAS_ACTIVE_CHILDREN',
      `Không thể giải thể "${unit.name}" khi còn ${activeChildNames.length} đơn vị trực thuộc đang hoạt động: ${shown}`,
      `Cannot dissolve "${unit.name}" while ${activeChildNames.length} sub-unit(s) are still active: ${shown}`,
    );
  }
  return all(checkActive(unit, 'unit'), checkEffectiveDate(unit, effectiveDate, true));
}

export interface RuleBody {
  readonly name: string;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export function checkCreateManagementBody(unit: RuleUnit, validFrom: string): Result<true> {
  return all(checkActive(unit, 'unit'), checkEffectiveDate(unit, validFrom));
}

/** `validTo` is the body's last day, so it may equal `validFrom`. */
export function checkCloseManagementBody(body: RuleBody, validTo: string): Result<true> {
  if (body.validTo !== null) {
    return refuse('BODY_ALREADY_CLOSED', `"${body.name}" đã chấm dứt từ trước`, `"${body.name}" is already closed`);
  }
  if (validTo < body.validFrom) {
    return refuse(
      'EFFECTIVE_DATE_TOO_EARLY',
      `Ngày chấm dứt ${validTo} phải từ ngày ${body.validFrom} trở đi`,
      `The closing date ${validTo} must be on or after ${body.validFrom}`,
    );
  }
  return ok(true);
}
