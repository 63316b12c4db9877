// Remote voting with RSA blind-signature tokens (RFC 9474, ADR 011), end to end through the API on both
// backends: the organizer allows it, hands an absent member an invitation, the member's side blinds a
// token, has it signed, unblinds it and casts with no cookie; the receipt is in the published list.
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, type World } from '../../../app/server/testing/world.js';
import { tokenId, verify } from '../blind-rsa.rules.js';
import type { RemoteStatus } from '../votes-remote.contract.js';
import type { RoundDetail } from '../votes.schemas.js';
import { blindToken, castRemote, fetchKey, finalizeToken, requestToken } from './remote-test-kit.js';
import { openAndIssue, setUpRound } from './votes-test-kit.js';

type Invitations = { invitations: { rollMemberId: number; name: string; code: string }[] };

describeBackends('votes: remote voting with blind tokens', (ctx) => {
  let w: World;
  let organizer: TestClient;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
  });

  it('casts a remote ballot that nothing links to the member, counted as a ballot issued', async () => {
    const { round, subjectIds } = await setUpRound(ctx().db, organizer, w.inside, { summoned: 6, present: 4, subjects: 2 });
    const base = `/api/votes/rounds/${round.id}`;
    const status = () => organizer.get<RemoteStatus>(`${base}/remote`);
    expect((await status()).body).toMatchObject({ remoteAllowed: false, variant: null, tokensIssued: 0 });
    expect((await ctx().client().get(`${base}/remote/key`)).status).toBe(404);

    const allowed = await organizer.request<RemoteStatus>('PUT', `${base}/remote`, { body: { remoteAllowed: true } });
    expect(allowed.status).toBe(200);
    expect(allowed.body).toMatchObject({ remoteAllowed: true, variant: 'RSABSSA-SHA384-PSS-Randomized' });

    const codes = await openAndIssue(organizer, round.id);
    expect(codes).toHaveLength(4);
    const absent = round.roll.filter((m) => !m.present).map((m) => m.id);
    const invited = await organizer.post<Invitations>(`${base}/remote/invitations`, { rollMemberIds: absent });
    expect(invited.status).toBe(201);
    const [first, second] = invited.body.invitations;
    if (!first || !second) throw new Error('two invitations expected');

    // The member's phone: no session, no cookie kept between the token and the ballot.
    const phone = ctx().client();
    const key = await fetchKey(phone, round.id);
    const blinded = blindToken(key, round.id);
    const signedRes = await requestToken(phone, round.id, first.code, blinded.blindedMsg);
    expect(signedRes.status, JSON.stringify(signedRes.body)).toBe(201);
    const signed = finalizeToken(key, blinded, signedRes.body.blindSig);
    // The blind signature is not the token's signature: the server never saw what it signed.
    expect(signedRes.body.blindSig).not.toBe(signed.signature);
    expect(
      verify(key.publicKey, Buffer.from(signed.token, 'base64url'), Buffer.from(signed.signature, 'base64url'), key.variant),
    ).toBe(true);

    const marks = Object.fromEntries(subjectIds.map((id) => [id, 'thap']));
    const cast = await castRemote(ctx().client(), round.id, signed, marks);
    expect(cast.status, JSON.stringify(cast.body)).toBe(201);
    expect(cast.headers['set-cookie']).toBeUndefined();
    const room = await ctx().client().post(`${base}/ballots`, { code: codes[0], marks });
    expect(room.status).toBe(201);

    expect((await status()).body).toMatchObject({ invitationsIssued: 2, tokensIssued: 1, tokensSpent: 1 });
    // Who got a token and which token was spent share nothing but the round; the audit names neither.
    const spentDigest = tokenId(Buffer.from(signed.token, 'base64url'), key.variant);
    const dump = async (query: string) => JSON.stringify((await sql.raw(query).execute(ctx().db)).rows);
    const issues = await dump(`select * from vote_token_issues where round_id = ${round.id}`);
    const audit = await dump(`select * from audit_events where action like 'votes.%'`);
    for (const secret of [
      spentDigest,
      signed.token,
      signed.signature,
      signedRes.body.blindSig,
      blinded.blindedMsg,
      cast.body.receipt,
    ]) {
      expect(issues).not.toContain(secret);
      expect(audit).not.toContain(secret);
    }
    expect(await dump(`select * from vote_spent_tokens where round_id = ${round.id}`)).toBe(
      JSON.stringify([{ token_digest: spentDigest, round_id: round.id }]),
    );
    // Room codes stay room codes; the tally counts 4 codes + 1 signed token (the second invitation was unused).
    expect((await organizer.get<RoundDetail>(base)).body.codesIssued).toBe(4);

    expect((await organizer.post(`${base}/close`)).status).toBe(200);
    // Closing destroyed the private key (no token can be signed any more); the public key stays readable.
    const stored = await ctx()
      .db.selectFrom('vote_round_keys')
      .select(['private_key_pkcs8', 'public_key_spki'])
      .where('round_id', '=', round.id)
      .executeTakeFirstOrThrow();
    expect(stored.private_key_pkcs8).toBeNull();
    const publicAfter = await ctx().client().get<{ spki: string; n: string }>(`${base}/remote/key`);
    expect(publicAfter.status).toBe(200);
    expect(publicAfter.body.spki).toBe(stored.public_key_spki);
    expect(publicAfter.body.n.length).toBeGreaterThan(300);
    const closeEvent = await ctx()
      .db.selectFrom('audit_events')
      .select('after')
      .where('action', '=', 'votes.round.close')
      .where('entity_id', '=', String(round.id))
      .executeTakeFirstOrThrow();
    expect(closeEvent.after).toMatchObject({ signingKeyDestroyed: true });
    const tally = await organizer.get<{ subjects: { issued: number; returned: number; counts: unknown }[] }>(`${base}/tally`);
    expect(tally.body.subjects.map((s) => [s.issued, s.returned])).toEqual(subjectIds.map(() => [5, 2]));
    expect((await organizer.post(`${base}/publish`)).status).toBe(200);
    const check = await ctx()
      .client()
      .post<{ found: boolean; entry: { marks: Record<string, string> } }>('/api/votes/receipts/check', {
        roundId: round.id,
        receipt: cast.body.receipt,
      });
    expect(check.status).toBe(200);
    expect(check.body.found).toBe(true);
    expect(check.body.entry.marks).toEqual(marks);
    // The unused invitation buys nothing once the round is closed.
    const late = await requestToken(phone, round.id, second.code, blindToken(key, round.id).blindedMsg);
    expect(late.status).toBe(409);
  });

  it('lets the organizer withdraw remote voting on a draft (the key goes), and only on a draft', async () => {
    const { round } = await setUpRound(ctx().db, organizer, w.inside, { summoned: 3, present: 3, subjects: 1 });
    const base = `/api/votes/rounds/${round.id}`;
    expect((await organizer.request('PUT', `${base}/remote`, { body: { remoteAllowed: true } })).status).toBe(200);
    expect((await ctx().client().get(`${base}/remote/key`)).status).toBe(200);
    const off = await organizer.request<RemoteStatus>('PUT', `${base}/remote`, { body: { remoteAllowed: false } });
    expect(off.body).toMatchObject({ remoteAllowed: false, variant: null });
    expect((await ctx().client().get(`${base}/remote/key`)).status).toBe(404);
    await openAndIssue(organizer, round.id);
    const late = await organizer.request<{ error: { code: string } }>('PUT', `${base}/remote`, { body: { remoteAllowed: true } });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('ROUND_NOT_DRAFT');
  });
});
