import type { z } from 'zod';
import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import type { CreateGrantInputSchema, Grant } from '../auth.contract.js';
import { AuthErrors, fieldError } from '../auth.errors.js';
import { authorityLabel, canSeeAccount, canSeeGrant, isOwnLastAdminGrant } from '../auth.policy.js';
import { requireAdminOver } from './account-access.js';
import { findAccountById } from './account.queries.js';
import type { ActorCall } from './auth-call.js';
import { findGrant, hasActiveGrant, insertGrant, listAccountGrantViews, revokeGrantRow } from './grant.queries.js';
import { findManagementBody, findUnitFacts } from './org-lookup.queries.js';

type CreateInput = z.output<typeof CreateGrantInputSchema>;

const NOTES = {
  unit: { vi: 'không tồn tại', en: 'does not exist' },
  bodyMissing: { vi: 'bắt buộc với quyền quyết định (decider)', en: 'is required for a decider grant' },
  bodyWrong: {
    vi: 'không thuộc đơn vị đã chọn hoặc đã hết hiệu lực',
    en: 'is not a body of the chosen unit, or is no longer in force',
  },
  bodyExtra: { vi: 'chỉ dùng cho quyền quyết định (decider)', en: 'applies only to a decider grant' },
};

/** Vietnam has one time zone, UTC+7 without daylight saving: validity dates are read in it. */
export function vietnamDate(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Gives an account a role over a unit's subtree. The granter must be an administrator over that
 * unit — no one hands out authority they do not hold — and must be able to see the account.
 */
export async function createGrant({ deps, actor, audit }: ActorCall, input: CreateInput): Promise<Grant> {
  const target = await findAccountById(deps.db, input.accountId);
  if (!target || !canSeeAccount(actor, target)) throw AuthErrors.ACCOUNT_NOT_FOUND();
  const unit = await findUnitFacts(deps.db, input.unitId);
  if (!unit) throw fieldError(AuthErrors.UNIT_NOT_FOUND, 'body.unitId', NOTES.unit, actor.locale);
  const used = requireAdminOver(actor, unit.path);
  if (!unit.active) throw AuthErrors.UNIT_INACTIVE();

  const bodyId = input.managementBodyId ?? null;
  if (input.role === 'decider') {
    if (bodyId === null)
      throw fieldError(AuthErrors.DECIDER_NEEDS_BODY, 'body.managementBodyId', NOTES.bodyMissing, actor.locale);
    const body = await findManagementBody(deps.db, bodyId, vietnamDate(deps.now()));
    if (!body || body.unitId !== unit.id || !body.inForce)
      throw fieldError(AuthErrors.BODY_NOT_IN_UNIT, 'body.managementBodyId', NOTES.bodyWrong, actor.locale);
  } else if (bodyId !== null) {
    throw fieldError(AuthErrors.BODY_ONLY_FOR_DECIDER, 'body.managementBodyId', NOTES.bodyExtra, actor.locale);
  }
  const wanted = { accountId: target.id, role: input.role, unitId: unit.id, managementBodyId: bodyId };
  if (await hasActiveGrant(deps.db, wanted)) throw AuthErrors.GRANT_EXISTS();

  const id = await deps.db.transaction().execute(async (trx) => {
    const grantId = await insertGrant(trx, { ...wanted, grantedBy: actor.accountId, now: deps.now() });
    await recordAudit(trx, audit, {
      action: 'auth.grant.create',
      entityType: 'grant',
      entityId: grantId,
      unitId: unit.id,
      authority: authorityLabel(used),
      after: { ...wanted, username: target.username, unitPath: unit.path },
    });
    return grantId;
  });
  const view = (await listAccountGrantViews(deps.db, target.id)).find((g) => g.id === id);
  if (!view) throw new Error(`grant ${id} vanished after insert`);
  return view;
}

/** Ends a grant. Refused when it is the caller's own last admin grant: someone above must do it. */
export async function revokeGrant({ deps, actor, audit }: ActorCall, id: number): Promise<void> {
  const grant = await findGrant(deps.db, id);
  if (!grant || grant.revoked || !canSeeGrant(actor, grant)) throw AuthErrors.GRANT_NOT_FOUND();
  const used = requireAdminOver(actor, grant.unitPath);
  if (isOwnLastAdminGrant(actor, grant)) throw AuthErrors.LAST_OWN_ADMIN_GRANT();

  await deps.db.transaction().execute(async (trx) => {
    if (!(await revokeGrantRow(trx, grant.id, actor.accountId, deps.now()))) throw AuthErrors.GRANT_NOT_FOUND();
    await recordAudit(trx, audit, {
      action: 'auth.grant.revoke',
      entityType: 'grant',
      entityId: grant.id,
      unitId: grant.unitId,
      authority: authorityLabel(used),
      before: {
        accountId: grant.accountId,
        role: grant.role,
        unitId: grant.unitId,
        unitPath: grant.unitPath,
        managementBodyId: grant.managementBodyId,
      },
      after: { revoked: true },
    });
  });
}
