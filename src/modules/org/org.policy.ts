import type { AccountActor, Role } from '../../platform/server/auth/actor.js';
import { coversPath } from '../../platform/server/auth/scope.js';

/**
 * Who may do what in the organization tree. Pure predicates over the actor's grants; the server
 * enforces them and the UI reuses the `can` flags they produce.
 *
 * - read: any role whose grant covers the unit, or covers a unit it was merged into (records kept
 *   under an old unit stay findable by whoever now holds its successor);
 * - write: an administrator or organizer covering the unit (and, for a move or a merge, covering
 *   the other unit too).
 *
 * A unit the actor cannot read answers 404 (its existence must not leak); readable but not writable,
 * 403.
 */
export const ORG_READ_ROLES: readonly Role[] = ['admin', 'organizer', 'inspector', 'decider'];
export const ORG_WRITE_ROLES: readonly Role[] = ['admin', 'organizer'];

export interface PolicyUnit {
  readonly path: string;
  readonly status?: 'active' | 'merged' | 'dissolved';
  /** Paths of the units this one was merged into, transitively (nearest first). */
  readonly successorPaths?: readonly string[];
}

export function canReadUnit(actor: AccountActor, unit: PolicyUnit): boolean {
  return [unit.path, ...(unit.successorPaths ?? [])].some((p) => coversPath(actor, ORG_READ_ROLES, p));
}

/** Authority to change the unit (rename, dissolve, management bodies); whether its state allows it is a rule. */
export function canEditUnit(actor: AccountActor, unit: PolicyUnit): boolean {
  return coversPath(actor, ORG_WRITE_ROLES, unit.path);
}

export function canCreateChildUnit(actor: AccountActor, parent: PolicyUnit): boolean {
  return canEditUnit(actor, parent);
}

/** A move needs authority over the unit and over its new parent. */
export function canMoveUnit(actor: AccountActor, unit: PolicyUnit, newParent: PolicyUnit): boolean {
  return canEditUnit(actor, unit) && canEditUnit(actor, newParent);
}

/** A merge needs authority over the unit and over the unit that absorbs it. */
export function canMergeUnit(actor: AccountActor, unit: PolicyUnit, target: PolicyUnit): boolean {
  return canEditUnit(actor, unit) && canEditUnit(actor, target);
}

export function canManageBodies(actor: AccountActor, unit: PolicyUnit): boolean {
  return canEditUnit(actor, unit);
}

export type UnitAccess = 'write' | 'read' | 'none';

/** The access the actor has to one unit, for the 404-or-403 decision. */
export function unitAccess(actor: AccountActor, unit: PolicyUnit): UnitAccess {
  if (canEditUnit(actor, unit)) return 'write';
  return canReadUnit(actor, unit) ? 'read' : 'none';
}

/** What the UI may offer on a unit: authority and an active unit. */
export function unitActions(actor: AccountActor, unit: PolicyUnit): { edit: boolean; createChild: boolean } {
  const active = unit.status === undefined || unit.status === 'active';
  return { edit: active && canEditUnit(actor, unit), createChild: active && canCreateChildUnit(actor, unit) };
}

/**
 * The authority the actor uses over `paths`, for the audit log: `organizer@/1/5/ (grant 12)`. For each
 * path the nearest covering grant is named (the most specific authority), administrators first.
 */
export function authorityLabel(actor: AccountActor, roles: readonly Role[], paths: readonly string[]): string | null {
  const labels = new Set<string>();
  for (const path of paths) {
    const grant = actor.grants
      .filter((g) => roles.includes(g.role) && path.startsWith(g.unitPath))
      .sort((a, b) => b.unitPath.length - a.unitPath.length || roles.indexOf(a.role) - roles.indexOf(b.role))[0];
    if (grant) labels.add(`${grant.role}@${grant.unitPath} (grant ${grant.grantId})`);
  }
  return labels.size > 0 ? [...labels].join(' + ') : null;
}
