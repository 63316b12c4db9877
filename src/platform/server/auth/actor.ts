import type { Locale } from '../../../shared/app-error.js';

/**
 * Who is calling. The platform defines the shape; the `auth` module resolves it per request and
 * app.ts plugs that resolver in (the ground floor never imports a module).
 */
export type Role = 'admin' | 'organizer' | 'inspector' | 'decider';

export interface ActorGrant {
  readonly grantId: number;
  readonly role: Role;
  readonly unitId: number;
  /** Materialised path of the unit (`/1/5/23/`): the grant covers every unit whose path starts with it. */
  readonly unitPath: string;
  /** For `decider`: the management body the account may act for. */
  readonly managementBodyId: number | null;
}

export interface AccountActor {
  readonly kind: 'account';
  readonly accountId: number;
  readonly username: string;
  readonly displayName: string;
  readonly grants: readonly ActorGrant[];
  readonly sessionId: string;
  readonly csrfToken: string;
  /** What the session still owes before it may work; `ready` when nothing. */
  readonly stage: SessionStage;
  readonly mfaEnabled: boolean;
  readonly locale: Locale;
}

/** `mfa`: enter the two-factor code; `enrol-mfa`: set up two-factor (required for administrators);
 * `change-password`: an administrator reset it, choose a new one. */
export type SessionStage = 'mfa' | 'enrol-mfa' | 'change-password' | 'ready';

export interface AnonymousActor {
  readonly kind: 'anonymous';
  readonly locale: Locale;
  /** Set when the cookie named a session that is gone or expired, so the error can say so. */
  readonly expired?: boolean;
}

export type Actor = AccountActor | AnonymousActor;

/** Hook the auth module provides: cookie → actor. */
export type ActorResolver = (input: {
  sessionToken: string | undefined;
  locale: Locale;
  ip: string;
  userAgent: string | undefined;
}) => Promise<Actor>;

export function isAccount(actor: Actor): actor is AccountActor {
  return actor.kind === 'account';
}
