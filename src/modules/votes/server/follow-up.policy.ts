import type { AccountActor, Role } from '../../../platform/server/auth/actor.js';
import { coversPath } from '../../../platform/server/auth/scope.js';

/**
 * Who may mark a vote follow-up done or dismissed: the organizer who runs the round, or the decider
 * (the competent body, DOMAIN §2.1 "the competent body considers …"), or an administrator, over the
 * round's unit. Reading follows the round (every role) or the person (people module).
 */
export const FOLLOW_UP_RESOLVE_ROLES: readonly Role[] = ['admin', 'organizer', 'decider'];

export function canResolveFollowUp(actor: AccountActor, round: { readonly unitPath: string }): boolean {
  return coversPath(actor, FOLLOW_UP_RESOLVE_ROLES, round.unitPath);
}

/** The authority used, for the audit log: `decider@/1/5/ (grant 12)` (nearest grant). */
export function followUpAuthority(actor: AccountActor, unitPath: string): string | null {
  const grant = actor.grants
    .filter((g) => FOLLOW_UP_RESOLVE_ROLES.includes(g.role) && unitPath.startsWith(g.unitPath))
    .sort((a, b) => b.unitPath.length - a.unitPath.length)[0];
  return grant ? `${grant.role}@${grant.unitPath} (grant ${grant.grantId})` : null;
}
