// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import { errorCode, errorDetailsText } from '../../../app/server/testing/error-body.js';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, insertUnit, type UnitRef, type World } from '../../../app/server/testing/world.js';
import type { DecisionResult } from '../reviews-decision.contract.js';
import type { DecidedLevel } from '../reviews.schemas.js';
import { decisionBody, fillGroup, insertDecisionCycle, insertReview, FAR_DUE, signInDecider } from './decision-test-kit.js';

const detail = errorDetailsText;
const code = errorCode;

describeBackends('reviews: the decision, with every rule enforced', (ctx) => {
  let w: World;
  let decider: TestClient;
  let decider2: TestClient;
  let otherBodyDecider: TestClient;
  let organizer: TestClient;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    decider = await w.client('decider');
    organizer = await w.client('organizer');
    decider2 = await signInDecider(w.db, ctx().client(), w.inside, w.insideBodyId);
    otherBodyDecider = await signInDecider(w.db, ctx().client(), w.inside);
  });

  const decide = (client: TestClient, id: number, level: DecidedLevel, version = 1) =>
    client.request<DecisionResult>('PUT', `/api/reviews/${id}/decision`, { body: decisionBody(level, version) });
  const fresh = async (): Promise<{ unit: UnitRef; cycleId: number; group: string }> => {
    const unit = await insertUnit(w.db, w.inside, { kind: 'division' });
    return { unit, cycleId: await insertDecisionCycle(w.db, unit), group: `u${unit.id}:staff` };
  };

  it('the decider of the body decides: level, document, reasons and audit stored; the review is locked', async () => {
    const { unit, cycleId } = await fresh();
    const { reviewId } = await insertReview(w.db, cycleId, unit, { bodyId: w.insideBodyId, score: 85.5 });
    const res = await decide(decider, reviewId, 'HTT');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'decided', level: 'HTT', decisionRef: '12/QĐ-UBND', version: 2 });
    expect(res.body.reasons.map((r) => r.code)).toEqual(['SCORE_BELOW_THRESHOLD']);
    const row = await w.db.selectFrom('reviews').selectAll().where('id', '=', reviewId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ level: 'HTT', status: 'decided', decision_ref: '12/QĐ-UBND', decided_on: '2026-11-20' });
    expect(row.decided_by).toBe(w.accounts.decider.id);
    const audit = await w.db
      .selectFrom('audit_events')
      .select(['authority'])
      .where('action', '=', 'reviews.review.decide')
      .where('entity_id', '=', String(reviewId))
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.authority).toContain(`body ${w.insideBodyId}`);

    const again = await decide(decider, reviewId, 'HTT', 2);
    expect([again.status, code(again.body)]).toEqual([409, 'REVIEW_LOCKED']);
  });

  it('refuses a decider of another body, an organizer, a stale version and a review not yet proposed', async () => {
    const { unit, cycleId } = await fresh();
    const { reviewId } = await insertReview(w.db, cycleId, unit, { bodyId: w.insideBodyId });
    const other = await decide(otherBodyDecider, reviewId, 'HTT');
    expect([other.status, code(other.body)]).toEqual([403, 'NOT_DECIDER']);
    const org = await decide(organizer, reviewId, 'HTT');
    expect([org.status, code(org.body)]).toEqual([403, 'NOT_DECIDER']);
    const stale = await decide(decider, reviewId, 'HTT', 7);
    expect([stale.status, code(stale.body)]).toEqual([409, 'VERSION_CONFLICT']);
    expect(detail(stale.body)).toContain('Phiên bản hiện tại là 1');
    const pending = await insertReview(w.db, cycleId, unit, { bodyId: w.insideBodyId, status: 'pending' });
    const early = await decide(decider, pending.reviewId, 'HTT');
    expect([early.status, code(early.body)]).toEqual([409, 'STEP_ORDER']);
    const row = await w.db
      .selectFrom('reviews')
      .select(['level', 'version'])
      .where('id', '=', reviewId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ level: null, version: 1 });
  });

  it('a decision after the deadline is refused until the deadline is extended', async () => {
    const unit = await insertUnit(w.db, w.inside, { kind: 'division' });
    const cycleId = await insertDecisionCycle(w.db, unit, { due: '2026-01-15' });
    const { reviewId } = await insertReview(w.db, cycleId, unit, { bodyId: w.insideBodyId });
    const late = await decide(decider, reviewId, 'HTT');
    expect([late.status, code(late.body)]).toEqual([409, 'DEADLINE_PASSED']);
    expect(detail(late.body)).toContain('2026-01-15');
    const extended = await organizer.request('PUT', `/api/reviews/cycles/${cycleId}/deadlines`, {
      body: { decisionDue: FAR_DUE, decisionRef: '30/QĐ-UBND' },
    });
    expect(extended.status, JSON.stringify(extended.body)).toBe(200);
    expect((await decide(decider, reviewId, 'HTT')).status).toBe(200);
  });

  it('HTXS needs 90 points: 89.99 is refused naming the score, 90 is allowed (quota room: 5 HTT)', async () => {
    const { unit, cycleId, group } = await fresh();
    await fillGroup(w.db, cycleId, unit, group, 'HTT', 5);
    const below = await insertReview(w.db, cycleId, unit, { bodyId: w.insideBodyId, score: 89.99 });
    const refused = await decide(decider, below.reviewId, 'HTXS');
    expect([refused.status, code(refused.body)]).toEqual([422, 'LEVEL_NOT_ALLOWED']);
    expect(detail(refused.body)).toContain('89,99');
    const at = await insertReview(w.db, cycleId, unit, { bodyId: w.insideBodyId, score: 90 });
    const ok = await decide(decider, at.reviewId, 'HTXS');
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.reasons).toEqual([]);
  });

  it('quota: exactly 20% passes (1 HTXS with 5 HTT); 2 HTXS with 9 HTT is refused; 25% only with a recorded exception', async () => {
    const a = await fresh();
    await fillGroup(w.db, a.cycleId, a.unit, a.group, 'HTT', 5);
    const first = await insertReview(w.db, a.cycleId, a.unit, { bodyId: w.insideBodyId, score: 95 });
    expect((await decide(decider, first.reviewId, 'HTXS')).status).toBe(200);

    const b = await fresh();
    await fillGroup(w.db, b.cycleId, b.unit, b.group, 'HTT', 9);
    await fillGroup(w.db, b.cycleId, b.unit, b.group, 'HTXS', 1);
    const second = await insertReview(w.db, b.cycleId, b.unit, { bodyId: w.insideBodyId, score: 95 });
    const refused = await decide(decider, second.reviewId, 'HTXS');
    expect([refused.status, code(refused.body)]).toEqual([422, 'QUOTA_EXCEEDED']);
    expect(detail(refused.body)).toContain('2/9');
    expect(detail(refused.body)).toContain('20%');

    const exception = (pct: number) =>
      organizer.post(`/api/reviews/cycles/${b.cycleId}/quota-exceptions`, {
        dutyGroup: b.group,
        ceilingPercent: pct,
        decisionRef: '45/QĐ-TU',
        decidedOn: '2026-11-18',
      });
    const tooHigh = await exception(30);
    expect([tooHigh.status, code(tooHigh.body)]).toEqual([422, 'EXCEPTION_INVALID']);
    expect(detail(tooHigh.body)).toContain('25%');
    const recorded = await exception(25);
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect((await exception(25)).status).toBe(409);
    const list = await organizer.get<{ items: { id: number; ceilingPercent: number }[] }>(
      `/api/reviews/cycles/${b.cycleId}/quota-exceptions`,
    );
    expect(list.body.items.map((i) => i.ceilingPercent)).toEqual([25]);

    const allowed = await decide(decider, second.reviewId, 'HTXS');
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(200);
    expect(allowed.body.quotaExceptionId).toBe(list.body.items[0]?.id);
    const third = await insertReview(w.db, b.cycleId, b.unit, { bodyId: w.insideBodyId, score: 95 });
    const over = await decide(decider, third.reviewId, 'HTXS');
    expect([over.status, code(over.body)]).toEqual([422, 'QUOTA_EXCEEDED']);
    expect(detail(over.body)).toContain('45/QĐ-TU');
  });

  it('discipline decided in the period → KHT whatever the score, with its consequences', async () => {
    const { unit, cycleId } = await fresh();
    const { reviewId, personId } = await insertReview(w.db, cycleId, unit, { bodyId: w.insideBodyId, score: 95 });
    await w.db
      .insertInto('person_discipline')
      .values({ person_id: personId!, form: 'Khiển trách', reason: 'Vi phạm quy chế', decided_on: '2026-05-10' })
      .execute();
    const refused = await decide(decider, reviewId, 'HTT');
    expect([refused.status, code(refused.body)]).toEqual([422, 'LEVEL_NOT_ALLOWED']);
    expect(detail(refused.body)).toContain('kỷ luật');
    const kht = await decide(decider, reviewId, 'KHT');
    expect(kht.status, JSON.stringify(kht.body)).toBe(200);
    expect(kht.body.consequences.map((c) => c.code).sort()).toEqual(['LOWER_POST_OR_DISMISSAL_REVIEW', 'OUT_OF_PLANNING_POOL']);
    const stored = await w.db.selectFrom('review_consequences').select('kind').where('review_id', '=', reviewId).execute();
    expect(stored).toHaveLength(2);

    const earlier = await insertReview(w.db, cycleId, unit, { bodyId: w.insideBodyId, score: 80 });
    await w.db
      .insertInto('person_discipline')
      .values({ person_id: earlier.personId!, form: 'Khiển trách', reason: 'Năm trước', decided_on: '2025-12-30' })
      .execute();
    expect((await decide(decider, earlier.reviewId, 'HTT')).status).toBe(200);
  });

  it('two deciders at once on one review: one wins, the other gets a conflict, nothing is lost', async () => {
    const { unit, cycleId } = await fresh();
    const { reviewId } = await insertReview(w.db, cycleId, unit, { bodyId: w.insideBodyId, score: 75 });
    const [a, b] = await Promise.all([decide(decider, reviewId, 'HTT'), decide(decider2, reviewId, 'HT')]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const row = await w.db
      .selectFrom('reviews')
      .select(['level', 'version'])
      .where('id', '=', reviewId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ level: winner.body.level, version: 2 });
    const audits = await w.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'reviews.review.decide')
      .where('entity_id', '=', String(reviewId))
      .execute();
    expect(audits).toHaveLength(1);
  });

  it('two HTXS decisions racing for the last quota place in a group: exactly one passes', async () => {
    const { unit, cycleId, group } = await fresh();
    await fillGroup(w.db, cycleId, unit, group, 'HTT', 5);
    const x = await insertReview(w.db, cycleId, unit, { bodyId: w.insideBodyId, score: 95 });
    const y = await insertReview(w.db, cycleId, unit, { bodyId: w.insideBodyId, score: 96 });
    const results = await Promise.all([decide(decider, x.reviewId, 'HTXS'), decide(decider2, y.reviewId, 'HTXS')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 422]);
    const htxs = await w.db
      .selectFrom('reviews')
      .select('id')
      .where('duty_group', '=', group)
      .where('level', '=', 'HTXS')
      .execute();
    expect(htxs).toHaveLength(1);
  });
});
