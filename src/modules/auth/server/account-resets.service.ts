import type { ActorGrant } from '../../../platform/server/auth/actor.js';
import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { Account } from '../auth.contract.js';
import { AuthErrors, weakPassword } from '../auth.errors.js';
import { authorityLabel } from '../auth.policy.js';
import { checkPasswordPolicy } from '../password.rules.js';
import { accountThrottleKey } from '../throttle.rules.js';
import { getManagedAccount } from './account-access.js';
import { findAccountById, updateAccountRow, type AccountRow } from './account.queries.js';
import { accountAuditView, toAccountView } from './account-view.js';
import type { ActorCall } from './auth-call.js';
import { listAccountGrantViews } from './grant.queries.js';
import { hashPassword } from './password-hash.js';
import { deleteAccountSessions } from './session.queries.js';
import { clearThrottle } from './throttle.queries.js';

/**
 * An administrator sets a temporary password: the holder must choose a new one at next sign-in,
 * every session of theirs ends, and a lockout from forgotten-password attempts is lifted.
 * Not on oneself — the change-password form proves the current password; this does not.
 */
export async function resetPassword(call: ActorCall, id: number, newPassword: string): Promise<Account> {
  const { deps, actor } = call;
  const managed = await getManagedAccount(deps.db, actor, id);
  const { row } = managed;
  if (row.id === actor.accountId) throw AuthErrors.SELF_RESET_REFUSED();
  const reasons = checkPasswordPolicy(newPassword, { username: row.username });
  if (reasons.length > 0) throw weakPassword(reasons, 'body.newPassword', actor.locale);
  const passwordHash = await hashPassword(newPassword);
  const now = deps.now();
  return applyReset(call, managed, 'auth.account.password-reset', (trx) => writePasswordReset(trx, row, passwordHash, now));
}

/** A temporary password (to be replaced at next sign-in), and the account's sign-in lockout lifted. */
export async function writePasswordReset(
  trx: Db,
  row: Pick<AccountRow, 'id' | 'username'>,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await updateAccountRow(trx, row.id, { password_hash: passwordHash, password_changed_at: now, must_change_password: true });
  await clearThrottle(trx, accountThrottleKey(row.username));
}

/** No second factor, enrolled or half-enrolled: the holder enrols again at next sign-in. */
export async function writeMfaReset(trx: Db, row: Pick<AccountRow, 'id'>): Promise<void> {
  await updateAccountRow(trx, row.id, {
    totp_secret: null,
    totp_enabled_at: null,
    totp_last_step: null,
    totp_pending_secret: null,
    totp_pending_at: null,
  });
}

/**
 * An administrator removes the account's second factor (a lost phone). The holder signs in with the
 * password and enrols again; administrators are sent straight to enrolment. Sessions end, since
 * they were opened with the factor now removed.
 */
export async function resetMfa(call: ActorCall, id: number): Promise<Account> {
  const { deps, actor } = call;
  const managed = await getManagedAccount(deps.db, actor, id);
  const { row } = managed;
  if (row.id === actor.accountId) throw AuthErrors.SELF_RESET_REFUSED();
  return applyReset(call, managed, 'auth.account.mfa-reset', (trx) => writeMfaReset(trx, row));
}

/** The write, the end of the account's sessions and the audit event, in one transaction. */
async function applyReset(
  { deps, audit }: ActorCall,
  { row, grant }: { row: AccountRow; grant: ActorGrant },
  action: string,
  write: (trx: Db) => Promise<void>,
): Promise<Account> {
  const after: AccountRow = await deps.db.transaction().execute(async (trx) => {
    await write(trx);
    const ended = await deleteAccountSessions(trx, row.id);
    const updated = await findAccountById(trx, row.id);
    if (!updated) throw new Error('account vanished during reset');
    await recordAudit(trx, audit, {
      action,
      entityType: 'account',
      entityId: row.id,
      unitId: row.homeUnitId,
      authority: authorityLabel(grant),
      before: accountAuditView(row),
      after: { ...accountAuditView(updated), sessionsEnded: ended },
    });
    return updated;
  });
  return toAccountView(after, await listAccountGrantViews(deps.db, row.id));
}
