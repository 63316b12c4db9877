import type { AccountActor, Role } from '../../platform/server/auth/actor.js';
import { canEditUnit, canReadUnit, ORG_READ_ROLES, ORG_WRITE_ROLES } from '../org/index.js';

/**
 * Who may do what with personal records: the authority over the person's unit.
 *
 * - read: any grant role covering the unit (or a unit it was merged into);
 * - write: an administrator or organizer covering the unit;
 * - the full ID number: only those who may write; everyone else sees it masked.
 *
 * A person the actor cannot read answers 404; readable but not writable, 403.
 */
export const PEOPLE_READ_ROLES: readonly Role[] = ORG_READ_ROLES;
export const PEOPLE_WRITE_ROLES: readonly Role[] = ORG_WRITE_ROLES;

export interface PolicyPerson {
  /** The path of the person's unit. */
  readonly unitPath: string;
  /** Paths of the units the person's unit was merged into, nearest first. */
  readonly successorPaths?: readonly string[];
}

export function canReadPerson(actor: AccountActor, person: PolicyPerson): boolean {
  return canReadUnit(actor, { path: person.unitPath, successorPaths: person.successorPaths ?? [] });
}

export function canEditPerson(actor: AccountActor, person: PolicyPerson): boolean {
  return canEditUnit(actor, { path: person.unitPath });
}

export function canSeeFullIdNumber(actor: AccountActor, person: PolicyPerson): boolean {
  return canEditPerson(actor, person);
}

/** Placing a person in (or giving them a post in) a unit needs write authority over that unit. */
export function canPlaceInUnit(actor: AccountActor, unitPath: string): boolean {
  return canEditUnit(actor, { path: unitPath });
}

export type PersonAccess = 'write' | 'read' | 'none';

export function personAccess(actor: AccountActor, person: PolicyPerson): PersonAccess {
  if (canEditPerson(actor, person)) return 'write';
  return canReadPerson(actor, person) ? 'read' : 'none';
}

/** The authority used over `paths`, for the audit log: `organizer@/1/5/ (grant 12)` (nearest grant). */
export function peopleAuthority(actor: AccountActor, paths: readonly string[]): string | null {
  const labels = new Set<string>();
  for (const path of paths) {
    const grant = actor.grants
      .filter((g) => PEOPLE_WRITE_ROLES.includes(g.role) && path.startsWith(g.unitPath))
      .sort((a, b) => b.unitPath.length - a.unitPath.length)[0];
    if (grant) labels.add(`${grant.role}@${grant.unitPath} (grant ${grant.grantId})`);
  }
  return labels.size > 0 ? [...labels].join(' + ') : null;
}
