import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import type { Session } from '../auth.contract.js';
import type { AccountRow } from './account.queries.js';

/** What a service needs from the request: the deps, who is calling, and the audit context. */
export interface ActorCall {
  readonly deps: AppDeps;
  readonly actor: AccountActor;
  readonly audit: AuditContext;
}

/** Where a sign-in attempt comes from (for throttling and the session row) and where to log it. */
export interface ClientInfo {
  readonly ip: string;
  readonly userAgent: string | null;
  readonly log: Pick<FastifyBaseLogger, 'info'>;
}

/** A session just created: the cookie token for the route to set, and the body to answer with. */
export interface SignedIn {
  readonly token: string;
  readonly session: Session;
}

/**
 * The audit context for a write the account makes about itself before it has a session actor
 * (sign-in): the log names the account, not "system". Only the identity fields are meaningful.
 */
export function selfAudit(audit: AuditContext, account: AccountRow): AuditContext {
  const actor: AccountActor = {
    kind: 'account',
    accountId: account.id,
    username: account.username,
    displayName: account.displayName,
    grants: [],
    sessionId: '',
    csrfToken: '',
    stage: 'ready',
    mfaEnabled: account.totpEnabledAt !== null,
    locale: account.locale,
  };
  return { ...audit, actor };
}

/** The authority of a write an account makes on itself. */
export const SELF_AUTHORITY = 'self';

/** The client facts a service needs, read from the request once, here. */
export function clientInfo(req: FastifyRequest): ClientInfo {
  const agent = req.headers['user-agent'];
  return { ip: req.ip, userAgent: typeof agent === 'string' ? agent : null, log: req.log };
}

export const OK = { ok: true } as const;
