import { CommonErrors, type ErrorDetail } from '../../../shared/app-error.js';
import type { Role } from '../../../platform/server/auth/actor.js';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { CreateAccountInputSchema } from '../auth.contract.js';
import { AuthErrors } from '../auth.errors.js';
import { writeMfaReset, writePasswordReset } from './account-resets.service.js';
import { findAccountById, findAccountByUsername, insertAccountRow, type AccountRow } from './account.queries.js';
import { accountAuditView } from './account-view.js';
import { vietnamDate } from './grants.service.js';
import { insertGrant, listAccountGrantViews } from './grant.queries.js';
import { findManagementBody, findUnitFacts, type UnitFacts } from './org-lookup.queries.js';
import { deleteAccountSessions } from './session.queries.js';

/**
 * Accounts written by the system rather than by an administrator through the API: the demo seeder,
 * `merit create-admin`, `merit reset-password`. There is no actor, so no policy check; the data still
 * obeys the rules the accounts API applies, and every write is audited (as the system) in the
 * caller's transaction. Call after the org module's writers in the same transaction (they take the
 * tree lock, then the audit lock).
 */

export interface SystemAccountInput {
  /** Checked against UsernameSchema (and lower-cased, as the API does). */
  readonly username: string;
  readonly displayName: string;
  readonly homeUnitId: number;
  /** From hashPassword; the password itself never reaches this module's writers. */
  readonly passwordHash: string;
  /** True when someone other than the holder chose the password (generated and printed, handed over). */
  readonly mustChangePassword: boolean;
  readonly grant: { readonly role: Role; readonly unitId: number; readonly managementBodyId?: number | null };
  /** Added to both audit events, e.g. `{ demo: true }` or `{ via: 'merit create-admin' }`. Never a secret. */
  readonly auditNote?: Readonly<Record<string, unknown>>;
}

export interface SystemAccountResult {
  readonly accountId: number;
  readonly username: string;
  readonly grantId: number;
}

const USERNAME_TAKEN_NOTE = 'trùng với một tài khoản khác (không phân biệt chữ hoa, chữ thường)';

function invalid(details: ErrorDetail[]): never {
  throw CommonErrors.VALIDATION_FAILED(details);
}

async function activeUnit(db: Db, unitId: number, field: string): Promise<UnitFacts> {
  const unit = await findUnitFacts(db, unitId);
  if (!unit) throw AuthErrors.UNIT_NOT_FOUND([{ field, message: `Không có đơn vị id ${unitId}` }]);
  if (!unit.active) throw AuthErrors.UNIT_INACTIVE([{ field, message: unit.name }]);
  return unit;
}

/**
 * Creates an account with one grant, both audited. Throws AppError (VALIDATION_FAILED,
 * USERNAME_TAKEN, UNIT_NOT_FOUND, UNIT_INACTIVE, DECIDER_NEEDS_BODY, BODY_NOT_IN_UNIT,
 * BODY_ONLY_FOR_DECIDER); the caller's transaction then rolls back.
 */
export async function createSystemAccount(trx: Db, audit: AuditContext, input: SystemAccountInput): Promise<SystemAccountResult> {
  const username = CreateAccountInputSchema.shape.username.safeParse(input.username);
  const displayName = CreateAccountInputSchema.shape.displayName.safeParse(input.displayName);
  const problems: ErrorDetail[] = [];
  if (!username.success) problems.push({ field: 'username', message: username.error.issues[0]?.message ?? 'invalid' });
  if (!displayName.success) problems.push({ field: 'displayName', message: displayName.error.issues[0]?.message ?? 'invalid' });
  if (!username.success || !displayName.success) invalid(problems);

  const home = await activeUnit(trx, input.homeUnitId, 'homeUnitId');
  const unit = input.grant.unitId === home.id ? home : await activeUnit(trx, input.grant.unitId, 'grant.unitId');
  const bodyId = input.grant.managementBodyId ?? null;
  if (input.grant.role === 'decider') {
    if (bodyId === null) throw AuthErrors.DECIDER_NEEDS_BODY();
    const body = await findManagementBody(trx, bodyId, vietnamDate(audit.now()));
    if (!body || body.unitId !== unit.id || !body.inForce) throw AuthErrors.BODY_NOT_IN_UNIT();
  } else if (bodyId !== null) {
    throw AuthErrors.BODY_ONLY_FOR_DECIDER();
  }
  const taken = () => AuthErrors.USERNAME_TAKEN([{ field: 'username', message: USERNAME_TAKEN_NOTE }]);
  if (await findAccountByUsername(trx, username.data)) throw taken();

  const now = audit.now();
  const note = input.auditNote ?? {};
  const accountId = await insertAccountRow(trx, {
    username: username.data,
    displayName: displayName.data,
    email: null,
    homeUnitId: home.id,
    passwordHash: input.passwordHash,
    mustChangePassword: input.mustChangePassword,
    now,
  }).catch((error: unknown) => {
    // Two processes creating the same username at once: the unique index on lower(username) decides.
    throw (error as { code?: unknown }).code === '23505' ? taken() : error;
  });
  const created = await findAccountById(trx, accountId);
  if (!created) throw new Error('account vanished after insert');
  await recordAudit(trx, audit, {
    action: 'auth.account.create',
    entityType: 'account',
    entityId: accountId,
    unitId: home.id,
    after: { ...accountAuditView(created), ...note },
  });

  const wanted = { accountId, role: input.grant.role, unitId: unit.id, managementBodyId: bodyId };
  // No granter: a grant the system gave shows no "granted by".
  const grantId = await insertGrant(trx, { ...wanted, grantedBy: null, now });
  await recordAudit(trx, audit, {
    action: 'auth.grant.create',
    entityType: 'grant',
    entityId: grantId,
    unitId: unit.id,
    after: { ...wanted, username: username.data, unitPath: unit.path, ...note },
  });
  return { accountId, username: username.data, grantId };
}

