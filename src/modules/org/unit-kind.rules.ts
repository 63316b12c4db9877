import { ok, type Refusal, type Result } from '../../shared/result.js';
import { ALLOWED_PARENT_KINDS, isKindAllowedUnder, UNIT_KINDS, type Track, type UnitKindCode } from './unit-kinds.js';

/**
 * A refusal with the request field it is about (`body.effectiveDate`, `body.targetId`), so the form
 * shows the reason beside that field; `null` when it is about the subject of the request as a whole
 * (the unit or body named in the URL: inactive, still has children, already closed).
 */
export interface FieldRefusal extends Refusal {
  readonly field: string | null;
}
export type RuleResult = Result<true, FieldRefusal>;

export function refuseAt(field: string | null, code: string, vi: string, en: string): Result<never, FieldRefusal> {
  return { ok: false, error: { code, vi, en, field } };
}

/** A unit's kind must belong to its track (a party cell is never a state unit). */
export function checkKindTrack(kind: UnitKindCode, track: Track, field: string | null = 'body.kind'): RuleResult {
  const expected = UNIT_KINDS[kind].track;
  if (expected === track) return ok(true);
  return refuseAt(
    field,
    'KIND_TRACK_MISMATCH',
    `Loại đơn vị "${UNIT_KINDS[kind].vi}" không thuộc khối đã chọn`,
    `Unit kind "${UNIT_KINDS[kind].en}" does not belong to the ${track} track`,
  );
}

const quoted = (kinds: readonly UnitKindCode[], lang: 'vi' | 'en') => kinds.map((k) => `"${UNIT_KINDS[k][lang]}"`).join(', ');

/**
 * Which kinds may sit under which (`ALLOWED_PARENT_KINDS`): no Tỉnh ủy under a chi bộ. `parentKind`
 * null is a root. The reason names both kinds and where the unit may go instead.
 */
export function checkKindParent(kind: UnitKindCode, parentKind: UnitKindCode | null, field: string | null): RuleResult {
  if (isKindAllowedUnder(kind, parentKind)) return ok(true);
  const k = UNIT_KINDS[kind];
  const parents = ALLOWED_PARENT_KINDS[kind];
  const where = {
    vi: parents === null ? 'loại này chỉ là đơn vị gốc' : `loại này chỉ trực thuộc: ${quoted(parents, 'vi')}`,
    en: parents === null ? 'this kind can only be a root' : `this kind may only sit under: ${quoted(parents, 'en')}`,
  };
  if (parentKind === null) {
    return refuseAt(
      field,
      'KIND_PARENT_MISMATCH',
      `Đơn vị loại "${k.vi}" không thể là đơn vị gốc; ${where.vi}`,
      `A unit of kind "${k.en}" cannot be a root unit; ${where.en}`,
    );
  }
  const p = UNIT_KINDS[parentKind];
  return refuseAt(
    field,
    'KIND_PARENT_MISMATCH',
    `Đơn vị loại "${k.vi}" không thể trực thuộc đơn vị loại "${p.vi}"; ${where.vi}`,
    `A unit of kind "${k.en}" cannot sit under a unit of kind "${p.en}"; ${where.en}`,
  );
}
