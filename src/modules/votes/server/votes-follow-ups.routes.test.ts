// Follow-up records created at publication, read per round and per person, resolved with a note.
import { execFileSync, spawnSync } from 'node:child_process';
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, type World } from '../../../app/server/testing/world.js';
import { PARTY_QD96 } from '../vote-constants.js';
import type { VoteFollowUp, VoteFollowUpList } from '../votes-follow-ups.contract.js';
import type { RoundDetail } from '../votes.schemas.js';
import { lowConfidenceInYear } from './follow-up.queries.js';
import { insertOfficeHolder, insertRound, openAndIssue, setUpRound } from './votes-test-kit.js';

/** Ballot i of 9: A gets 5 low (over one half), B 6 low (two thirds), C none. */
const marksFor = ([a, b, c]: string[], i: number) => ({
  [a!]: i < 5 ? 'thap' : 'cao',
  [b!]: i < 6 ? 'thap' : 'tin_nhiem',
  [c!]: 'cao',
});

/** A published round of 12 summoned, 9 present, 9 ballots as above. */
async function publishedRound(w: World, organizer: TestClient): Promise<{ round: RoundDetail; subjectIds: string[] }> {
  const { round, subjectIds } = await setUpRound(w.db, organizer, w.inside, { summoned: 12, present: 9 });
  const codes = await openAndIssue(organizer, round.id);
  const voter = await w.client('anonymous');
  for (const [i, code] of codes.entries()) {
    const res = await voter.post(`/api/votes/rounds/${round.id}/ballots`, { code, marks: marksFor(subjectIds, i) });
    expect(res.status).toBe(201);
  }
  expect((await organizer.post(`/api/votes/rounds/${round.id}/close`)).status).toBe(200);
  const published = await organizer.post<RoundDetail>(`/api/votes/rounds/${round.id}/publish`);
  expect(published.status).toBe(200);
  return { round: published.body, subjectIds };
}

describeBackends('votes: follow-ups of a published round', (ctx) => {
  let w: World;
  let organizer: TestClient;
  let decider: TestClient;
  let inspector: TestClient;
  let round: RoundDetail;
  let subjectIds: string[];
  let items: VoteFollowUp[];

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
    decider = await w.client('decider');
    inspector = await w.client('inspector');
    ({ round, subjectIds } = await publishedRound(w, organizer));
    items = (await inspector.get<VoteFollowUpList>(`/api/votes/rounds/${round.id}/follow-ups`)).body.items;
  });

  it('creates the follow-ups the tally rules give: 5 of 9 low → over one half, 6 of 9 → two thirds', () => {
    const kindsOf = (subjectId: string | undefined) => items.filter((f) => String(f.subjectId) === subjectId).map((f) => f.kind);
    const [a, b, c] = subjectIds;
    expect(kindsOf(a).sort()).toEqual([...PARTY_QD96.overHalf].sort());
    expect(kindsOf(b)).toEqual([...PARTY_QD96.twoThirds]);
    expect(kindsOf(c)).toEqual([]);
    const first = items.find((f) => String(f.subjectId) === a);
    expect(first).toMatchObject({ voteYear: 2026, lowOverHalf: true, lowTwoThirds: false, status: 'open', canResolve: false });
    expect(items.find((f) => String(f.subjectId) === b)).toMatchObject({ lowOverHalf: true, lowTwoThirds: true });
  });

  it('is idempotent: publishing again is refused and the follow-ups stay as they were', async () => {
    expect((await organizer.post(`/api/votes/rounds/${round.id}/publish`)).status).toBe(409);
    const again = await organizer.get<VoteFollowUpList>(`/api/votes/rounds/${round.id}/follow-ups`);
    expect(again.body.items.map((f) => f.id)).toEqual(items.map((f) => f.id));
  });

  it("lists a person's follow-ups within the caller's authority, 404 outside it", async () => {
    const personId = items[0]!.personId;
    const mine = await inspector.get<VoteFollowUpList>(`/api/people/${personId}/vote-follow-ups`);
    expect(mine.status).toBe(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((f) => f.personId === personId)).toBe(true);
    const stranger = await insertOfficeHolder(w.db, w.outside, 'Vũ Văn Ngoài');
    expect((await inspector.get(`/api/people/${stranger}/vote-follow-ups`)).status).toBe(404);
    expect((await inspector.get('/api/people/999999999/vote-follow-ups')).status).toBe(404);
  });

  it('feeds the annual review: the votes of the year with more than half low', async () => {
    const [a, b, c] = subjectIds.map((id) => items.find((f) => String(f.subjectId) === id)?.personId);
    expect(await lowConfidenceInYear(w.db, a!, 2026)).toEqual([
      { roundId: round.id, voteDate: '2026-11-20', lowOverHalf: true, lowTwoThirds: false },
    ]);
    expect(await lowConfidenceInYear(w.db, b!, 2026)).toEqual([
      { roundId: round.id, voteDate: '2026-11-20', lowOverHalf: true, lowTwoThirds: true },
    ]);
    expect(await lowConfidenceInYear(w.db, a!, 2025)).toEqual([]);
    expect(c).toBeUndefined();
  });

  it('is resolved by the organizer or the decider, with a note when dismissed; once only', async () => {
    const [one, two] = items;
    const url = (f: VoteFollowUp) => `/api/votes/follow-ups/${f.id}/resolve`;
    expect((await inspector.post(url(one!), { status: 'done' })).status).toBe(403);
    const noNote = await decider.post(url(one!), { status: 'dismissed' });
    expect(noNote.status).toBe(400);
    expect(JSON.stringify(noNote.body)).toContain('note');
    const done = await decider.post<VoteFollowUp>(url(one!), { status: 'done', note: 'Đã có quyết định số 12-QĐ/TU' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', note: 'Đã có quyết định số 12-QĐ/TU', canResolve: true });
    expect(done.body.resolvedAt).not.toBeNull();
    expect((await organizer.post(url(one!), { status: 'dismissed', note: 'x' })).status).toBe(409);
    const dismissed = await organizer.post<VoteFollowUp>(url(two!), {
      status: 'dismissed',
      note: 'Cấp có thẩm quyền không xem xét',
    });
    expect(dismissed.body.status).toBe('dismissed');
    const audit = await w.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', 'in', ['votes.follow_up.resolve', 'votes.follow_ups.create'])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'votes.follow_up.resolve',
      'votes.follow_up.resolve',
      'votes.follow_ups.create',
    ]);
  });

  it('refuses the minutes of a round still in draft (409), serves them once closed', async () => {
    const draft = await insertRound(w.db, w.inside, 'draft');
    expect((await inspector.get(`/api/votes/rounds/${draft}/minutes.pdf`)).status).toBe(409);
    const pdf = await inspector.get<string>(`/api/votes/rounds/${round.id}/minutes.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.raw.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (spawnSync('pdftotext', ['-v']).status !== 0) return;
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], {
      input: pdf.raw.rawPayload,
      encoding: 'utf8',
    });
    for (const expected of [
      'BIÊN BẢN KIỂM PHIẾU',
      'TỈNH THỬ NGHIỆM',
      'SỞ NỘI VỤ',
      'Thử Nghiệm, ngày 20 tháng 11 năm 2026',
      'Lê Văn Chủ 1',
      '(55,56%)',
      '(66,67%)',
      round.listHead ?? 'list head',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
