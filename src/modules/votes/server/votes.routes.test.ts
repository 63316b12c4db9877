// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, type World } from '../../../app/server/testing/world.js';
import { generateReceiptCode } from '../ballot-code.rules.js';
import { verifyBallotList, type PublishedBallotList } from '../ballot-list.rules.js';
import type { RoundDetail } from '../votes.schemas.js';
import type { MarkCount } from '../tally.rules.js';
import { loadMarkCounts } from './ballot-list.queries.js';
import { openAndIssue, setUpRound } from './votes-test-kit.js';

type Tally = {
  ballotsReturned: number;
  subjects: {
    subjectId: string;
    fullName: string;
    issued: number;
    summoned: number;
    returned: number;
    invalid: number;
    levels: Record<'cao' | 'tin_nhiem' | 'thap', { count: number; display: string }>;
    band: string;
    followUps: string[];
  }[];
};

/** Ballot i of 12: A gets 7 low (over one half), B 8 low (two thirds), C one blank (invalid) and 11 high. */
const marksFor = ([a, b, c]: string[], i: number) => ({
  [a!]: i < 7 ? 'thap' : i < 10 ? 'tin_nhiem' : 'cao',
  [b!]: i < 8 ? 'thap' : 'cao',
  [c!]: i === 0 ? 'none' : 'cao',
});

