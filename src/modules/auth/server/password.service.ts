import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import type { Session } from '../auth.contract.js';
import { AuthErrors, fieldError, weakPassword } from '../auth.errors.js';
import { checkPasswordPolicy } from '../password.rules.js';
import { findAccountById, updateAccountRow } from './account.queries.js';
import { accountAuditView } from './account-view.js';
import { SELF_AUTHORITY, type ActorCall, type ClientInfo } from './auth-call.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import { deleteAccountSessions } from './session.queries.js';
import { getAccountSession } from './session.service.js';
import { assertNotLocked, countFailure } from './throttle.service.js';

const CURRENT_WRONG_NOTE = { vi: 'không đúng', en: 'is incorrect' };

/**
 * The holder changes their own password: prove the current one (a wrong one counts as a failed
 * sign-in, so a stolen session cannot guess it), meet the policy, then every other session ends
 * (ASVS V3.3.3) and a pending "must change" is cleared.
 */
export async function changePassword(
  call: ActorCall,
  input: { currentPassword: string; newPassword: string },
  client: ClientInfo,
): Promise<Session> {
  const { deps, actor, audit } = call;
  if (actor.stage === 'mfa') throw AuthErrors.MFA_REQUIRED();
  const now = deps.now();
  const attempt = { username: actor.username, ip: client.ip };
  await assertNotLocked(deps.db, attempt, now);
  const account = await findAccountById(deps.db, actor.accountId);
  if (!account) throw AuthErrors.ACCOUNT_NOT_FOUND();
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    client.log.info({ event: 'auth.password.failed', username: actor.username, ip: client.ip }, 'current password wrong');
    const locked = await countFailure(deps.db, attempt, now);
    throw locked ?? fieldError(AuthErrors.CURRENT_PASSWORD_WRONG, 'body.currentPassword', CURRENT_WRONG_NOTE, actor.locale);
  }
  const reasons = checkPasswordPolicy(input.newPassword, { username: account.username, previous: input.currentPassword });
  if (reasons.length > 0) throw weakPassword(reasons, 'body.newPassword', actor.locale);
  const passwordHash = await hashPassword(input.newPassword);

  await deps.db.transaction().execute(async (trx) => {
    await updateAccountRow(trx, account.id, {
      password_hash: passwordHash,
      password_changed_at: now,
      must_change_password: false,
    });
    const ended = await deleteAccountSessions(trx, account.id, actor.sessionId);
    const after = await findAccountById(trx, account.id);
    await recordAudit(trx, audit, {
      action: 'auth.account.password-change',
      entityType: 'account',
      entityId: account.id,
      unitId: account.homeUnitId,
      authority: SELF_AUTHORITY,
      before: accountAuditView(account),
      after: after && { ...accountAuditView(after), otherSessionsEnded: ended },
    });
  });
  return getAccountSession(deps, actor);
}
