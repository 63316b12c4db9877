import type { z } from 'zod';
import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import { scopePaths } from '../../../platform/server/auth/scope.js';
import type { Account, CreateAccountInputSchema, ListAccountsQuerySchema, UpdateAccountInputSchema } from '../auth.contract.js';
import { AuthErrors, fieldError, weakPassword } from '../auth.errors.js';
import { authorityLabel, canListAccounts } from '../auth.policy.js';
import { checkPasswordPolicy } from '../password.rules.js';
import { getManagedAccount, requireAdminOver } from './account-access.js';
import {
  findAccountById,
  findAccountByUsername,
  insertAccountRow,
  listAccountRows,
  updateAccountRow,
} from './account.queries.js';
import { accountAuditView, toAccountView } from './account-view.js';
import type { ActorCall } from './auth-call.js';
import { listAccountGrantViews, listGrantViews } from './grant.queries.js';
import { findUnitFacts } from './org-lookup.queries.js';
import { hashPassword } from './password-hash.js';
import { deleteAccountSessions } from './session.queries.js';

type ListQuery = z.output<typeof ListAccountsQuerySchema>;
type CreateInput = z.output<typeof CreateAccountInputSchema>;
type UpdateInput = z.output<typeof UpdateAccountInputSchema>;

const USERNAME_TAKEN_NOTE = {
  vi: 'trùng với một tài khoản khác (không phân biệt chữ hoa, chữ thường)',
  en: 'matches another account (case-insensitive)',
};
const UNIT_NOTE = { vi: 'không tồn tại', en: 'does not exist' };

/** Accounts homed in the caller's admin subtrees, optionally under one unit, by username. */
export async function listAccounts(
  { deps, actor }: ActorCall,
  q: ListQuery,
): Promise<{ items: Account[]; total: number; page: number; pageSize: number }> {
  if (!canListAccounts(actor)) throw AuthErrors.NOT_ADMIN();
  let unitPath: string | undefined;
  if (q.unitId !== undefined) {
    // An unknown unit filters to nothing rather than saying whether it exists.
    unitPath = (await findUnitFacts(deps.db, q.unitId))?.path ?? '/nonexistent/';
  }
  const { rows, total } = await listAccountRows(deps.db, {
    paths: scopePaths(actor, ['admin']),
    unitPath,
    search: q.search,
    page: q.page,
    pageSize: q.pageSize,
  });
  const grants = await listGrantViews(
    deps.db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toAccountView(r, grants.get(r.id) ?? [])), total, page: q.page, pageSize: q.pageSize };
}

export async function getAccount({ deps, actor }: ActorCall, id: number): Promise<Account> {
  // One's own account is readable without authority; anyone else's needs an admin grant over it.
  const own = id === actor.accountId ? await findAccountById(deps.db, id) : undefined;
  const row = own ?? (await getManagedAccount(deps.db, actor, id)).row;
  return toAccountView(row, await listAccountGrantViews(deps.db, row.id));
}

export async function createAccount({ deps, actor, audit }: ActorCall, input: CreateInput): Promise<Account> {
  if (!canListAccounts(actor)) throw AuthErrors.NOT_ADMIN();
  const unit = await findUnitFacts(deps.db, input.homeUnitId);
  if (!unit) throw fieldError(AuthErrors.UNIT_NOT_FOUND, 'body.homeUnitId', UNIT_NOTE, actor.locale);
  const grant = requireAdminOver(actor, unit.path);
  if (!unit.active) throw AuthErrors.UNIT_INACTIVE();
  const reasons = checkPasswordPolicy(input.password, { username: input.username });
  if (reasons.length > 0) throw weakPassword(reasons, 'body.password', actor.locale);
  const taken = () => fieldError(AuthErrors.USERNAME_TAKEN, 'body.username', USERNAME_TAKEN_NOTE, actor.locale);
  if (await findAccountByUsername(deps.db, input.username)) throw taken();
  const passwordHash = await hashPassword(input.password);
  const now = deps.now();

  const row = await deps.db
    .transaction()
    .execute(async (trx) => {
      const id = await insertAccountRow(trx, {
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        homeUnitId: unit.id,
        passwordHash,
        now,
      });
      const created = await findAccountById(trx, id);
      if (!created) throw new Error('account vanished after insert');
      await recordAudit(trx, audit, {
        action: 'auth.account.create',
        entityType: 'account',
        entityId: id,
        unitId: unit.id,
        authority: authorityLabel(grant),
        after: accountAuditView(created),
      });
      return created;
    })
    .catch((error: unknown) => {
      // Two administrators creating the same username at once: the unique index decides.
      throw (error as { code?: unknown }).code === '23505' ? taken() : error;
    });
  return toAccountView(row, []);
}

/** Edit, disable or re-enable. Disabling ends the account's sessions at once. */
export async function updateAccount({ deps, actor, audit }: ActorCall, id: number, input: UpdateInput): Promise<Account> {
  const { row, grant } = await getManagedAccount(deps.db, actor, id);
  if (input.disabled === true && row.id === actor.accountId) throw AuthErrors.CANNOT_DISABLE_SELF();
  const now = deps.now();
  const disabledAt = input.disabled === undefined ? undefined : input.disabled ? (row.disabledAt ?? now) : null;

  const updated = await deps.db.transaction().execute(async (trx) => {
    const ok = await updateAccountRow(
      trx,
      row.id,
      {
        ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(disabledAt !== undefined ? { disabled_at: disabledAt } : {}),
      },
      input.version,
    );
    if (!ok) throw AuthErrors.VERSION_CONFLICT();
    if (disabledAt) await deleteAccountSessions(trx, row.id);
    const after = await findAccountById(trx, row.id);
    if (!after) throw new Error('account vanished during update');
    await recordAudit(trx, audit, {
      action: 'auth.account.update',
      entityType: 'account',
      entityId: row.id,
      unitId: row.homeUnitId,
      authority: authorityLabel(grant),
      before: accountAuditView(row),
      after: accountAuditView(after),
    });
    return after;
  });
  return toAccountView(updated, await listAccountGrantViews(deps.db, row.id));
}
