import { AppError, defineErrors, type ErrorSpec } from '../../shared/app-error.js';
import type { FieldRefusal } from './org.rules.js';

/** Errors of the org module. Rule refusals carry their own (specific) messages; see `refusalError`. */
export const OrgErrors = defineErrors({
  UNIT_CODE_TAKEN: {
    status: 409,
    vi: 'Mã đơn vị đã được dùng cho một đơn vị đang hoạt động khác',
    en: 'The unit code is already used by another active unit',
  },
});

/**
 * HTTP status of each rule refusal. 422: the request is well formed but the tree's rules forbid it;
 * 409: it clashes with the current state of the record.
 */
const REFUSAL_STATUS: Record<string, number> = {
  UNIT_MOVE_CYCLE: 422,
  UNIT_MOVE_SAME_PARENT: 422,
  UNIT_MERGE_INTO_SELF: 422,
  UNIT_MERGE_INTO_DESCENDANT: 422,
  UNIT_HAS_ACTIVE_CHILDREN: 409,
  UNIT_INACTIVE: 409,
  TARGET_INACTIVE: 422,
  KIND_TRACK_MISMATCH: 422,
  KIND_NOT_CURRENT: 422,
  KIND_PARENT_MISMATCH: 422,
  TRACK_MISMATCH: 422,
  EFFECTIVE_DATE_TOO_EARLY: 422,
  BODY_ALREADY_CLOSED: 409,
};

/**
 * Turns a rule's refusal into the module's AppError, keeping its specific bilingual message. The
 * detail names the field the refusal is about; one about the request's subject has no detail.
 */
export function refusalError(refusal: FieldRefusal): AppError {
  const spec: ErrorSpec = { status: REFUSAL_STATUS[refusal.code] ?? 422, vi: refusal.vi, en: refusal.en };
  return new AppError(refusal.code, spec, refusal.field ? [{ field: refusal.field, message: refusal.vi }] : []);
}
