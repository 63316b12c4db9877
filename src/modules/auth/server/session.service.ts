import type { Locale } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import type { Session } from '../auth.contract.js';
import { findAccountById, setAccountLocale } from './account.queries.js';
import { SELF_AUTHORITY, type ActorCall } from './auth-call.js';
import { deleteAccountSessions, deleteSession } from './session.queries.js';
import { sessionView } from './session-view.js';

export async function getAccountSession(deps: AppDeps, actor: AccountActor): Promise<Session> {
  return sessionView(deps.db, deps.config, {
    accountId: actor.accountId,
    mfaPassed: actor.stage !== 'mfa',
    csrfToken: actor.csrfToken,
    requestedLocale: actor.locale,
  });
}

export async function logout(deps: AppDeps, actor: AccountActor): Promise<void> {
  await deleteSession(deps.db, actor.sessionId);
}

/** Ends every session of the account, this one included (a lost phone, a shared computer). */
export async function logoutEverywhere({ deps, actor, audit }: ActorCall): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const account = await findAccountById(trx, actor.accountId);
    const ended = await deleteAccountSessions(trx, actor.accountId);
    await recordAudit(trx, audit, {
      action: 'auth.session.logout-everywhere',
      entityType: 'account',
      entityId: actor.accountId,
      unitId: account?.homeUnitId ?? null,
      authority: SELF_AUTHORITY,
      after: { sessionsEnded: ended },
    });
  });
}

/**
 * Stores the chosen language on the account (the cookie is the route's job). Not from a session
 * that still owes its second factor: the password alone does not change the account.
 */
export async function saveLocale({ deps, actor, audit }: ActorCall, locale: Locale): Promise<void> {
  if (actor.stage === 'mfa') return;
  await deps.db.transaction().execute(async (trx) => {
    const account = await findAccountById(trx, actor.accountId);
    if (!account || account.locale === locale) return;
    await setAccountLocale(trx, account.id, locale);
    await recordAudit(trx, audit, {
      action: 'auth.account.locale',
      entityType: 'account',
      entityId: account.id,
      unitId: account.homeUnitId,
      authority: SELF_AUTHORITY,
      before: { locale: account.locale },
      after: { locale },
    });
  });
}
