import type { Account, Grant } from '../auth.contract.js';
import type { AccountRow } from './account.queries.js';

export function toAccountView(row: AccountRow, grants: Grant[]): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    homeUnitId: row.homeUnitId,
    homeUnitName: row.homeUnitName,
    mfaEnabled: row.totpEnabledAt !== null,
    mustChangePassword: row.mustChangePassword,
    disabled: row.disabledAt !== null,
    createdAt: row.createdAt.toISOString(),
    grants,
    version: row.version,
  };
}

/** What the audit log keeps of an account: no password hash, no TOTP secret, no tokens. */
export function accountAuditView(row: AccountRow): Record<string, unknown> {
  return {
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    homeUnitId: row.homeUnitId,
    mfaEnabled: row.totpEnabledAt !== null,
    mustChangePassword: row.mustChangePassword,
    disabled: row.disabledAt !== null,
    locale: row.locale,
    version: row.version,
  };
}
