import { sql, type Expression, type SqlBool } from 'kysely';
import type { AccountActor, Role } from './actor.js';

/**
 * The one helper that scopes queries to the actor's authority. Paths of every grant with one of
 * `roles`, with nested paths removed (a grant on `/1/` already covers `/1/5/`).
 */
export function scopePaths(actor: AccountActor, roles: readonly Role[]): string[] {
  const paths = actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.unitPath);
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  return sorted.filter((p, i) => !sorted.slice(0, i).some((q) => p.startsWith(q)));
}

/** True when `unitPath` lies in a subtree granted to the actor with one of `roles`. */
export function coversPath(actor: AccountActor, roles: readonly Role[], unitPath: string): boolean {
  return actor.grants.some((g) => roles.includes(g.role) && unitPath.startsWith(g.unitPath));
}

/**
 * SQL predicate: `pathColumn` lies in one of `paths`. With no paths it is `false`, so an actor
 * without authority sees nothing rather than everything.
 */
export function inSubtrees(pathColumn: Expression<string>, paths: readonly string[]): Expression<SqlBool> {
  if (paths.length === 0) return sql<SqlBool>`false`;
  const clauses = paths.map((p) => sql<SqlBool>`${pathColumn} like ${escapeLike(p) + '%'}`);
  return sql<SqlBool>`(${sql.join(clauses, sql` or `)})`;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