describeBackends('votes: a confidence vote in the meeting room', (ctx) => {
  let w: World;
  let organizer: TestClient;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
  });

  it('runs a committee of 15 with 12 present: roll fingerprint, codes once, 12 ballots, tally, list, receipts', async () => {
    const { round, subjectIds } = await setUpRound(ctx().db, organizer, w.inside, { summoned: 15, present: 12 });
    expect(round).toMatchObject({ status: 'draft', summoned: 15, present: 12, minimumPresent: 10, quorumReached: true });
    expect(round.rollFingerprint).toMatch(/^[0-9a-f]{64}$/);
    const excluded = round.subjects.filter((s) => s.excluded);
    expect(excluded).toHaveLength(1);
    expect(excluded[0]?.exclusionReason).toContain('trong năm lấy phiếu 2026');
    expect(subjectIds).toHaveLength(3);

    const codes = await openAndIssue(organizer, round.id);
    expect(codes).toHaveLength(12);
    expect(new Set(codes).size).toBe(12);
    expect((await organizer.post(`/api/votes/rounds/${round.id}/codes`)).status).toBe(409);

    const voter = ctx().client();
    const receipts: string[] = [];
    for (const [i, code] of codes.entries()) {
      const res = await voter.post<{ receipt: string }>(`/api/votes/rounds/${round.id}/ballots`, {
        code: code.toLowerCase().replaceAll('-', ' '),
        marks: marksFor(subjectIds, i),
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      receipts.push(res.body.receipt);
    }
    const during = await organizer.get<RoundDetail>(`/api/votes/rounds/${round.id}`);
    expect(during.body).toMatchObject({ status: 'open', ballotsReturned: 12, codesIssued: 12 });
    expect((await organizer.get(`/api/votes/rounds/${round.id}/tally`)).status).toBe(409);

    const closed = await organizer.post<RoundDetail>(`/api/votes/rounds/${round.id}/close`);
    expect(closed.body).toMatchObject({ status: 'closed', ballotsReturned: 12 });
    // The counts fixed at close are exactly a recount of the stored ballots.
    const fixed = await ctx()
      .db.selectFrom('vote_rounds')
      .select('mark_counts')
      .where('id', '=', round.id)
      .executeTakeFirstOrThrow();
    const recount = await loadMarkCounts(ctx().db, round.id);
    const key = (m: MarkCount) => `${m.subjectId}|${m.mark}`;
    expect([...(fixed.mark_counts as MarkCount[])].sort((x, y) => key(x).localeCompare(key(y)))).toEqual(
      [...recount].sort((x, y) => key(x).localeCompare(key(y))),
    );
    const tally = (await organizer.get<Tally>(`/api/votes/rounds/${round.id}/tally`)).body;
    expect(tally.ballotsReturned).toBe(12);
    const [a, b, c] = subjectIds.map((id) => tally.subjects.find((s) => s.subjectId === id)!);
    expect(a).toMatchObject({ issued: 12, summoned: 15, returned: 12, band: 'over_half' });
    expect(a?.levels.thap).toMatchObject({ count: 7, display: '58,33%' });
    expect(a?.followUps).toContain('out_of_planning_for_higher_posts');
    expect(b).toMatchObject({ band: 'two_thirds', followUps: ['dismissal'] });
    expect(b?.levels.thap.count).toBe(8);
    expect(c).toMatchObject({ invalid: 1, band: 'below_half' });
    expect(c?.levels.cao.count).toBe(11);
    expect(a?.fullName).toContain('Lê Văn Chủ');

    expect((await organizer.get(`/api/votes/rounds/${round.id}/ballot-list.json`)).status).toBe(409);
    const published = await organizer.post<RoundDetail>(`/api/votes/rounds/${round.id}/publish`);
    expect(published.body.status).toBe('published');
    const file = await organizer.get<string>(`/api/votes/rounds/${round.id}/ballot-list.json`);
    expect(file.status).toBe(200);
    expect(String(file.headers['content-disposition'])).toContain('attachment');
    const list = JSON.parse(file.raw.body) as PublishedBallotList;
    const verified = verifyBallotList(list);
    expect(verified.ok).toBe(true);
    expect(list.head).toBe(published.body.listHead);
    expect(list.entries.map((e) => e.receipt).sort()).toEqual(receipts.map((r) => r.replaceAll('-', '')).sort());
    const brief = (t: { subjectId: string; levels: Tally['subjects'][number]['levels']; band: string }) => [
      t.subjectId,
      t.levels.cao.count,
      t.levels.tin_nhiem.count,
      t.levels.thap.count,
      t.band,
    ];
    expect(list.tally.map(brief)).toEqual(tally.subjects.map(brief));

    const check = await ctx()
      .client()
      .post<{ found: boolean; head: string; entry: { marks: Record<string, string> } }>('/api/votes/receipts/check', {
        roundId: round.id,
        receipt: receipts[3],
      });
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ found: true, head: list.head });
    expect(check.body.entry.marks).toEqual(marksFor(subjectIds, 3));
    const unknown = await ctx()
      .client()
      .post<{ found: boolean }>('/api/votes/receipts/check', { roundId: round.id, receipt: generateReceiptCode() });
    expect(unknown.body).toMatchObject({ found: false, entry: null });

    // Every step of the board is audited, in order; casting is not (the close event counts the ballots).
    const events = await ctx()
      .db.selectFrom('audit_events')
      .select(['action', 'after'])
      .where('entity_type', '=', 'vote_round')
      .where('entity_id', '=', String(round.id))
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.action)).toEqual([
      'votes.round.create',
      'votes.subjects.add',
      'votes.roll.set',
      'votes.roll.freeze',
      'votes.attendance.record',
      'votes.round.open',
      'votes.codes.issue',
      'votes.round.close',
      'votes.round.publish',
      // A: 7 of 12 low, B: 8 of 12 — their follow-ups (follow-up.service.ts).
      'votes.follow_ups.create',
    ]);
    expect(events[3]?.after).toMatchObject({ fingerprint: round.rollFingerprint, summoned: 15 });
    expect(events[7]?.after).toEqual({ codesIssued: 12, ballotsReturned: 12 });

    // A stored ballot changed after publication: the list is no longer served as if nothing happened.
    const target = list.entries[0]!;
    const firstSubject = subjectIds[0]!;
    const tampered = { ...target.marks, [firstSubject]: target.marks[firstSubject] === 'thap' ? 'cao' : 'thap' };
    await sql`update vote_ballots set marks = ${JSON.stringify(tampered)} where receipt = ${target.receipt}`.execute(ctx().db);
    const changed = await organizer.get<{ error: { code: string } }>(`/api/votes/rounds/${round.id}/ballot-list.json`);
    expect(changed.status).toBe(500);
    expect(changed.body.error.code).toBe('BALLOT_LIST_CHANGED');
  });

  describe('quorum: 14 summoned', () => {
    it('refuses to open with 9 present, naming the 2/3 rule, and changes nothing', async () => {
      const { round } = await setUpRound(ctx().db, organizer, w.inside, { summoned: 14, present: 9, subjects: 1 });
      expect(round).toMatchObject({ minimumPresent: 10, quorumReached: false });
      const res = await organizer.post<{ error: { code: string; message: string; details: { message: string }[] } }>(
        `/api/votes/rounds/${round.id}/open`,
      );
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('QUORUM_NOT_REACHED');
      expect(res.body.error.message).toContain('2/3');
      expect(res.body.error.details[0]?.message).toContain('9 × 3 < 14 × 2');
      const after = await organizer.get<RoundDetail>(`/api/votes/rounds/${round.id}`);
      expect(after.body.status).toBe('draft');
      expect((await organizer.post(`/api/votes/rounds/${round.id}/codes`)).status).toBe(409);
    });

    it('opens with 10 present', async () => {
      const { round } = await setUpRound(ctx().db, organizer, w.inside, { summoned: 14, present: 10, subjects: 1 });
      const codes = await openAndIssue(organizer, round.id);
      expect(codes).toHaveLength(10);
    });
  });

  it('keeps the roll fixed once frozen and shows its fingerprint before opening', async () => {
    const { round } = await setUpRound(ctx().db, organizer, w.inside, { summoned: 3, present: 3, subjects: 1 });
    const res = await organizer.request('PUT', `/api/votes/rounds/${round.id}/roll`, {
      body: { members: [{ name: 'Người lạ' }] },
    });
    expect(res.status).toBe(409);
    expect((await organizer.post(`/api/votes/rounds/${round.id}/roll/freeze`)).status).toBe(409);
    const seen = await organizer.get<RoundDetail>(`/api/votes/rounds/${round.id}`);
    expect(seen.body.rollFingerprint).toBe(round.rollFingerprint);
    expect(seen.body.roll).toHaveLength(3);
  });
});
