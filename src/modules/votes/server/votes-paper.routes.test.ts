// Paper ballots with double entry (issue 5): two counters enter every sheet independently; a mismatch
// blocks the close until resolved; the agreed sheets join the tally and the published list.
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, type World } from '../../../app/server/testing/world.js';
import { verifyBallotList, type PublishedBallotList } from '../ballot-list.rules.js';
import type { PaperComparisonView, PaperStatus, SlotSheets } from '../votes-paper.contract.js';
import type { RoundDetail } from '../votes.schemas.js';
import { paperRowCounts, setUpPaperRound, sheets } from './votes-paper-test-kit.js';

type ErrorBody = { error: { code: string; message: string; details: { field?: string; message: string }[] } };
type Tally = {
  subjects: {
    subjectId: string;
    issued: number;
    returned: number;
    invalid: number;
    invalidNoMark: number;
    invalidSeveralMarks: number;
    levels: Record<'cao' | 'tin_nhiem' | 'thap', { count: number }>;
  }[];
};

describeBackends('votes: paper ballots entered twice', (ctx) => {
  let w: World;
  let organizer: TestClient;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
  });

  const put = (client: TestClient, url: string, body: unknown) => client.request('PUT', url, { body });

  it('two counters agree: the close adds the sheets, the tally counts them, the published list verifies', async () => {
    const p = await setUpPaperRound(ctx().db, organizer, w.inside, () => ctx().client(), 4);
    const rows = [
      ['thap', 'cao'],
      ['thap', 'none'],
      ['cao', 'several'],
    ];
    const all = sheets(p.subjectIds, rows);
    const saved = await put(p.c1, `${p.base}/paper/1/sheets`, { sheets: all });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((saved.body as SlotSheets).sheets).toHaveLength(3);
    // Counter 2 enters in another order, in two saves, and removes a sheet typed by mistake.
    expect(
      (await put(p.c2, `${p.base}/paper/2/sheets`, { sheets: [all[2], ...sheets(p.subjectIds, [['cao', 'cao']], 9)] })).status,
    ).toBe(200);
    const second = await put(p.c2, `${p.base}/paper/2/sheets`, { sheets: [all[1], all[0]], remove: [9] });
    expect((second.body as SlotSheets).sheets.map((s) => s.sheetNo)).toEqual([1, 2, 3]);

    const entering = await p.c1.get<PaperStatus>(`${p.base}/paper`);
    expect(entering.body).toMatchObject({ mySlot: 1, comparison: 'entering', ballotsHandedOut: 4 });
    expect(entering.body.counters.map((c) => [c.slot, c.sheets, c.finished])).toEqual([
      [1, 3, false],
      [2, 3, false],
    ]);
    expect((await p.c1.post(`${p.base}/paper/1/finish`)).status).toBe(200);
    const done = await p.c2.post<PaperStatus>(`${p.base}/paper/2/finish`);
    expect(done.body).toMatchObject({ comparison: 'agreed', mismatchSheets: [] });
    // Once both finished, each counter may read the other's entries.
    const other = await p.c1.get<SlotSheets>(`${p.base}/paper/2/sheets`);
    expect(other.status).toBe(200);
    expect(other.body.sheets).toEqual(all);
    const compared = await organizer.get<PaperComparisonView>(`${p.base}/paper/comparison`);
    expect(compared.body).toMatchObject({ agreed: true, agreedSheets: 3, mismatches: [] });

    const closed = await organizer.post<RoundDetail>(`${p.base}/close`);
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', ballotsReturned: 3 });
    const tally = (await organizer.get<Tally>(`${p.base}/tally`)).body;
    const [a, b] = p.subjectIds.map((id) => tally.subjects.find((s) => s.subjectId === id)!);
    expect(a).toMatchObject({ issued: 4, returned: 3, invalid: 0 });
    expect(a?.levels.thap.count).toBe(2);
    expect(a?.levels.cao.count).toBe(1);
    expect(b).toMatchObject({ returned: 3, invalid: 2, invalidNoMark: 1, invalidSeveralMarks: 1 });

    expect((await organizer.post(`${p.base}/publish`)).status).toBe(200);
    const file = await organizer.get(`${p.base}/ballot-list.json`);
    const list = JSON.parse(file.raw.body) as PublishedBallotList;
    expect(verifyBallotList(list)).toMatchObject({ ok: true, ballots: 3 });
    expect(list.subjects.every((s) => s.issued === 4)).toBe(true);

    // The audit holds counts only: no marks, no receipts.
    const { rows: events } = await sql<{ action: string; text: string }>`
      select action, concat_ws(' ', authority, after::text) as text from audit_events
      where action like 'votes.paper.%' and entity_id = ${String(p.roundId)} order by id`.execute(ctx().db);
    expect(events.map((r) => r.action)).toEqual([
      'votes.paper.set',
      'votes.paper.sheets.save',
      'votes.paper.sheets.save',
      'votes.paper.sheets.save',
      'votes.paper.finish',
      'votes.paper.finish',
      'votes.paper.reconcile',
    ]);
    const text = events.map((r) => r.text).join('\n');
    for (const word of ['marks', 'thap', 'tin_nhiem', '"cao"', 'several', '"none"', 'receipt']) expect(text).not.toContain(word);
    for (const e of list.entries) expect(text).not.toContain(e.receipt);
  });

  it('a mismatch blocks the close, naming the sheet; the counter reopens, fixes it, and the close goes through', async () => {
    const p = await setUpPaperRound(ctx().db, organizer, w.inside, () => ctx().client(), 3);
    const [s1, s2] = p.subjectIds;
    await put(p.c1, `${p.base}/paper/1/sheets`, {
      sheets: sheets(p.subjectIds, [
        ['cao', 'cao'],
        ['thap', 'cao'],
      ]),
    });
    await put(p.c2, `${p.base}/paper/2/sheets`, {
      sheets: sheets(p.subjectIds, [
        ['cao', 'cao'],
        ['thap', 'thap'],
      ]),
    });
    await p.c1.post(`${p.base}/paper/1/finish`);

    const early = await organizer.post<ErrorBody>(`${p.base}/close`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('PAPER_UNFINISHED');
    expect(early.body.error.details.map((d) => d.field)).toEqual(['paper.2']);

    expect((await p.c2.post<PaperStatus>(`${p.base}/paper/2/finish`)).body).toMatchObject({
      comparison: 'mismatch',
      mismatchSheets: [2],
    });
    const before = await paperRowCounts(ctx().db);
    const refused = await organizer.post<ErrorBody>(`${p.base}/close`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('PAPER_MISMATCH');
    expect(refused.body.error.message).toContain('tờ số 2');
    expect(await paperRowCounts(ctx().db)).toEqual(before);
    expect((await organizer.get(`${p.base}/tally`)).status).toBe(409);

    const compared = await p.c2.get<PaperComparisonView>(`${p.base}/paper/comparison`);
    expect(compared.body).toMatchObject({
      agreed: false,
      mismatches: [{ sheetNo: 2, kind: 'marks', subjectId: s2, first: 'cao', second: 'thap', enteredBy: null }],
    });

    const finished = await put(p.c2, `${p.base}/paper/2/sheets`, { sheets: sheets(p.subjectIds, [['thap', 'cao']], 2) });
    expect((finished.body as ErrorBody).error.code).toBe('PAPER_SLOT_FINISHED');
    expect((await p.c2.post<PaperStatus>(`${p.base}/paper/2/reopen`)).body.comparison).toBe('entering');
    // Reopened: counter 1 may no longer read counter 2's entries.
    expect((await p.c1.get(`${p.base}/paper/2/sheets`)).status).toBe(409);
    expect((await put(p.c2, `${p.base}/paper/2/sheets`, { sheets: sheets(p.subjectIds, [['thap', 'cao']], 2) })).status).toBe(
      200,
    );
    expect((await p.c2.post<PaperStatus>(`${p.base}/paper/2/finish`)).body.comparison).toBe('agreed');

    const closed = await organizer.post<RoundDetail>(`${p.base}/close`);
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.ballotsReturned).toBe(2);
    const tally = (await organizer.get<Tally>(`${p.base}/tally`)).body;
    expect(tally.subjects.find((s) => s.subjectId === s1)?.levels.thap.count).toBe(1);
    expect(tally.subjects.find((s) => s.subjectId === s2)?.levels.cao.count).toBe(2);

    // After the close nothing more is entered, finished or reopened.
    const after = await put(p.c1, `${p.base}/paper/1/sheets`, { sheets: sheets(p.subjectIds, [['cao', 'cao']], 3) });
    expect((after.body as ErrorBody).error.code).toBe('ROUND_NOT_OPEN');
    expect((await p.c1.post(`${p.base}/paper/1/reopen`)).status).toBe(409);
  });

  it('a sheet entered by one counter only is a mismatch too; more sheets than handed out refuse the close', async () => {
    const p = await setUpPaperRound(ctx().db, organizer, w.inside, () => ctx().client(), 1);
    await put(p.c1, `${p.base}/paper/1/sheets`, {
      sheets: sheets(p.subjectIds, [
        ['cao', 'cao'],
        ['cao', 'thap'],
      ]),
    });
    await put(p.c2, `${p.base}/paper/2/sheets`, { sheets: sheets(p.subjectIds, [['cao', 'cao']]) });
    await p.c1.post(`${p.base}/paper/1/finish`);
    await p.c2.post(`${p.base}/paper/2/finish`);
    const compared = await organizer.get<PaperComparisonView>(`${p.base}/paper/comparison`);
    expect(compared.body.mismatches).toEqual([
      { sheetNo: 2, kind: 'missing', enteredBy: 1, subjectId: null, first: null, second: null },
    ]);
    expect(((await organizer.post(`${p.base}/close`)).body as ErrorBody).error.code).toBe('PAPER_MISMATCH');
    await p.c2.post(`${p.base}/paper/2/reopen`);
    await put(p.c2, `${p.base}/paper/2/sheets`, { sheets: sheets(p.subjectIds, [['cao', 'thap']], 2) });
    await p.c2.post(`${p.base}/paper/2/finish`);
    const over = await organizer.post<ErrorBody>(`${p.base}/close`);
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe('PAPER_OVER_ISSUED');
  });
});
