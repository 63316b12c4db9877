// Every refusal of issue 5 answers a 4xx and changes nothing (rows, used codes, versions, audit).
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, type World } from '../../../app/server/testing/world.js';
import { checkCharacter, generateBallotCode } from '../ballot-code.rules.js';
import { openAndIssue, setUpRound, votesRowCounts } from './votes-test-kit.js';

type ErrorBody = { error: { code: string } };

describeBackends('votes: refusals change nothing', (ctx) => {
  let w: World;
  let organizer: TestClient;
  let voter: TestClient;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
    voter = ctx().client();
  });

  /** Sends `request` and checks the status, the error code, and that no votes row or audit event changed. */
  async function refused(request: () => Promise<{ status: number; body: unknown }>, status: number, code?: string) {
    const before = await votesRowCounts(ctx().db);
    const res = await request();
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (code) expect((res.body as ErrorBody).error.code).toBe(code);
    expect(await votesRowCounts(ctx().db)).toEqual(before);
  }

  const cast = (roundId: number, code: string, marks: Record<string, string>) =>
    voter.post(`/api/votes/rounds/${roundId}/ballots`, { code, marks });

  it('refuses ballots before opening, forged codes, wrong subjects, reuse, replay and after closing', async () => {
    const { round, subjectIds } = await setUpRound(ctx().db, organizer, w.inside, { summoned: 4, present: 4, subjects: 2 });
    const marks = Object.fromEntries(subjectIds.map((id) => [id, 'tin_nhiem']));
    const excludedId = String(round.subjects.find((s) => s.excluded)?.id);

    await refused(() => cast(round.id, generateBallotCode(), marks), 409, 'ROUND_NOT_OPEN');
    await refused(() => organizer.post(`/api/votes/rounds/${round.id}/close`), 409, 'ROUND_NOT_OPEN');
    const codes = await openAndIssue(organizer, round.id);
    const [first, second, third, fourth] = codes as [string, string, string, string];

    // Forged: a wrong check character, then a well-formed code that was never issued.
    const body = first.replaceAll('-', '').slice(0, -1);
    const wrongCheck = body + [...'23456789ABC'].find((c) => c !== checkCharacter(body));
    await refused(() => cast(round.id, wrongCheck, marks), 422, 'BALLOT_CODE_INVALID');
    await refused(() => cast(round.id, generateBallotCode(), marks), 422, 'BALLOT_CODE_INVALID');
    await refused(() => cast(round.id, 'not a code', marks), 422, 'BALLOT_CODE_INVALID');

    // Subjects: one not on the round, one missing, an excluded person, an unknown mark.
    await refused(() => cast(round.id, first, { ...marks, '999999': 'cao' }), 422, 'SUBJECTS_MISMATCH');
    await refused(() => cast(round.id, first, { [subjectIds[0]!]: 'cao' }), 422, 'SUBJECTS_MISMATCH');
    await refused(() => cast(round.id, first, { ...marks, [excludedId]: 'cao' }), 422, 'SUBJECTS_MISMATCH');
    await refused(() => cast(round.id, first, { ...marks, [subjectIds[0]!]: 'maybe' }), 400, 'VALIDATION_FAILED');

    // The refused attempts did not use the code up: it still casts once; the replay and a reuse are refused.
    expect((await cast(round.id, first, marks)).status).toBe(201);
    await refused(() => cast(round.id, first, marks), 409, 'BALLOT_CODE_USED');
    await refused(() => cast(round.id, first.toLowerCase(), { ...marks, [subjectIds[0]!]: 'thap' }), 409, 'BALLOT_CODE_USED');

    // A code belongs to its round only.
    const other = await setUpRound(ctx().db, organizer, w.inside, { summoned: 3, present: 3, subjects: 1 });
    const otherCodes = await openAndIssue(organizer, other.round.id);
    await refused(() => cast(round.id, otherCodes[0]!, marks), 422, 'BALLOT_CODE_INVALID');

    // Double submit at the same moment: exactly one ballot.
    const before = await votesRowCounts(ctx().db);
    const both = await Promise.all([cast(round.id, second, marks), cast(round.id, second, marks)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await votesRowCounts(ctx().db)).toEqual({
      ...before,
      ballots: before.ballots! + 1,
      used_codes: before.used_codes! + 1,
    });

    expect((await cast(round.id, third, marks)).status).toBe(201);
    expect((await organizer.post(`/api/votes/rounds/${round.id}/close`)).status).toBe(200);
    await refused(() => cast(round.id, fourth, marks), 409, 'ROUND_NOT_OPEN');
    await refused(() => organizer.post(`/api/votes/rounds/${round.id}/close`), 409, 'ROUND_NOT_OPEN');
    await refused(
      () => organizer.post(`/api/votes/rounds/${round.id}/subjects`, { subjects: [{ personId: 1 }] }),
      409,
      'ROUND_NOT_DRAFT',
    );
    await refused(
      () => voter.post('/api/votes/receipts/check', { roundId: round.id, receipt: 'AAAA' }),
      409,
      'ROUND_NOT_PUBLISHED',
    );
  });

  it('refuses a wrong set-up: no freeze, strangers present, people out of scope, a round out of reach', async () => {
    const created = await organizer.post<{ id: number }>('/api/votes/rounds', {
      unitId: w.inside.id,
      title: 'Đợt thử',
      ruleSet: 'state',
      voteDate: '2026-11-20',
    });
    expect(created.status).toBe(201);
    const base = `/api/votes/rounds/${created.body.id}`;
    const roll = await organizer.request<{ roll: { id: number }[] }>('PUT', `${base}/roll`, {
      body: { members: [{ name: 'A' }, { name: 'B' }] },
    });
    expect(roll.status).toBe(200);
    await refused(
      () => organizer.request('PUT', `${base}/attendance`, { body: { presentMemberIds: [] } }),
      409,
      'ROLL_NOT_FROZEN',
    );
    await refused(() => organizer.post(`${base}/open`), 409, 'ROLL_NOT_FROZEN');
    expect((await organizer.post(`${base}/roll/freeze`)).status).toBe(200);
    await refused(
      () => organizer.request('PUT', `${base}/attendance`, { body: { presentMemberIds: [999_999] } }),
      422,
      'NOT_ON_ROLL',
    );
    await refused(() => organizer.post(`${base}/open`), 422, 'NO_SUBJECTS');
    const stranger = await w.freshPerson('outside');
    await refused(
      () => organizer.post(`${base}/subjects`, { subjects: [{ personId: stranger.id }] }),
      422,
      'PERSON_NOT_AVAILABLE',
    );
    const noPost = await w.freshPerson('inside');
    await refused(() => organizer.post(`${base}/subjects`, { subjects: [{ personId: noPost.id }] }), 422, 'NO_CURRENT_POST');
    const inspector = await w.client('inspector');
    await refused(() => inspector.post(`${base}/open`), 403, 'FORBIDDEN');
    await refused(
      () => organizer.post('/api/votes/rounds', { unitId: w.outside.id, title: 'X', ruleSet: 'party', voteDate: '2026-11-20' }),
      404,
    );
  });
});
