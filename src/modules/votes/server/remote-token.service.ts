import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { z } from 'zod';
import { CommonErrors } from '../../../shared/app-error.js';
import type { AuditContext } from '../../../platform/server/audit/audit-log.js';
import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import {
  checkCode,
  formatCode,
  generateBallotCode,
  normaliseCode,
  secureRandomBytes,
  type RandomBytes,
} from '../ballot-code.rules.js';
import { blindSign } from '../blind-rsa.rules.js';
import { votesAuthority } from '../votes.policy.js';
import { VotesErrors } from '../votes.errors.js';
import type {
  RemoteInvitationsInputSchema,
  RemoteKey,
  RemoteSettingsInputSchema,
  RemoteStatus,
  RemoteTokenInputSchema,
} from '../votes-remote.contract.js';
import { findRoundKey, generateRoundKey, insertRoundKey, publicKeyOf, type KeyMaker } from './remote-key.js';
import { isRemoteAllowed } from './remote-tokens.queries.js';
import { requireDraft, type VotesWrite } from './round-setup.service.js';
import { findRoundRow, requireRound, type RoundRow } from './round.queries.js';

/**
 * Remote voting, the issuing side (ADR 011): the organizer allows it on a draft round (the key pair is
 * made then), hands absent members one-time invitations once the round is open, and each invitation
 * buys one blind signature. A signed token counts as a ballot issued, like a room code or a paper ballot.
 */

/** The digest under which an invitation is kept (the code itself is shown once, never stored). */
export const invitationDigest = (code: string): string =>
  createHash('sha256')
    .update(`merit-vote-invitation-v1\n${normaliseCode(code)}`, 'utf8')
    .digest('hex');

async function remoteStatus(db: Db, roundId: number): Promise<RemoteStatus> {
  const row = await db
    .selectFrom('vote_rounds as r')
    .leftJoin('vote_round_keys as k', 'k.round_id', 'r.id')
    .select(['r.remote_allowed', 'k.variant'])
    .select([
      sql<number>`(select count(*)::int from vote_token_issues t where t.round_id = r.id)`.as('invited'),
      sql<number>`(select count(*)::int from vote_token_issues t where t.round_id = r.id and t.signed)`.as('signed'),
      sql<number>`(select count(*)::int from vote_spent_tokens s where s.round_id = r.id)`.as('spent'),
    ])
    .where('r.id', '=', roundId)
    .executeTakeFirstOrThrow();
  return {
    roundId,
    remoteAllowed: row.remote_allowed,
    variant: (row.variant as RemoteStatus['variant']) ?? null,
    invitationsIssued: row.invited,
    tokensIssued: row.signed,
    tokensSpent: row.spent,
  };
}

export async function getRemoteStatus(db: Db, actor: AccountActor, id: number): Promise<RemoteStatus> {
  const round = await requireRound(db, actor, id, 'read');
  return remoteStatus(db, round.id);
}

async function audit(w: VotesWrite, round: RoundRow, action: string, after: unknown): Promise<void> {
  await recordAudit(w.db, w.audit, {
    action,
    entityType: 'vote_round',
    entityId: round.id,
    unitId: round.unitId,
    authority: votesAuthority(w.actor, round.unitPath),
    after,
  });
}

/** Allows or forbids remote voting on a draft round; allowing makes the round's key pair once. */
export async function setRemote(
  w: VotesWrite,
  id: number,
  input: z.output<typeof RemoteSettingsInputSchema>,
  makeKey: KeyMaker = generateRoundKey,
): Promise<RemoteStatus> {
  const round = await requireDraft(w, id);
  const hasKey = (await findRoundKey(w.db, round.id)) !== undefined;
  if (input.remoteAllowed && !hasKey) await insertRoundKey(w.db, round.id, await makeKey());
  if (!input.remoteAllowed && hasKey) await w.db.deleteFrom('vote_round_keys').where('round_id', '=', round.id).execute();
  await w.db
    .updateTable('vote_rounds')
    .set((eb) => ({ remote_allowed: input.remoteAllowed, version: eb('version', '+', 1) }))
    .where('id', '=', round.id)
    .execute();
  await audit(w, round, 'votes.remote.set', { remoteAllowed: input.remoteAllowed });
  return remoteStatus(w.db, round.id);
}

/**
 * One invitation code per named member of the roll who is absent (members present vote in the room).
 * Shown once; only its digest is kept. A member not yet signed for may get a new code (a lost one);
 * one who already received a token may not.
 */
