// Issue 5, "a forged or reused blind token, voting before opening or after closing, a ballot for a
// subject not on it": every remote refusal answers a 4xx and changes nothing (ADR 011).
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, type World } from '../../../app/server/testing/world.js';
import { generateBallotCode } from '../ballot-code.rules.js';
import {
  blindToken,
  castRemote,
  fetchKey,
  finalizeToken,
  obtainToken,
  remoteRowCounts,
  requestToken,
  signDirectly,
  type SignedToken,
} from './remote-test-kit.js';
import { openAndIssue, setUpRound, votesRowCounts } from './votes-test-kit.js';

type ErrorBody = { error: { code: string } };
type Invitations = { invitations: { code: string }[] };

describeBackends('votes: remote refusals change nothing', (ctx) => {
  let w: World;
  let organizer: TestClient;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
  });

  const counts = async () => ({ ...(await votesRowCounts(ctx().db)), ...(await remoteRowCounts(ctx().db)) });

  async function refused(request: () => Promise<{ status: number; body: unknown }>, status: number, code: string) {
    const before = await counts();
    const res = await request();
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect((res.body as ErrorBody).error.code).toBe(code);
    expect(await counts()).toEqual(before);
  }

  /** A draft round of `summoned` members with two absent, remote voting allowed. */
  async function remoteRound(summoned = 6) {
    const setup = await setUpRound(ctx().db, organizer, w.inside, { summoned, present: summoned - 2, subjects: 2 });
    const base = `/api/votes/rounds/${setup.round.id}`;
    expect((await organizer.request('PUT', `${base}/remote`, { body: { remoteAllowed: true } })).status).toBe(200);
    const absent = setup.round.roll.filter((m) => !m.present).map((m) => m.id);
    const present = setup.round.roll.filter((m) => m.present).map((m) => m.id);
    const marks = Object.fromEntries(setup.subjectIds.map((id) => [id, 'tin_nhiem']));
    return { ...setup, base, absent, present, marks };
  }

  it('refuses before opening, present members, strangers, a second token, and after closing', async () => {
    const r = await remoteRound();
    const phone = ctx().client();
    const key = await fetchKey(phone, r.round.id);
    // A token validly signed with the round's key, cast before the round opens.
    const early = blindToken(key, r.round.id);
    const earlyToken = finalizeToken(key, early, await signDirectly(ctx().db, r.round.id, early));
    await refused(() => castRemote(phone, r.round.id, earlyToken, r.marks), 409, 'ROUND_NOT_OPEN');
    const invite = (ids: number[]) => organizer.post<Invitations>(`${r.base}/remote/invitations`, { rollMemberIds: ids });
    await refused(() => invite(r.absent), 409, 'ROUND_NOT_OPEN');
    await refused(() => requestToken(phone, r.round.id, generateBallotCode(), early.blindedMsg), 409, 'ROUND_NOT_OPEN');

    expect((await organizer.post(`${r.base}/open`)).status).toBe(200);
    await refused(() => invite([r.present[0]!]), 422, 'REMOTE_MEMBER_PRESENT');
    await refused(() => invite([999999]), 422, 'NOT_ON_ROLL');
    const { invitations } = (await invite(r.absent)).body;
    const [a, b] = invitations.map((i) => i.code) as [string, string];

    await refused(
      () => requestToken(phone, r.round.id, generateBallotCode(), early.blindedMsg),
      422,
      'REMOTE_INVITATION_INVALID',
    );
    await refused(() => requestToken(phone, r.round.id, 'not a code', early.blindedMsg), 422, 'REMOTE_INVITATION_INVALID');
    await refused(() => requestToken(phone, r.round.id, a, 'AAAA'), 422, 'REMOTE_BLINDED_INVALID');
    const token = await obtainToken(phone, r.round.id, a);
    // One blind signature per member: the same invitation again, even with a fresh token.
    await refused(
      () => requestToken(phone, r.round.id, a, blindToken(key, r.round.id).blindedMsg),
      409,
      'REMOTE_TOKEN_ALREADY_ISSUED',
    );
    await refused(() => invite([r.absent[0]!]), 409, 'REMOTE_TOKEN_ALREADY_ISSUED');

    expect((await castRemote(ctx().client(), r.round.id, token, r.marks)).status).toBe(201);
    const late = await obtainToken(phone, r.round.id, b);
    // Remote tokens do not touch the room codes: they are issued after the tokens, all of them.
    expect((await organizer.post<{ codes: string[] }>(`${r.base}/codes`)).body.codes).toHaveLength(4);
    expect((await organizer.post(`${r.base}/close`)).status).toBe(200);
    await refused(() => castRemote(ctx().client(), r.round.id, late, r.marks), 409, 'ROUND_NOT_OPEN');
  });

  it('refuses forged, reused and foreign tokens and wrong subjects; the token survives a refused ballot', async () => {
    const r = await remoteRound();
    const other = await remoteRound();
    for (const x of [r, other]) await openAndIssue(organizer, x.round.id);
    const inviteOne = async (x: typeof r) =>
      (await organizer.post<Invitations>(`${x.base}/remote/invitations`, { rollMemberIds: [x.absent[0]!] })).body.invitations[0]!
        .code;
    const token = await obtainToken(ctx().client(), r.round.id, await inviteOne(r));
    const foreign = await obtainToken(ctx().client(), other.round.id, await inviteOne(other));
    const cast = (t: SignedToken, marks = r.marks) => castRemote(ctx().client(), r.round.id, t, marks);

    const flipped = Buffer.from(token.signature, 'base64url');
    flipped[7] = (flipped[7] ?? 0) ^ 0x01;
    await refused(() => cast({ ...token, signature: flipped.toString('base64url') }), 422, 'REMOTE_TOKEN_INVALID');
    await refused(() => cast({ ...token, signature: Buffer.alloc(256, 7).toString('base64url') }), 422, 'REMOTE_TOKEN_INVALID');
    // Another round's token: signed by another key, and naming another round.
    await refused(() => cast(foreign), 422, 'REMOTE_TOKEN_INVALID');
    await refused(() => cast({ token: foreign.token, signature: token.signature }), 422, 'REMOTE_TOKEN_INVALID');
    // A token the server never signed: a fresh message with a random "signature".
    const key = await fetchKey(ctx().client(), r.round.id);
    const unsigned = blindToken(key, r.round.id);
    await refused(
      () => cast({ token: Buffer.from(unsigned.token).toString('base64url'), signature: token.signature }),
      422,
      'REMOTE_TOKEN_INVALID',
    );

    const excludedId = String(r.round.subjects.find((s) => s.excluded)?.id);
    await refused(() => cast(token, { ...r.marks, '999999': 'cao' }), 422, 'SUBJECTS_MISMATCH');
    await refused(() => cast(token, { ...r.marks, [excludedId]: 'cao' }), 422, 'SUBJECTS_MISMATCH');
    await refused(() => cast(token, { [r.subjectIds[0]!]: 'cao' }), 422, 'SUBJECTS_MISMATCH');

    // Double submit at the same moment: exactly one ballot, one spent token.
    const before = await counts();
    const both = await Promise.all([cast(token), cast(token)]);
    expect(both.map((x) => x.status).sort()).toEqual([201, 409]);
    expect(await counts()).toEqual({ ...before, ballots: before.ballots! + 1, spent: before.spent! + 1 });
    await refused(() => cast(token, { ...r.marks, [r.subjectIds[0]!]: 'thap' }), 409, 'REMOTE_TOKEN_SPENT');
    // The other round's token still works in its own round.
    expect((await castRemote(ctx().client(), other.round.id, foreign, other.marks)).status).toBe(201);
  });

  it('refuses remote ballots and tokens in a round that does not allow them', async () => {
    const { round, subjectIds } = await setUpRound(ctx().db, organizer, w.inside, { summoned: 3, present: 3, subjects: 1 });
    await openAndIssue(organizer, round.id);
    const marks = Object.fromEntries(subjectIds.map((id) => [id, 'cao']));
    const fake = { token: Buffer.alloc(64, 1).toString('base64url'), signature: Buffer.alloc(256, 2).toString('base64url') };
    await refused(() => castRemote(ctx().client(), round.id, fake, marks), 409, 'REMOTE_NOT_ALLOWED');
    await refused(() => requestToken(ctx().client(), round.id, generateBallotCode(), 'AAAA'), 409, 'REMOTE_NOT_ALLOWED');
    const invite = () =>
      organizer.post(`/api/votes/rounds/${round.id}/remote/invitations`, { rollMemberIds: [round.roll[0]!.id] });
    await refused(invite, 409, 'REMOTE_NOT_ALLOWED');
    await refused(() => castRemote(ctx().client(), 99999999, fake, marks), 404, 'NOT_FOUND');
  });
});
