import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { AccountActor, ActorGrant, ActorResolver, Role } from '../../../platform/server/auth/actor.js';
import { compiledOnce } from '../../../platform/server/db/compiled-once.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { effectiveLocale, isSessionAlive, needsTouch, nextExpiry, sessionStage } from '../session.rules.js';
import { hashSessionToken, SESSION_TOKEN_PATTERN } from './session-token.js';

/** The session, its account and its active grants: one query, compiled once (every request runs it). */
const sessionQuery = compiledOnce((db: Db, idHash: string) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .select([
      's.id_hash',
      's.csrf_token',
      's.mfa_passed',
      's.created_at',
      's.last_seen_at',
      's.expires_at',
      'a.id as account_id',
      'a.username',
      'a.display_name',
      'a.totp_enabled_at',
      'a.must_change_password',
      'a.disabled_at',
      'a.locale',
      // Active grants with their units' current paths (a grant on a merged/dissolved unit covers nothing new).
      (eb) =>
        jsonArrayFrom(
          eb
            .selectFrom('grants as g')
            .innerJoin('org_units as u', 'u.id', 'g.unit_id')
            .select(['g.id', 'g.role', 'g.unit_id', 'u.path', 'g.management_body_id'])
            .whereRef('g.account_id', '=', 'a.id')
            .where('g.revoked_at', 'is', null)
            .where('u.status', '=', 'active')
            .orderBy('g.id'),
        ).as('grants'),
    ])
    .where('s.id_hash', '=', idHash),
);

/**
 * Session cookie → Actor, once per request, in one query (the session, its account and the account's
 * active grants): every request pays for it. Expired or unknown sessions give an anonymous actor.
 */
export function createActorResolver(deps: AppDeps): ActorResolver {
  return async ({ sessionToken, locale }) => {
    if (!sessionToken || !SESSION_TOKEN_PATTERN.test(sessionToken)) return { kind: 'anonymous', locale };
    const idHash = hashSessionToken(sessionToken);
    const [row] = await sessionQuery(deps.db, idHash);
    const now = deps.now();
    if (!row || row.disabled_at !== null) return { kind: 'anonymous', locale, expired: true };
    const times = { createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at };
    if (!isSessionAlive(times, now)) {
      await deps.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
      return { kind: 'anonymous', locale, expired: true };
    }
    if (needsTouch(row.last_seen_at, now)) {
      await deps.db
        .updateTable('sessions')
        .set({ last_seen_at: now, expires_at: nextExpiry(row.created_at, now) })
        .where('id_hash', '=', idHash)
        .execute();
    }
    const grants = row.grants.map(toActorGrant);
    const mfaEnabled = row.totp_enabled_at !== null;
    const actor: AccountActor = {
      kind: 'account',
      accountId: row.account_id,
      username: row.username,
      displayName: row.display_name,
      grants,
      sessionId: idHash,
      csrfToken: row.csrf_token,
      mfaEnabled,
      stage: sessionStage({
        mfaPassed: row.mfa_passed,
        mfaEnabled,
        mustChangePassword: row.must_change_password,
        isAdministrator: grants.some((g) => g.role === 'admin'),
        requireAdminMfa: deps.config.requireAdminMfa,
      }),
      locale: effectiveLocale(locale, row.locale === 'en' ? 'en' : 'vi'),
    };
    return actor;
  };
}

function toActorGrant(r: {
  id: number;
  role: string;
  unit_id: number;
  path: string;
  management_body_id: number | null;
}): ActorGrant {
  return { grantId: r.id, role: r.role as Role, unitId: r.unit_id, unitPath: r.path, managementBodyId: r.management_body_id };
}