export async function issueInvitations(
  w: VotesWrite,
  id: number,
  input: z.output<typeof RemoteInvitationsInputSchema>,
  random: RandomBytes = secureRandomBytes,
): Promise<{ roundId: number; invitations: { rollMemberId: number; name: string; code: string }[] }> {
  const round = await requireRound(w.db, w.actor, id, 'manage');
  if (round.status !== 'open') throw VotesErrors.ROUND_NOT_OPEN();
  if (!(await isRemoteAllowed(w.db, round.id))) throw VotesErrors.REMOTE_NOT_ALLOWED();
  const ids = [...new Set(input.rollMemberIds)];
  const members = await w.db
    .selectFrom('vote_roll_members as m')
    .leftJoin('vote_token_issues as t', (j) => j.onRef('t.roll_member_id', '=', 'm.id').onRef('t.round_id', '=', 'm.round_id'))
    .select(['m.id', 'm.name', 'm.present', 't.signed'])
    .where('m.round_id', '=', round.id)
    .where('m.id', 'in', ids)
    .orderBy('m.id')
    .execute();
  const field = (memberId: number) => ({ field: 'rollMemberIds', message: String(memberId) });
  const unknown = ids.filter((memberId) => !members.some((m) => m.id === memberId));
  if (unknown.length > 0) throw VotesErrors.NOT_ON_ROLL(unknown.map(field));
  const present = members.filter((m) => m.present);
  if (present.length > 0) throw VotesErrors.REMOTE_MEMBER_PRESENT(present.map((m) => field(m.id)));
  const signed = members.filter((m) => m.signed === true);
  if (signed.length > 0) throw VotesErrors.REMOTE_TOKEN_ALREADY_ISSUED(signed.map((m) => field(m.id)));
  const invitations = members.map((m) => ({ rollMemberId: m.id, name: m.name, code: generateBallotCode(random) }));
  await w.db
    .insertInto('vote_token_issues')
    .values(
      invitations.map((i) => ({
        round_id: round.id,
        roll_member_id: i.rollMemberId,
        invitation_digest: invitationDigest(i.code),
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['round_id', 'roll_member_id'])
        .doUpdateSet((eb) => ({ invitation_digest: eb.ref('excluded.invitation_digest') })),
    )
    .execute();
  await audit(w, round, 'votes.remote.invite', { rollMemberIds: invitations.map((i) => i.rollMemberId) });
  return { roundId: round.id, invitations: invitations.map((i) => ({ ...i, code: formatCode(i.code) })) };
}

/** The public key of a round that allows remote voting (anyone may read it). */
export async function publicRemoteKey(db: Db, roundId: number): Promise<RemoteKey> {
  const key = await findRoundKey(db, roundId);
  if (!key) throw CommonErrors.NOT_FOUND();
  return publicKeyOf(roundId, key);
}

/**
 * Signs one blinded token for the holder of an unspent invitation, in one transaction: the round open
 * (locked, so closing waits), remote voting allowed, the invitation marked signed, the blind signature
 * made and checked. The server
 * sees only the blinded message, so it learns who got a token, never which token (RFC 9474 §7). Each
 * signed invitation is a ballot issued (remoteTokensIssued, added to the tally's count).
 */
export async function issueToken(
  db: Db,
  roundId: number,
  input: z.output<typeof RemoteTokenInputSchema>,
  audit: AuditContext,
  onUnknownInvitation: () => void = () => {},
): Promise<{ roundId: number; blindSig: string }> {
  const check = checkCode(input.invitation, 'ballot');
  if (!check.ok) throw VotesErrors.REMOTE_INVITATION_INVALID([{ field: 'invitation', message: check.reason }]);
  const digest = invitationDigest(check.code);
  return db.transaction().execute(async (trx) => {
    const round = await findRoundRow(trx, roundId, 'share');
    if (!round) throw CommonErrors.NOT_FOUND();
    if (round.status !== 'open') throw VotesErrors.ROUND_NOT_OPEN();
    const key = (await isRemoteAllowed(trx, round.id)) ? await findRoundKey(trx, round.id) : undefined;
    if (!key) throw VotesErrors.REMOTE_NOT_ALLOWED();
    const issued = await trx
      .updateTable('vote_token_issues')
      .set({ signed: true })
      .where('round_id', '=', round.id)
      .where('invitation_digest', '=', digest)
      .where('signed', '=', false)
      .returning('roll_member_id')
      .executeTakeFirst();
    if (!issued) {
      const known = await trx
        .selectFrom('vote_token_issues')
        .select('signed')
        .where('round_id', '=', round.id)
        .where('invitation_digest', '=', digest)
        .executeTakeFirst();
      if (known) throw VotesErrors.REMOTE_TOKEN_ALREADY_ISSUED();
      onUnknownInvitation();
      throw VotesErrors.REMOTE_INVITATION_INVALID();
    }
    // Destroyed only at close, and the round is open under this lock: a missing key is a closed round.
    if (!key.signing) throw VotesErrors.ROUND_NOT_OPEN();
    const signed = blindSign(key.signing, Buffer.from(input.blindedMsg, 'base64url'));
    if (!signed.ok) throw VotesErrors.REMOTE_BLINDED_INVALID([{ field: 'blindedMsg', message: signed.reason }]);
    await recordAudit(trx, audit, {
      action: 'votes.remote.token',
      entityType: 'vote_round',
      entityId: round.id,
      unitId: round.unitId,
      after: { rollMemberId: issued.roll_member_id },
    });
    return { roundId: round.id, blindSig: Buffer.from(signed.value).toString('base64url') };
  });
}
