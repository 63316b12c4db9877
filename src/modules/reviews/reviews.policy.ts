import type { AccountActor, Role } from '../../platform/server/auth/actor.js';
import { coversPath } from '../../platform/server/auth/scope.js';
import { ORG_READ_ROLES, ORG_WRITE_ROLES } from '../org/index.js';

/**
 * Who may do what in the annual review (issue 4), by construction (đúng thẩm quyền):
 *
 * - open a cycle, extend its deadlines, record self-reviews, comments and proposals: an administrator or
 *   organizer covering the cycle's unit (the advisory body's staff);
 * - read a cycle and its reviews: any role covering the unit;
 * - decide (and re-rate) a rating: only a decider acting for the person's management body (diện quản lý).
 *   A collective, or a person with no management body recorded, is decided by the directly higher
 *   level: a decider whose grant is on a unit strictly above the reviewed unit.
 */
export const REVIEWS_READ_ROLES: readonly Role[] = ORG_READ_ROLES;
export const REVIEWS_MANAGE_ROLES: readonly Role[] = ORG_WRITE_ROLES;

export type CycleAccess = 'manage' | 'read' | 'none';

export function cycleAccess(actor: AccountActor, unitPath: string): CycleAccess {
  if (coversPath(actor, REVIEWS_MANAGE_ROLES, unitPath)) return 'manage';
  return coversPath(actor, REVIEWS_READ_ROLES, unitPath) ? 'read' : 'none';
}

export interface DecidableReview {
  readonly unitPath: string;
  readonly managementBodyId: number | null;
}

/** The decider grant the actor would act under, or undefined when they may not decide this review. */
export function decidingGrant(actor: AccountActor, review: DecidableReview) {
  return actor.grants.find((g) =>
    g.role !== 'decider'
      ? false
      : review.managementBodyId !== null
        ? g.managementBodyId === review.managementBodyId
        : review.unitPath.startsWith(g.unitPath) && review.unitPath !== g.unitPath,
  );
}

export function canDecide(actor: AccountActor, review: DecidableReview): boolean {
  return decidingGrant(actor, review) !== undefined;
}

/** The authority used, for the audit log: `organizer@/1/5/ (grant 12)` (nearest grant). */
export function reviewsAuthority(actor: AccountActor, unitPath: string): string | null {
  const grant = actor.grants
    .filter((g) => REVIEWS_MANAGE_ROLES.includes(g.role) && unitPath.startsWith(g.unitPath))
    .sort((a, b) => b.unitPath.length - a.unitPath.length)[0];
  return grant ? `${grant.role}@${grant.unitPath} (grant ${grant.grantId})` : null;
}

export function decisionAuthority(actor: AccountActor, review: DecidableReview): string | null {
  const g = decidingGrant(actor, review);
  return g ? `decider@${g.unitPath} body ${g.managementBodyId ?? '-'} (grant ${g.grantId})` : null;
}
