import type { AnyEndpoint } from '../../../shared/endpoint.js';
import type { TestUpload } from '../testing/test-client.js';
import type { MatrixRole, World } from '../testing/world.js';

export type Where = 'inside' | 'outside';

export interface PreparedRequest {
  readonly params?: Record<string, string | number>;
  readonly query?: Record<string, string>;
  readonly body?: unknown;
  /** For upload endpoints: the file sent as multipart/form-data instead of a JSON body. */
  readonly upload?: TestUpload;
}

/** Expected status for a role: one number, or one per target (inside / outside the actor's subtree). */
export type Expected = number | { readonly inside: number; readonly outside: number };

/**
 * One endpoint in the authorization matrix. `prepare` builds a fresh request aimed at a resource
 * inside or outside the actors' subtree (it may create fixtures, since writes consume them).
 * Roles left out of `expect` default: anonymous → 401.
 */
export interface MatrixCase {
  readonly endpoint: AnyEndpoint;
  prepare(world: World, where: Where): Promise<PreparedRequest>;
  readonly expect: Partial<Record<MatrixRole, Expected>> & Record<Exclude<MatrixRole, 'anonymous'>, Expected>;
}

export function expectedStatus(c: MatrixCase, role: MatrixRole, where: Where): number {
  const e = c.expect[role] ?? (role === 'anonymous' ? 401 : undefined);
  if (e === undefined) throw new Error(`${c.endpoint.name}: no expectation for ${role}`);
  return typeof e === 'number' ? e : e[where];
}

/** Same status for every signed-in role. */
export function everyRole(status: Expected): Record<Exclude<MatrixRole, 'anonymous'>, Expected> {
  return { none: status, admin: status, organizer: status, inspector: status, decider: status };
}
