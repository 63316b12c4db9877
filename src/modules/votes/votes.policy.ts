import type { AccountActor, Role } from '../../platform/server/auth/actor.js';
import { coversPath } from '../../platform/server/auth/scope.js';
import { ORG_READ_ROLES, ORG_WRITE_ROLES } from '../org/index.js';

/**
 * Who may do what with a vote round: the authority over the round's unit.
 *
 * - run it (subjects, roll, attendance, open, codes, close, publish): an administrator or organizer
 *   covering the unit;
 * - read it (the round, the tally once closed, the published ballot list): any role covering the unit.
 *
 * A round the actor cannot read answers 404; readable but not manageable, 403. Casting a ballot and
 * checking a receipt take no account at all: the room code (or the receipt) is the only authority.
 */
export const VOTES_READ_ROLES: readonly Role[] = ORG_READ_ROLES;
export const VOTES_MANAGE_ROLES: readonly Role[] = ORG_WRITE_ROLES;

export interface PolicyRound {
  /** The path of the round's unit. */
  readonly unitPath: string;
}

export function canReadRound(actor: AccountActor, round: PolicyRound): boolean {
  return coversPath(actor, VOTES_READ_ROLES, round.unitPath);
}

export function canManageRound(actor: AccountActor, round: PolicyRound): boolean {
  return coversPath(actor, VOTES_MANAGE_ROLES, round.unitPath);
}

export type RoundAccess = 'manage' | 'read' | 'none';

export function roundAccess(actor: AccountActor, round: PolicyRound): RoundAccess {
  if (canManageRound(actor, round)) return 'manage';
  return canReadRound(actor, round) ? 'read' : 'none';
}

/** The authority used, for the audit log: `organizer@/1/5/ (grant 12)` (nearest grant). */
export function votesAuthority(actor: AccountActor, unitPath: string): string | null {
  const grant = actor.grants
    .filter((g) => VOTES_MANAGE_ROLES.includes(g.role) && unitPath.startsWith(g.unitPath))
    .sort((a, b) => b.unitPath.length - a.unitPath.length)[0];
  return grant ? `${grant.role}@${grant.unitPath} (grant ${grant.grantId})` : null;
}
