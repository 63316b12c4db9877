import type { AccountActor, ActorGrant, Role } from '../../platform/server/auth/actor.js';
import { coversPath } from '../../platform/server/auth/scope.js';

/**
 * Who may do what with accounts and grants. Pure predicates over the actor's grants; the services
 * enforce them, the web app reuses them to hide actions. Two levels: *see* (any grant over the
 * unit, or oneself) decides between 404 and 403, so no one learns that an account exists outside
 * their units; *manage* needs an `admin` grant covering the unit.
 */
const ANY_ROLE: readonly Role[] = ['admin', 'organizer', 'inspector', 'decider'];

export interface AccountResource {
  readonly id: number;
  /** Materialised path of the account's home unit. */
  readonly homeUnitPath: string;
}

export interface GrantResource {
  readonly id: number;
  readonly accountId: number;
  readonly role: Role;
  readonly unitPath: string;
}

/** The admin grant used over `unitPath`: the closest one, so the audit names the narrowest authority. */
export function adminGrantOver(actor: AccountActor, unitPath: string): ActorGrant | undefined {
  return actor.grants
    .filter((g) => g.role === 'admin' && unitPath.startsWith(g.unitPath))
    .sort((a, b) => b.unitPath.length - a.unitPath.length)[0];
}

/** `admin@/1/5/ (grant 12)`: the authority an audited write was made under. */
export function authorityLabel(grant: ActorGrant): string {
  return `${grant.role}@${grant.unitPath} (grant ${grant.grantId})`;
}

export function canListAccounts(actor: AccountActor): boolean {
  return actor.grants.some((g) => g.role === 'admin');
}

export function canSeeAccount(actor: AccountActor, account: AccountResource): boolean {
  return actor.accountId === account.id || coversPath(actor, ANY_ROLE, account.homeUnitPath);
}

/** Read the full record, update, disable, reset: an admin over the account's home unit. */
export function canManageAccount(actor: AccountActor, account: AccountResource): boolean {
  return coversPath(actor, ['admin'], account.homeUnitPath);
}

export function canCreateAccountIn(actor: AccountActor, homeUnitPath: string): boolean {
  return coversPath(actor, ['admin'], homeUnitPath);
}

/** Granting a role on a unit needs admin authority over that unit: no one hands out more than they hold. */
export function canGrantOn(actor: AccountActor, unitPath: string): boolean {
  return coversPath(actor, ['admin'], unitPath);
}

export function canSeeGrant(actor: AccountActor, grant: GrantResource): boolean {
  return actor.accountId === grant.accountId || coversPath(actor, ANY_ROLE, grant.unitPath);
}

export function canRevokeGrant(actor: AccountActor, grant: GrantResource): boolean {
  return coversPath(actor, ['admin'], grant.unitPath);
}

/** Revoking it would leave the actor with no admin grant at all: refused, so no one locks themselves out. */
export function isOwnLastAdminGrant(actor: AccountActor, grant: GrantResource): boolean {
  if (grant.accountId !== actor.accountId || grant.role !== 'admin') return false;
  return actor.grants.every((g) => g.role !== 'admin' || g.grantId === grant.id);
}