export interface SystemResetInput {
  /** Found case-insensitively. */
  readonly username: string;
  readonly passwordHash: string;
  /** Also remove the second factor (a lost phone); otherwise it is kept. */
  readonly resetMfa: boolean;
  readonly auditNote?: Readonly<Record<string, unknown>>;
}

export interface SystemResetResult {
  readonly accountId: number;
  readonly username: string;
  readonly displayName: string;
  readonly sessionsEnded: number;
  /** The account still has a second factor (kept, since resetMfa was false). */
  readonly mfaEnabled: boolean;
  /** A second factor was enrolled and has been removed. */
  readonly mfaRemoved: boolean;
  /** A disabled account stays disabled: the reset does not let it sign in. */
  readonly disabled: boolean;
  /** Roles of its active grants. */
  readonly roles: readonly Role[];
}

/**
 * The emergency door for a locked-out account (a sole administrator who forgot the password): a new
 * temporary password it must change at next sign-in, its sign-in lockout lifted, every session
 * ended, and optionally its second factor removed — the same writes and audit actions as an
 * administrator's resets, made by the system. Undefined when no account has that username.
 */
export async function resetAccountBySystem(
  trx: Db,
  audit: AuditContext,
  input: SystemResetInput,
): Promise<SystemResetResult | undefined> {
  const row = await findAccountByUsername(trx, input.username.trim());
  if (!row) return undefined;
  const note = input.auditNote ?? {};
  const reload = async (): Promise<AccountRow> => {
    const current = await findAccountById(trx, row.id);
    if (!current) throw new Error('account vanished during reset');
    return current;
  };

  await writePasswordReset(trx, row, input.passwordHash, audit.now());
  const sessionsEnded = await deleteAccountSessions(trx, row.id);
  const afterPassword = await reload();
  await recordAudit(trx, audit, {
    action: 'auth.account.password-reset',
    entityType: 'account',
    entityId: row.id,
    unitId: row.homeUnitId,
    before: accountAuditView(row),
    after: { ...accountAuditView(afterPassword), sessionsEnded, ...note },
  });

  let final = afterPassword;
  const hadMfa = row.totpEnabledAt !== null || row.totpPendingSecret !== null;
  if (input.resetMfa && hadMfa) {
    await writeMfaReset(trx, row);
    final = await reload();
    await recordAudit(trx, audit, {
      action: 'auth.account.mfa-reset',
      entityType: 'account',
      entityId: row.id,
      unitId: row.homeUnitId,
      before: accountAuditView(afterPassword),
      after: { ...accountAuditView(final), ...note },
    });
  }
  const grants = await listAccountGrantViews(trx, row.id);
  return {
    accountId: row.id,
    username: row.username,
    displayName: row.displayName,
    sessionsEnded,
    mfaEnabled: final.totpEnabledAt !== null,
    mfaRemoved: row.totpEnabledAt !== null && final.totpEnabledAt === null,
    disabled: final.disabledAt !== null,
    roles: [...new Set(grants.map((g) => g.role))],
  };
}
