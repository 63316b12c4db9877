// Paper double entry: every refusal answers a 4xx naming what is wrong, and changes nothing.
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, insertAccount, signIn, type World } from '../../../app/server/testing/world.js';
import { paperRowCounts, setUpPaperRound, sheets, type PaperRound } from './votes-paper-test-kit.js';

type ErrorBody = { error: { code: string; details: { field?: string; message: string }[] } };
type Res = { status: number; body: unknown };

describeBackends('votes: paper entry refusals change nothing', (ctx) => {
  let w: World;
  let organizer: TestClient;
  let p: PaperRound;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
    p = await setUpPaperRound(ctx().db, organizer, w.inside, () => ctx().client(), 3, 4);
    const first = await p.c1.request('PUT', `${p.base}/paper/1/sheets`, {
      body: { sheets: sheets(p.subjectIds, [['cao', 'cao']]) },
    });
    expect(first.status).toBe(200);
  });

  /** Sends `request`; checks the status, the code, the field named, and that nothing changed. */
  async function refused(request: () => Promise<Res>, status: number, code: string, field?: string) {
    const before = await paperRowCounts(ctx().db);
    const res = await request();
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    const error = (res.body as ErrorBody).error;
    expect(error.code).toBe(code);
    if (field) expect(error.details.map((d) => d.field)).toContain(field);
    expect(await paperRowCounts(ctx().db)).toEqual(before);
  }

  const save = (client: TestClient, slot: number | string, body: unknown) =>
    client.request('PUT', `${p.base}/paper/${slot}/sheets`, { body });
  const one = () => ({ sheets: sheets(p.subjectIds, [['thap', 'thap']], 2) });

  it('lets only the counter of a slot write it — not the other counter, the organizer or a reader', async () => {
    await refused(() => save(p.c2, 1, one()), 403, 'PAPER_NOT_COUNTER', 'slot');
    await refused(() => save(p.c1, 2, one()), 403, 'PAPER_NOT_COUNTER', 'slot');
    await refused(() => save(organizer, 1, one()), 403, 'PAPER_NOT_COUNTER', 'slot');
    await refused(async () => save(await w.client('inspector'), 2, one()), 403, 'PAPER_NOT_COUNTER');
    await refused(() => organizer.post(`${p.base}/paper/1/finish`), 403, 'PAPER_NOT_COUNTER');
    await refused(() => p.c1.post(`${p.base}/paper/2/reopen`), 403, 'PAPER_NOT_COUNTER');
    // An account that is neither counter nor reader of the round does not see it.
    const stranger = await signIn(ctx().db, ctx().client(), await insertAccount(ctx().db, w.outside));
    await refused(() => save(stranger, 1, one()), 404, 'NOT_FOUND');
    await refused(() => stranger.get(`${p.base}/paper`), 404, 'NOT_FOUND');
  });

  it('hides the other counter’s entries and the comparison until both have finished', async () => {
    await refused(() => p.c2.get(`${p.base}/paper/1/sheets`), 409, 'PAPER_UNFINISHED');
    await refused(() => organizer.get(`${p.base}/paper/1/sheets`), 403, 'PAPER_NOT_COUNTER');
    await refused(() => organizer.get(`${p.base}/paper/comparison`), 409, 'PAPER_UNFINISHED');
    expect((await p.c1.get(`${p.base}/paper/1/sheets`)).status).toBe(200);
    const status = await p.c2.get<{ counters: { sheets: number }[]; mismatchSheets: number[] }>(`${p.base}/paper`);
    expect(status.body.counters.map((c) => c.sheets)).toEqual([1, 0]);
  });

  it('refuses bad marks, unknown or missing people, bad slots and sheet numbers, with the field', async () => {
    const [a, b] = p.subjectIds as [string, string];
    await refused(
      () => save(p.c1, 1, { sheets: [{ sheetNo: 2, marks: { [a]: 'cao', [b]: 'maybe' } }] }),
      400,
      'VALIDATION_FAILED',
      `body.sheets.0.marks.${b}`,
    );
    await refused(
      () => save(p.c1, 1, { sheets: [{ sheetNo: 2, marks: { [a]: 'cao', [b]: 'cao', '999999': 'cao' } }] }),
      422,
      'SUBJECTS_MISMATCH',
      'sheets.0.marks.999999',
    );
    await refused(
      () => save(p.c1, 1, { sheets: [{ sheetNo: 2, marks: { [a]: 'cao' } }] }),
      422,
      'SUBJECTS_MISMATCH',
      `sheets.0.marks.${b}`,
    );
    await refused(() => save(p.c1, 3, one()), 400, 'VALIDATION_FAILED', 'params.slot');
    await refused(
      () => save(p.c1, 1, { sheets: sheets(p.subjectIds, [['cao', 'cao']], 0) }),
      400,
      'VALIDATION_FAILED',
      'body.sheets.0.sheetNo',
    );
    const twice = [...one().sheets, ...one().sheets];
    await refused(() => save(p.c1, 1, { sheets: twice }), 400, 'VALIDATION_FAILED', 'body.sheets.1.sheetNo');
    await refused(() => save(p.c1, 1, { ...one(), remove: [2] }), 400, 'VALIDATION_FAILED', 'body.remove.0');
  });

  it('refuses a wrong counting board: one account twice, unknown accounts, too many ballots, a slot with entries', async () => {
    const set = (body: Record<string, number>) => organizer.request('PUT', `${p.base}/paper`, { body });
    const ok = { counter1AccountId: p.one.id, counter2AccountId: p.two.id, ballotsHandedOut: 3 };
    await refused(() => set({ ...ok, counter2AccountId: p.one.id }), 400, 'VALIDATION_FAILED', 'body.counter2AccountId');
    await refused(() => set({ ...ok, counter2AccountId: 999_999_999 }), 422, 'PAPER_COUNTER_UNKNOWN', 'counter2AccountId');
    // The counting board comes from the round's unit: an account homed elsewhere is not a candidate.
    const elsewhere = await insertAccount(ctx().db, w.outside);
    await refused(() => set({ ...ok, counter1AccountId: elsewhere.id }), 422, 'PAPER_COUNTER_UNKNOWN', 'counter1AccountId');
    const candidates = await organizer.get<{ items: { id: number }[] }>(`${p.base}/paper/candidates`);
    expect(candidates.body.items.map((c) => c.id)).toEqual(expect.arrayContaining([p.one.id, p.two.id]));
    expect(candidates.body.items.map((c) => c.id)).not.toContain(elsewhere.id);
    await refused(() => p.c1.get(`${p.base}/paper/candidates`), 404, 'NOT_FOUND');
    await refused(() => set({ ...ok, ballotsHandedOut: 5 }), 409, 'PAPER_BALLOTS_OVER_PRESENT', 'ballotsHandedOut');
    const other = await insertAccount(ctx().db, w.inside);
    await refused(() => set({ ...ok, counter1AccountId: other.id }), 409, 'PAPER_COUNTER_HAS_ENTRIES', 'counter1AccountId');
    await refused(async () => (await w.client('inspector')).request('PUT', `${p.base}/paper`, { body: ok }), 403, 'FORBIDDEN');
    // Counter 2 has entered nothing yet: that slot may change hands.
    expect((await set({ ...ok, counter2AccountId: other.id })).status).toBe(200);
    expect((await set(ok)).status).toBe(200);
  });

  it('refuses the close while a slot is open, and every entry once the round is closed', async () => {
    await refused(() => organizer.post(`${p.base}/close`), 409, 'PAPER_UNFINISHED', 'paper.1');
    await save(p.c2, 2, { sheets: sheets(p.subjectIds, [['cao', 'cao']]) });
    await p.c1.post(`${p.base}/paper/1/finish`);
    await p.c2.post(`${p.base}/paper/2/finish`);
    expect((await organizer.post(`${p.base}/close`)).status).toBe(200);
    await refused(() => save(p.c1, 1, one()), 409, 'ROUND_NOT_OPEN');
    await refused(() => p.c1.post(`${p.base}/paper/1/reopen`), 409, 'ROUND_NOT_OPEN');
    await refused(
      () =>
        organizer.request('PUT', `${p.base}/paper`, {
          body: { counter1AccountId: p.one.id, counter2AccountId: p.two.id, ballotsHandedOut: 2 },
        }),
      409,
      'ROUND_NOT_OPEN',
    );
  });
});
