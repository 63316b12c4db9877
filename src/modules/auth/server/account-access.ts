import type { AccountActor, ActorGrant } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import { AuthErrors } from '../auth.errors.js';
import { adminGrantOver, canListAccounts, canManageAccount, canSeeAccount } from '../auth.policy.js';
import { findAccountById, type AccountRow } from './account.queries.js';

/**
 * Loads an account for an administrator's action: 404 when the caller may not even see it (its
 * existence stays hidden), 403 when they see it but hold no admin grant over its home unit.
 * Returns the grant used, for the audit's authority.
 */
export async function getManagedAccount(
  db: Db,
  actor: AccountActor,
  id: number,
): Promise<{ row: AccountRow; grant: ActorGrant }> {
  const row = await findAccountById(db, id);
  if (!row || !canSeeAccount(actor, row)) throw AuthErrors.ACCOUNT_NOT_FOUND();
  const grant = canManageAccount(actor, row) ? adminGrantOver(actor, row.homeUnitPath) : undefined;
  if (!grant) throw AuthErrors.NOT_ACCOUNT_ADMIN();
  return { row, grant };
}

/** The admin grant over a unit, or the right 403: not an administrator at all, or not over this unit. */
export function requireAdminOver(actor: AccountActor, unitPath: string): ActorGrant {
  const grant = adminGrantOver(actor, unitPath);
  if (grant) return grant;
  throw canListAccounts(actor) ? AuthErrors.OUTSIDE_AUTHORITY() : AuthErrors.NOT_ADMIN();
}
