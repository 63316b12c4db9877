import type { Db } from '../../../platform/server/db/database.js';
import { nextExpiry } from '../session.rules.js';
import { hashSessionToken, newSessionToken } from './session-token.js';

export interface NewSession {
  /** Goes in the cookie; only its hash is stored. */
  readonly token: string;
  readonly idHash: string;
  readonly csrfToken: string;
}

/** A new session row with a new token and a new CSRF token (never reuse either across a login). */
export async function insertSession(
  db: Db,
  input: { accountId: number; mfaPassed: boolean; now: Date; ip: string | null; userAgent: string | null },
): Promise<NewSession> {
  const token = newSessionToken();
  const idHash = hashSessionToken(token);
  const csrfToken = newSessionToken();
  await db
    .insertInto('sessions')
    .values({
      id_hash: idHash,
      account_id: input.accountId,
      csrf_token: csrfToken,
      mfa_passed: input.mfaPassed,
      created_at: input.now,
      last_seen_at: input.now,
      expires_at: nextExpiry(input.now, input.now),
      ip: input.ip,
      // Only as much of the header as helps a person recognise the device.
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, idHash, csrfToken };
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Every session of the account, except `keepIdHash` when given; returns how many ended. */
export async function deleteAccountSessions(db: Db, accountId: number, keepIdHash?: string): Promise<number> {
  let query = db.deleteFrom('sessions').where('account_id', '=', accountId);
  if (keepIdHash !== undefined) query = query.where('id_hash', '<>', keepIdHash);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
