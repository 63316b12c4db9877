import type { Locale } from '../../../shared/app-error.js';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { AuthErrors } from '../auth.errors.js';
import { findAccountByUsername } from './account.queries.js';
import { selfAudit, SELF_AUTHORITY, type ClientInfo, type SignedIn } from './auth-call.js';
import { verifyNothing, verifyPassword } from './password-hash.js';
import { deleteSession, insertSession } from './session.queries.js';
import { sessionView } from './session-view.js';
import { assertNotLocked, clearAccountFailures, countFailure } from './throttle.service.js';

export interface LoginInput {
  readonly username: string;
  readonly password: string;
  /** The session the browser held before, if any: it ends here (rotation on sign-in). */
  readonly previousSessionId: string | null;
  readonly locale: Locale;
}

/**
 * Sign-in with a password. Always a new session with a new token, so a token planted before sign-in
 * (session fixation, ASVS V3.2.1) is worthless after it. Failures are counted (throttle table) and
 * logged, not audited; they all look the same to the caller.
 */
export async function login(deps: AppDeps, audit: AuditContext, input: LoginInput, client: ClientInfo): Promise<SignedIn> {
  const now = deps.now();
  const attempt = { username: input.username, ip: client.ip };
  await assertNotLocked(deps.db, attempt, now);

  const account = await findAccountByUsername(deps.db, input.username);
  const passwordOk = account ? await verifyPassword(account.passwordHash, input.password) : await verifyNothing(input.password);
  if (!account || !passwordOk) {
    client.log.info(
      { event: 'auth.login.failed', username: input.username, ip: client.ip, reason: account ? 'password' : 'unknown-user' },
      'sign-in refused',
    );
    throw (await countFailure(deps.db, attempt, now)) ?? AuthErrors.INVALID_CREDENTIALS();
  }
  // Only someone who knows the password learns that the account is disabled.
  if (account.disabledAt !== null) throw AuthErrors.ACCOUNT_DISABLED();

  const mfaEnabled = account.totpEnabledAt !== null;
  const created = await deps.db.transaction().execute(async (trx) => {
    if (input.previousSessionId) await deleteSession(trx, input.previousSessionId);
    const session = await insertSession(trx, {
      accountId: account.id,
      mfaPassed: !mfaEnabled,
      now,
      ip: client.ip,
      userAgent: client.userAgent,
    });
    await recordAudit(trx, selfAudit(audit, account), {
      action: 'auth.session.login',
      entityType: 'account',
      entityId: account.id,
      unitId: account.homeUnitId,
      authority: SELF_AUTHORITY,
      after: { mfaPending: mfaEnabled },
    });
    return session;
  });
  // With a second factor, the counter is cleared only once the code is right too; otherwise the
  // password alone could reset it between guesses at the code.
  if (!mfaEnabled) await clearAccountFailures(deps.db, account.username);

  const session = await sessionView(deps.db, deps.config, {
    accountId: account.id,
    mfaPassed: !mfaEnabled,
    csrfToken: created.csrfToken,
    requestedLocale: input.locale,
  });
  return { token: created.token, session };
}
