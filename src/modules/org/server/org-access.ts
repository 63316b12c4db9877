import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import { refusalError } from '../org.errors.js';
import { canEditUnit, canReadUnit } from '../org.policy.js';
import type { RuleResult } from '../org.rules.js';
import { findUnit, listSuccessorPaths, type UnitRecord } from './unit.queries.js';

/** A unit the actor may read, with its successors' paths (merged units stay readable through them). */
export async function findReadableUnit(db: Db, actor: AccountActor, id: number): Promise<UnitRecord | undefined> {
  const unit = await findUnit(db, id);
  if (!unit) return undefined;
  if (canReadUnit(actor, unit)) return unit;
  const successorPaths = await listSuccessorPaths(db, unit);
  return canReadUnit(actor, { path: unit.path, successorPaths }) ? unit : undefined;
}

/** 404 when the actor cannot see the unit (existence must not leak). */
export async function requireReadableUnit(db: Db, actor: AccountActor, id: number): Promise<UnitRecord> {
  const unit = await findReadableUnit(db, actor, id);
  if (!unit) throw CommonErrors.NOT_FOUND();
  return unit;
}

/** 404 when the actor cannot see the unit, 403 when it can see but not change it. */
export async function requireEditableUnit(db: Db, actor: AccountActor, id: number): Promise<UnitRecord> {
  const unit = await requireReadableUnit(db, actor, id);
  if (!canEditUnit(actor, unit)) throw CommonErrors.FORBIDDEN();
  return unit;
}

/** Optimistic concurrency: a client that sent the version it saw is told when the unit has moved on. */
export function assertVersion(unit: { version: number }, version: number | undefined): void {
  if (version === undefined || version === unit.version) return;
  throw CommonErrors.CONFLICT([
    {
      field: 'body.version',
      message: `Đơn vị đã được người khác thay đổi (phiên bản ${unit.version}, bạn gửi ${version}); hãy tải lại rồi thử lại`,
    },
  ]);
}

/** A rule's refusal becomes the module's error, with its code, bilingual reason and field. */
export function throwIfRefused(result: RuleResult): void {
  if (!result.ok) throw refusalError(result.error);
}
