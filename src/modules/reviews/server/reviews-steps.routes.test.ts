// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import { errorCode, errorFields } from '../../../app/server/testing/error-body.js';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, type World } from '../../../app/server/testing/world.js';
import type { ReviewDetail } from '../reviews-steps.contract.js';
import { SELF_REVIEW_86, insertCycle, insertReviewAt } from './reviews-test-kit.js';

type ErrorBody = { error: { code: string; details: { field?: string; message: string }[] } };

describeBackends('reviews: self-review, comments and proposal', (ctx) => {
  let w: World;
  let organizer: TestClient;
  let inspector: TestClient;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
    inspector = await w.client('inspector');
  });

  const put = (c: TestClient, id: number, step: string, body: unknown) =>
    c.request('PUT', `/api/reviews/${id}/${step}`, { body });
  const fields = (res: { body: unknown }) => errorFields(res.body);
  const code = (res: { body: unknown }) => errorCode(res.body);
  // A step answers with the page built from the state it read plus its change: the same page a fresh read gives.
  const expectPageAsStored = async (c: TestClient, id: number, res: { body: unknown }) => {
    const read = await c.request('GET', `/api/reviews/${id}`);
    expect(read.status).toBe(200);
    expect(res.body).toEqual(read.body);
  };

  it('an organizer enters the signed self-review: score from the criteria, status, version, audit', async () => {
    const { reviewId } = await insertReviewAt(w.db, await w.freshUnit('inside'), 'pending');
    const res = await put(organizer, reviewId, 'self-review', { version: 1, ...SELF_REVIEW_86 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const detail = res.body as ReviewDetail;
    expect(detail.summary).toMatchObject({ status: 'self_reviewed', selfLevel: 'HTT', version: 2 });
    expect(detail.selfReview).toMatchObject({ score: 86, proposedLevel: 'HTT', narrative: SELF_REVIEW_86.narrative });
    expect(detail.selfReview).not.toHaveProperty('version');
    expect(detail.criteria.map((k) => k.code)).toEqual(SELF_REVIEW_86.criteria.map((k) => k.code));
    expect(detail.can).toMatchObject({ manage: true, selfReview: true, comments: true, proposal: false });
    await expectPageAsStored(organizer, reviewId, res);
    const audit = await w.db
      .selectFrom('audit_events')
      .select(['after'])
      .where('action', '=', 'reviews.review.self_review')
      .where('entity_id', '=', String(reviewId))
      .executeTakeFirstOrThrow();
    const after = audit.after as Record<string, unknown>;
    expect(after).toMatchObject({ level: 'HTT', score: 86, criteria: SELF_REVIEW_86.criteria.map((k) => k.code) });
    expect(String(after.enteredBy)).toContain('tài khoản chưa gắn');
    expect(after).not.toHaveProperty('narrative');

    // Re-saving before the comments is allowed, with the new version only.
    const stale = await put(organizer, reviewId, 'self-review', { version: 1, ...SELF_REVIEW_86 });
    expect(stale.status).toBe(409);
    expect(code(stale)).toBe('VERSION_CONFLICT');
    expect((stale.body as ErrorBody).error.details[0]?.message).toContain('2');
    const again = await put(organizer, reviewId, 'self-review', { version: 2, ...SELF_REVIEW_86, proposedLevel: 'HT' });
    expect(again.status).toBe(200);
    expect((again.body as ReviewDetail).summary).toMatchObject({ selfLevel: 'HT', version: 3 });
    await expectPageAsStored(organizer, reviewId, again);
  });

  it('two saves of the same version at once: one wins, the other gets the current version', async () => {
    const { reviewId } = await insertReviewAt(w.db, await w.freshUnit('inside'), 'pending');
    const other = await w.client('admin');
    const [a, b] = await Promise.all([
      put(organizer, reviewId, 'self-review', { version: 1, ...SELF_REVIEW_86 }),
      put(other, reviewId, 'self-review', { version: 1, ...SELF_REVIEW_86, proposedLevel: 'HT' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(code(loser)).toBe('VERSION_CONFLICT');
    expect(fields(loser)).toEqual(['version']);
    const row = await w.db.selectFrom('reviews').select(['version']).where('id', '=', reviewId).executeTakeFirstOrThrow();
    expect(row.version).toBe(2);
  });

  it('refuses a level the score does not allow, naming proposedLevel and the reason; nothing changes', async () => {
    const { reviewId } = await insertReviewAt(w.db, await w.freshUnit('inside'), 'pending');
    const res = await put(organizer, reviewId, 'self-review', { version: 1, ...SELF_REVIEW_86, proposedLevel: 'HTXS' });
    expect(res.status).toBe(422);
    expect(code(res)).toBe('LEVEL_NOT_ALLOWED');
    expect(fields(res)[0]).toBe('proposedLevel');
    expect((res.body as ErrorBody).error.details.some((d) => d.message.includes('90'))).toBe(true);
    const row = await w.db
      .selectFrom('reviews')
      .select(['status', 'version'])
      .where('id', '=', reviewId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'pending', version: 1 });
  });

  it.each([
    ['three decimals', 0, 8.999, 'criteria[0].score'],
    ['above the criterion max', 3, 70.01, 'criteria[3].score'],
  ])('refuses a criterion score with %s, naming the field', async (_what, index, score, field) => {
    const { reviewId } = await insertCycle(w.db, await w.freshUnit('inside'));
    const criteria = SELF_REVIEW_86.criteria.map((c, i) => (i === index ? { ...c, score } : c));
    const res = await put(organizer, reviewId, 'self-review', { version: 1, ...SELF_REVIEW_86, criteria });
    expect(res.status).toBe(422);
    expect(fields(res)).toEqual([field]);
  });

  it('refuses an unknown criterion and a missing evidence note', async () => {
    const { reviewId } = await insertCycle(w.db, await w.freshUnit('inside'));
    const criteria = [...SELF_REVIEW_86.criteria.slice(0, 3), { code: 'bogus', score: 1, evidence: 'x' }];
    const res = await put(organizer, reviewId, 'self-review', { version: 1, ...SELF_REVIEW_86, criteria });
    expect(res.status).toBe(422);
    expect(fields(res)).toContain('criteria[3].code');
    const noEvidence = SELF_REVIEW_86.criteria.map(({ code: c, score }) => ({ code: c, score }));
    const bad = await put(organizer, reviewId, 'self-review', { version: 1, ...SELF_REVIEW_86, criteria: noEvidence });
    expect(bad.status).toBe(400);
  });

  it('refuses past the deadline unless extended, and a read-only role', async () => {
    const { reviewId, cycleId } = await insertCycle(w.db, await w.freshUnit('inside'));
    await w.db
      .updateTable('review_cycles')
      .set({ self_review_due: '2020-01-01', comments_due: '2020-01-02' })
      .where('id', '=', cycleId)
      .execute();
    const late = await put(organizer, reviewId, 'self-review', { version: 1, ...SELF_REVIEW_86 });
    expect(late.status).toBe(409);
    expect(code(late)).toBe('DEADLINE_PASSED');
    expect(fields(late)).toEqual(['selfReviewDue']);
    const extended = await organizer.request('PUT', `/api/reviews/cycles/${cycleId}/deadlines`, {
      body: { selfReviewDue: '2099-12-01', commentsDue: '2099-12-05', decisionDue: '2099-12-15', decisionRef: '12/QĐ-UBND' },
    });
    expect(extended.status, JSON.stringify(extended.body)).toBe(200);
    expect((await put(inspector, reviewId, 'self-review', { version: 1, ...SELF_REVIEW_86 })).status).toBe(403);
    expect((await put(organizer, reviewId, 'self-review', { version: 1, ...SELF_REVIEW_86 })).status).toBe(200);
  });

  it('ND 335 year: the task score is the mean of the worked tracked periods, never typed', async () => {
    const unit = await w.freshUnit('inside');
    const { reviewId, personId } = await insertReviewAt(w.db, unit, 'pending');
    const quarters: [number, number, string][] = [
      [1, 60, 'HTT'],
      [2, 65, 'HTT'],
      [3, 10, 'NOT_RATED'],
    ];
    for (const [no, task, level] of quarters) {
      const start = `2026-${String(no * 3 - 2).padStart(2, '0')}-01`;
      const { id: cycleId } = await w.db
        .insertInto('review_cycles')
        .values({
          unit_id: unit.id,
          title: `Quý ${no}/2026`,
          regime: 'state',
          period_kind: 'quarter',
          year: 2026,
          period_no: no,
          period_start: start,
          period_end: start,
          settings: '{}',
          self_review_due: start,
          comments_due: start,
          decision_due: start,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await w.db
        .insertInto('reviews')
        .values({
          cycle_id: cycleId,
          subject_type: 'person',
          person_id: personId,
          unit_id: unit.id,
          unit_path: unit.path,
          subject_kind: 'civil_servant',
          form: '2B',
          rule_set: 'civil-servant-nd335-2026',
          duty_group: 'g',
          status: 'decided',
          self_review: JSON.stringify({ criteria: [{ code: 'task_results', score: task, evidence: 'x' }], score: task }),
          level,
          decided_at: new Date(),
        })
        .execute();
    }
    const typed = await put(organizer, reviewId, 'self-review', { version: 1, ...SELF_REVIEW_86 });
    expect(typed.status).toBe(422);
    expect(fields(typed)).toEqual(['criteria[3].code']);
    const common = SELF_REVIEW_86.criteria.slice(0, 3);
    const res = await put(organizer, reviewId, 'self-review', { version: 1, ...SELF_REVIEW_86, criteria: common });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // (60 + 65) / 2 = 62.50 over the two worked quarters; + 26 common points.
    expect((res.body as ReviewDetail).selfReview).toMatchObject({ taskScoreFromPeriods: 62.5, score: 88.5 });
    await expectPageAsStored(organizer, reviewId, res);
  });

  it('collective comments: after the self-review, counts within the attendees', async () => {
    const pending = await insertReviewAt(w.db, await w.freshUnit('inside'), 'pending');
    const body = {
      version: 1,
      meetingDate: '2026-11-20',
      attendees: 12,
      minutes: 'Biên bản họp chi bộ',
      agreeCounts: { HTT: 10, HT: 2 },
    };
    const early = await put(organizer, pending.reviewId, 'comments', body);
    expect(early.status).toBe(409);
    expect(code(early)).toBe('STEP_ORDER');
    const { reviewId } = await insertReviewAt(w.db, await w.freshUnit('inside'), 'self_reviewed');
    const over = await put(organizer, reviewId, 'comments', { ...body, agreeCounts: { HTT: 13 } });
    expect(over.status).toBe(422);
    expect(fields(over)).toEqual(['agreeCounts.HTT']);
    const sum = await put(organizer, reviewId, 'comments', { ...body, agreeCounts: { HTT: 10, HT: 3 } });
    expect(fields(sum)).toEqual(['agreeCounts']);
    const ok = await put(organizer, reviewId, 'comments', body);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const detail = ok.body as ReviewDetail;
    expect(detail.summary.status).toBe('commented');
    expect(detail.comments).toMatchObject({ attendees: 12, agreeCounts: { HTT: 10, HT: 2 } });
    expect(detail.can).toMatchObject({ selfReview: false, comments: true, proposal: true });
    await expectPageAsStored(organizer, reviewId, ok);
    // The self-review is closed once commented.
    const self = await put(organizer, reviewId, 'self-review', { version: 2, ...SELF_REVIEW_86 });
    expect(code(self)).toBe('STEP_ORDER');
  });

  it('proposal: checked with the self-review and the cases found; status → proposed', async () => {
    const { reviewId } = await insertReviewAt(w.db, await w.freshUnit('inside'), 'commented');
    const body = { version: 1, level: 'HTT', note: 'Đủ điều kiện mức Hoàn thành tốt', cases: [] };
    const above = await put(organizer, reviewId, 'proposal', { ...body, level: 'HTXS' });
    expect(above.status).toBe(422);
    expect(fields(above)[0]).toBe('level');
    const disciplined = await put(organizer, reviewId, 'proposal', { ...body, cases: [{ case: 'disciplined' }] });
    expect(disciplined.status).toBe(422);
    expect(code(disciplined)).toBe('LEVEL_NOT_ALLOWED');
    const notInList = await put(organizer, reviewId, 'proposal', { ...body, cases: [{ case: 'buying_posts' }] });
    expect(notInList.status).toBe(422);
    expect(fields(notInList)).toEqual(['cases[0].case']);
    const kht = await put(organizer, reviewId, 'proposal', { ...body, level: 'KHT', cases: [{ case: 'disciplined' }] });
    expect(kht.status, JSON.stringify(kht.body)).toBe(200);
    const ok = await put(organizer, reviewId, 'proposal', { ...body, version: 2 });
    expect(ok.status).toBe(200);
    const detail = ok.body as ReviewDetail;
    expect(detail.summary).toMatchObject({ status: 'proposed', proposedLevel: 'HTT', version: 3 });
    expect(detail.proposal).toMatchObject({ level: 'HTT', note: body.note, detail: { cases: [] } });
    expect(detail.proposal?.detail).not.toHaveProperty('version');
    await expectPageAsStored(organizer, reviewId, ok);
  });

  it('the review page: read by an inspector (no step allowed), 404 outside the subtree', async () => {
    const { reviewId } = await insertReviewAt(w.db, await w.freshUnit('inside'), 'self_reviewed');
    const res = await inspector.get(`/api/reviews/${reviewId}`);
    expect(res.status).toBe(200);
    const detail = res.body as ReviewDetail;
    expect(detail.cycle.selfReviewDue).toBe('2099-12-05');
    expect(detail.summary.name).toBe('Trần Thị Đánh Giá');
    expect(detail.can).toMatchObject({ read: true, manage: false, selfReview: false, comments: false, proposal: false });
    expect(detail.opinion).toEqual({ enabled: false, minResponses: 3, responses: 0, counts: null });
    const outside = await insertCycle(w.db, await w.freshUnit('outside'));
    expect((await organizer.get(`/api/reviews/${outside.reviewId}`)).status).toBe(404);
  });
});
