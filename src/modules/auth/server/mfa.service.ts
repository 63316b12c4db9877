import { randomBytes } from 'node:crypto';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { AuthErrors } from '../auth.errors.js';
import { decodeBase32, encodeBase32 } from '../base32.rules.js';
import { otpauthUri, TOTP_SECRET_BYTES, verifyTotp, type TotpCheck } from '../totp.rules.js';
import { findAccountById, updateAccountRow, type AccountRow } from './account.queries.js';
import { consumeTotpStep, setPendingTotp } from './totp.queries.js';
import { SELF_AUTHORITY, type ActorCall, type ClientInfo, type SignedIn } from './auth-call.js';
import { renderQrSvg } from './mfa-qr.js';
import { deleteSession, insertSession } from './session.queries.js';
import { sessionView } from './session-view.js';
import { assertNotLocked, clearAccountFailures, countFailure } from './throttle.service.js';

/** Long enough to install an authenticator app and scan; after that, start again with a new secret. */
export const MFA_ENROLMENT_TTL_MINUTES = 15;

/** The second step of sign-in: the code from the authenticator app. Throttled like the password. */
export async function verifyMfa(call: ActorCall, code: string, client: ClientInfo): Promise<SignedIn> {
  const { deps, actor } = call;
  if (actor.stage !== 'mfa') throw AuthErrors.MFA_NOT_PENDING();
  const now = deps.now();
  const attempt = { username: actor.username, ip: client.ip };
  await assertNotLocked(deps.db, attempt, now);
  const account = await getAccount(deps.db, actor);
  const key = account.totpSecret === null ? undefined : decodeBase32(account.totpSecret);
  const check: TotpCheck = key ? verifyTotp(key, code, now, account.totpLastStep) : { ok: false, reason: 'invalid' };
  if (!check.ok) return refuseCode(call, check.reason, client, now);

  return passSecondFactor(call, account, client, async (trx) => {
    // The conditional update is the replay guard when two requests race with the same code.
    if (!(await consumeTotpStep(trx, account.id, check.step))) throw AuthErrors.MFA_CODE_REUSED();
    await recordAudit(trx, call.audit, {
      action: 'auth.session.mfa-verify',
      entityType: 'account',
      entityId: account.id,
      unitId: account.homeUnitId,
      authority: SELF_AUTHORITY,
    });
  });
}

/** A new secret, held pending until confirmed; the current one (if any) keeps working meanwhile. */
export async function startMfaEnrolment({
  deps,
  actor,
}: ActorCall): Promise<{ secret: string; otpauthUri: string; qrSvg: string }> {
  if (actor.stage === 'mfa') throw AuthErrors.MFA_REQUIRED();
  const secretBytes = randomBytes(TOTP_SECRET_BYTES);
  const secret = encodeBase32(secretBytes);
  await setPendingTotp(deps.db, actor.accountId, secret, deps.now());
  const uri = otpauthUri({ secret: secretBytes, accountName: actor.username });
  return { secret, otpauthUri: uri, qrSvg: await renderQrSvg(uri) };
}

/** The user proves their app holds the pending secret; it becomes the account's second factor. */
export async function confirmMfaEnrolment(call: ActorCall, code: string, client: ClientInfo): Promise<SignedIn> {
  const { deps, actor } = call;
  if (actor.stage === 'mfa') throw AuthErrors.MFA_REQUIRED();
  const now = deps.now();
  await assertNotLocked(deps.db, { username: actor.username, ip: client.ip }, now);
  const account = await getAccount(deps.db, actor);
  const startedAt = account.totpPendingAt?.getTime() ?? 0;
  const key = account.totpPendingSecret === null ? undefined : decodeBase32(account.totpPendingSecret);
  if (!key || now.getTime() - startedAt > MFA_ENROLMENT_TTL_MINUTES * 60_000) throw AuthErrors.MFA_ENROLMENT_NOT_STARTED();
  const check = verifyTotp(key, code, now, null);
  if (!check.ok) return refuseCode(call, check.reason, client, now);

  return passSecondFactor(call, account, client, async (trx) => {
    await updateAccountRow(trx, account.id, {
      totp_secret: account.totpPendingSecret,
      totp_enabled_at: now,
      totp_last_step: check.step,
      totp_pending_secret: null,
      totp_pending_at: null,
    });
    await recordAudit(trx, call.audit, {
      action: 'auth.account.mfa-enrol',
      entityType: 'account',
      entityId: account.id,
      unitId: account.homeUnitId,
      authority: SELF_AUTHORITY,
      before: { mfaEnabled: account.totpEnabledAt !== null },
      after: { mfaEnabled: true },
    });
  });
}

async function getAccount(db: Db, actor: AccountActor): Promise<AccountRow> {
  const account = await findAccountById(db, actor.accountId);
  if (!account) throw AuthErrors.ACCOUNT_NOT_FOUND();
  return account;
}

async function refuseCode(call: ActorCall, reason: 'invalid' | 'replayed', client: ClientInfo, now: Date): Promise<never> {
  const { deps, actor } = call;
  client.log.info({ event: 'auth.mfa.failed', username: actor.username, ip: client.ip, reason }, 'two-factor code refused');
  const locked = await countFailure(deps.db, { username: actor.username, ip: client.ip }, now);
  throw locked ?? (reason === 'replayed' ? AuthErrors.MFA_CODE_REUSED() : AuthErrors.INVALID_MFA_CODE());
}

/**
 * The second factor is proven: the session is replaced by a new one (new token, new CSRF token)
 * marked as having passed it, in one transaction with `write` (ASVS V3.2.1: new token on
 * privilege change).
 */
async function passSecondFactor(
  call: ActorCall,
  account: AccountRow,
  client: ClientInfo,
  write: (trx: Db) => Promise<void>,
): Promise<SignedIn> {
  const { deps, actor } = call;
  const created = await deps.db.transaction().execute(async (trx) => {
    await write(trx);
    await deleteSession(trx, actor.sessionId);
    return insertSession(trx, {
      accountId: account.id,
      mfaPassed: true,
      now: deps.now(),
      ip: client.ip,
      userAgent: client.userAgent,
    });
  });
  await clearAccountFailures(deps.db, account.username);
  const session = await sessionView(deps.db, deps.config, {
    accountId: account.id,
    mfaPassed: true,
    csrfToken: created.csrfToken,
    requestedLocale: actor.locale,
  });
  return { token: created.token, session };
}
