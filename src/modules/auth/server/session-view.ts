import type { Locale } from '../../../shared/app-error.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { Config } from '../../../platform/server/config.js';
import type { Session } from '../auth.contract.js';
import { effectiveLocale, sessionStage } from '../session.rules.js';
import { findAccountById } from './account.queries.js';
import { listAccountGrantViews } from './grant.queries.js';

/** The `SessionSchema` body for a signed-in account: who, what they still owe, their grants, the CSRF token. */
export async function sessionView(
  db: Db,
  config: Config,
  input: { accountId: number; mfaPassed: boolean; csrfToken: string; requestedLocale: Locale },
): Promise<Session> {
  const account = await findAccountById(db, input.accountId);
  if (!account) throw new Error(`session view: account ${input.accountId} vanished`);
  // Same set as the actor resolver: grants on active units are the ones that confer anything.
  const grants = await listAccountGrantViews(db, account.id, true);
  const mfaEnabled = account.totpEnabledAt !== null;
  const stage = sessionStage({
    mfaPassed: input.mfaPassed,
    mfaEnabled,
    mustChangePassword: account.mustChangePassword,
    isAdministrator: grants.some((g) => g.role === 'admin'),
    requireAdminMfa: config.requireAdminMfa,
  });
  return {
    account: {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      stage,
      mfaEnabled,
      locale: effectiveLocale(input.requestedLocale, account.locale),
      // The password alone does not reveal what the account may do: grants follow the code.
      grants: stage === 'mfa' ? [] : grants,
    },
    csrfToken: input.csrfToken,
  };
}
