import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../../platform/server/db/database.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import type { UnitRef } from '../../../app/server/testing/world.js';
import { generateBallotCode } from '../ballot-code.rules.js';
import { blind, blindSign, finalize, prepare, RSABSSA_VARIANTS, type RsabssaVariant } from '../blind-rsa.rules.js';
import { bytesToInt, type RsaPublicKey } from '../rsa-pss.rules.js';
import { REMOTE_TOKEN_NONCE_BYTES, remoteTokenMessage, type RemoteKey } from '../votes-remote.contract.js';
import { findRoundKey, insertRoundKey, publicKeyOf } from './remote-key.js';
import { invitationDigest } from './remote-token.service.js';
import { openRoundWithCode } from './votes-test-kit.js';

/** Fixtures for the remote voting route tests: the voter's side done with the pure Node core. */

export interface VoterKey {
  readonly publicKey: RsaPublicKey;
  readonly variant: RsabssaVariant;
}

export function voterKey(key: RemoteKey): VoterKey {
  return {
    publicKey: { n: bytesToInt(Buffer.from(key.n, 'base64url')), e: bytesToInt(Buffer.from(key.e, 'base64url')) },
    variant: RSABSSA_VARIANTS[key.variant],
  };
}

export async function fetchKey(client: TestClient, roundId: number): Promise<VoterKey> {
  const res = await client.get<RemoteKey>(`/api/votes/rounds/${roundId}/remote/key`);
  if (res.status !== 200) throw new Error(`key: ${res.status} ${JSON.stringify(res.body)}`);
  return voterKey(res.body);
}

export interface BlindedToken {
  readonly token: Uint8Array;
  readonly blindedMsg: string;
  readonly inv: bigint;
}

/** A fresh token for `roundId`, prepared and blinded with `key` (RFC 9474 §4.1–4.2). */
export function blindToken(key: VoterKey, roundId: number): BlindedToken {
  const msg = remoteTokenMessage(roundId, randomBytes(REMOTE_TOKEN_NONCE_BYTES).toString('hex'));
  const token = prepare(new TextEncoder().encode(msg), key.variant);
  const blinded = blind(key.publicKey, token, key.variant);
  if (!blinded.ok) throw new Error(blinded.reason);
  return { token, blindedMsg: Buffer.from(blinded.value.blindedMsg).toString('base64url'), inv: blinded.value.inv };
}

export interface SignedToken {
  /** The prepared message and its signature, base64url: what a remote ballot carries. */
  readonly token: string;
  readonly signature: string;
}

export function finalizeToken(key: VoterKey, blinded: BlindedToken, blindSig: string): SignedToken {
  const sig = finalize(key.publicKey, blinded.token, Buffer.from(blindSig, 'base64url'), blinded.inv, key.variant);
  if (!sig.ok) throw new Error(sig.reason);
  return { token: Buffer.from(blinded.token).toString('base64url'), signature: Buffer.from(sig.value).toString('base64url') };
}

export const requestToken = (client: TestClient, roundId: number, invitation: string, blindedMsg: string) =>
  client.request<{ blindSig: string }>('POST', `/api/votes/rounds/${roundId}/remote/token`, {
    body: { invitation, blindedMsg },
    csrf: false,
  });

/** Casts as a browser with `credentials: 'omit'` would: a fresh client, no cookie, no CSRF header. */
export const castRemote = (client: TestClient, roundId: number, signed: SignedToken, marks: Record<string, string>) =>
  client.request<{ receipt: string }>('POST', `/api/votes/rounds/${roundId}/remote/ballot`, {
    body: { ...signed, marks },
    csrf: false,
  });

/** The whole voter's side: key, blind, token with the invitation, finalize. */
export async function obtainToken(client: TestClient, roundId: number, invitation: string): Promise<SignedToken> {
  const key = await fetchKey(client, roundId);
  const blinded = blindToken(key, roundId);
  const res = await requestToken(client, roundId, invitation, blinded.blindedMsg);
  if (res.status !== 201) throw new Error(`token: ${res.status} ${JSON.stringify(res.body)}`);
  return finalizeToken(key, blinded, res.body.blindSig);
}

/** Row counts of the remote tables and the rounds' issued counts, for "nothing changed". */
export async function remoteRowCounts(db: Db): Promise<Record<string, number>> {
  const { rows } = await sql<Record<string, number>>`
    select (select count(*)::int from vote_round_keys) as keys,
           (select count(*)::int from vote_token_issues) as invitations,
           (select count(*)::int from vote_token_issues where signed) as signed,
           (select count(*)::int from vote_spent_tokens) as spent,
           (select coalesce(sum(codes_issued), 0)::int from vote_rounds) as issued,
           (select count(*)::int from vote_rounds where remote_allowed) as remote_rounds`.execute(db);
  return rows[0] ?? {};
}

/** Signs a blinded token with the round's stored key directly (what the server would answer). */
export async function signDirectly(db: Db, roundId: number, blinded: BlindedToken): Promise<string> {
  const key = await findRoundKey(db, roundId);
  if (!key?.signing) throw new Error('no signing key');
  const sig = blindSign(key.signing, Buffer.from(blinded.blindedMsg, 'base64url'));
  if (!sig.ok) throw new Error(sig.reason);
  return Buffer.from(sig.value).toString('base64url');
}

let fixedKey: KeyObject | undefined;
/** One 2048-bit key for every fixture round (generating one per request would slow the matrix). */
const fixtureKey = (): KeyObject => (fixedKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);

export interface RemoteFixture {
  readonly roundId: number;
  readonly subjectId: string;
  /** An absent member of the roll, with a fresh invitation. */
  readonly absentMemberId: number;
  readonly invitation: string;
  /** A token signed with the round's key, unspent. */
  readonly signed: SignedToken;
}

/** An open round (insertRound) that allows remote voting, with its key, an invited absent member and a signed token. */
export async function insertRemoteRound(db: Db, unit: UnitRef): Promise<RemoteFixture> {
  const { roundId, subjectId } = await openRoundWithCode(db, unit);
  await db.updateTable('vote_rounds').set({ remote_allowed: true }).where('id', '=', roundId).execute();
  await insertRoundKey(db, roundId, fixtureKey());
  const member = await db
    .insertInto('vote_roll_members')
    .values({ round_id: roundId, name: 'Ủy viên Vắng Mặt', present: false })
    .returning('id')
    .executeTakeFirstOrThrow();
  const invitation = generateBallotCode();
  await db
    .insertInto('vote_token_issues')
    .values({ round_id: roundId, roll_member_id: member.id, invitation_digest: invitationDigest(invitation) })
    .execute();
  const stored = await findRoundKey(db, roundId);
  if (!stored) throw new Error('no key');
  const key = voterKey(publicKeyOf(roundId, stored));
  const blinded = blindToken(key, roundId);
  const signed = finalizeToken(key, blinded, await signDirectly(db, roundId, blinded));
  return { roundId, subjectId, absentMemberId: member.id, invitation, signed };
}
