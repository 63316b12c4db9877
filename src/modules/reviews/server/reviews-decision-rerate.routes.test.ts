// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import { errorCode, errorDetailsText } from '../../../app/server/testing/error-body.js';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, insertUnit, type UnitRef, type World } from '../../../app/server/testing/world.js';
import type { ConsequenceItem, DecisionResult } from '../reviews-decision.contract.js';
import type { DecidedLevel } from '../reviews.schemas.js';
import { ratingsOf } from './ratings.queries.js';
import { DECIDED_ON, decisionBody, fillGroup, insertDecisionCycle, insertReview, signInDecider } from './decision-test-kit.js';

const detail = errorDetailsText;
const code = errorCode;

describeBackends('reviews: re-rating and consequences', (ctx) => {
  let w: World;
  let decider: TestClient;
  let organizer: TestClient;
  let inspector: TestClient;
  let higher: TestClient;
  let otherBodyDecider: TestClient;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    decider = await w.client('decider');
    organizer = await w.client('organizer');
    inspector = await w.client('inspector');
    higher = await signInDecider(w.db, ctx().client(), w.root);
    otherBodyDecider = await signInDecider(w.db, ctx().client(), w.inside);
  });

  const rerate = (
    client: TestClient,
    id: number,
    level: DecidedLevel,
    version: number,
    reason = 'Phát hiện sai sót sau công khai',
  ) =>
    client.post<DecisionResult>(`/api/reviews/${id}/rerate`, {
      version,
      level,
      reason,
      decisionRef: '77/QĐ-UBND',
      decidedOn: DECIDED_ON,
    });
  const freshUnit = (): Promise<UnitRef> => insertUnit(w.db, w.inside, { kind: 'division' });
  const stat = async (unitId: number, cycleId: number, level: string) => {
    const row = await w.db
      .selectFrom('review_level_stats')
      .select((eb) => eb.fn.sum<number>('count').as('n'))
      .where('unit_id', '=', unitId)
      .where('cycle_id', '=', cycleId)
      .where('level', '=', level)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  };

  it('the competent or a higher decider re-rates with a reason; consequences follow; others are refused', async () => {
    const unit = await freshUnit();
    const cycleId = await insertDecisionCycle(w.db, unit);
    const { reviewId, personId } = await insertReview(w.db, cycleId, unit, { bodyId: w.insideBodyId, score: 60 });
    const decided = await decider.request<DecisionResult>('PUT', `/api/reviews/${reviewId}/decision`, {
      body: decisionBody('HT'),
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body.consequences).toEqual([]);
    expect(await stat(unit.id, cycleId, 'HT')).toBe(1);

    const byOrganizer = await rerate(organizer, reviewId, 'KHT', 2);
    expect([byOrganizer.status, code(byOrganizer.body)]).toEqual([403, 'NOT_RERATER']);
    const byOther = await rerate(otherBodyDecider, reviewId, 'KHT', 2);
    expect([byOther.status, code(byOther.body)]).toEqual([403, 'NOT_RERATER']);
    const noReason = await rerate(decider, reviewId, 'KHT', 2, '');
    expect(noReason.status).toBe(400);
    const tooHigh = await rerate(decider, reviewId, 'HTT', 2);
    expect([tooHigh.status, code(tooHigh.body)]).toEqual([422, 'LEVEL_NOT_ALLOWED']);
    expect(detail(tooHigh.body)).toContain('60,00');

    const ok = await rerate(decider, reviewId, 'KHT', 2);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ level: 'KHT', version: 3, decisionRef: '77/QĐ-UBND' });
    expect(ok.body.consequences.map((c) => c.code).sort()).toEqual(['LOWER_POST_OR_DISMISSAL_REVIEW', 'OUT_OF_PLANNING_POOL']);
    expect([await stat(unit.id, cycleId, 'HT'), await stat(unit.id, cycleId, 'KHT')]).toEqual([0, 1]);
    const rerates = await w.db.selectFrom('review_rerates').selectAll().where('review_id', '=', reviewId).execute();
    expect(rerates).toMatchObject([{ from_level: 'HT', to_level: 'KHT', decision_ref: '77/QĐ-UBND' }]);

    const list = await inspector.get<{ items: ConsequenceItem[] }>(`/api/reviews/consequences?unitId=${unit.id}&year=2026`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i) => [i.kind, i.personId, i.unitId, i.status])).toEqual(
      expect.arrayContaining([
        ['LOWER_POST_OR_DISMISSAL_REVIEW', personId, unit.id, 'open'],
        ['OUT_OF_PLANNING_POOL', personId, unit.id, 'open'],
      ]),
    );
    expect(list.body.items[0]?.personName).toBe('Trần Văn Xếp Loại');
    const readOnly = await w.client('decider');
    const pool = list.body.items.find((i) => i.kind === 'OUT_OF_PLANNING_POOL')!;
    expect((await readOnly.request('PUT', `/api/reviews/consequences/${pool.id}`, { body: { status: 'done' } })).status).toBe(
      403,
    );
    const done = await organizer.request<ConsequenceItem>('PUT', `/api/reviews/consequences/${pool.id}`, {
      body: { status: 'done', note: 'Đã đưa ra khỏi quy hoạch theo QĐ 80/QĐ-TU' },
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', note: 'Đã đưa ra khỏi quy hoạch theo QĐ 80/QĐ-TU' });

    // The higher level re-rates back: the open consequence is replaced, the one marked done stays.
    const back = await rerate(higher, reviewId, 'HT', 3);
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    const left = await w.db
      .selectFrom('review_consequences')
      .select(['kind', 'status'])
      .where('review_id', '=', reviewId)
      .execute();
    expect(left).toEqual([{ kind: 'OUT_OF_PLANNING_POOL', status: 'done' }]);
    const audit = await w.db
      .selectFrom('audit_events')
      .select('authority')
      .where('action', '=', 'reviews.review.rerate')
      .where('entity_id', '=', String(reviewId))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.authority?.split(' ')[0])).toEqual([`decider@${w.inside.path}`, `decider@${w.root.path}`]);

    const ratings = await ratingsOf(w.db, personId!);
    expect(ratings).toMatchObject([{ year: 2026, regime: 'state', level: 'HT', decisionRef: '77/QĐ-UBND' }]);
  });

  it('a re-rating counts the change in the quota (the old level leaves the counts)', async () => {
    const unit = await freshUnit();
    const cycleId = await insertDecisionCycle(w.db, unit);
    const group = `u${unit.id}:staff`;
    await fillGroup(w.db, cycleId, unit, group, 'HTXS', 1);
    await fillGroup(w.db, cycleId, unit, group, 'HTT', 4);
    const target = await insertReview(w.db, cycleId, unit, { bodyId: w.insideBodyId, level: 'HTT', score: 75 });
    const lowered = await rerate(decider, target.reviewId, 'HT', 1);
    expect([lowered.status, code(lowered.body)]).toEqual([422, 'QUOTA_EXCEEDED']);
    expect(detail(lowered.body)).toContain('1/4');
    const row = await w.db
      .selectFrom('reviews')
      .select(['level', 'version'])
      .where('id', '=', target.reviewId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ level: 'HTT', version: 1 });
  });

  it('re-rating needs a decided rating and the current version', async () => {
    const unit = await freshUnit();
    const cycleId = await insertDecisionCycle(w.db, unit);
    const proposed = await insertReview(w.db, cycleId, unit, { bodyId: w.insideBodyId });
    const early = await rerate(decider, proposed.reviewId, 'HT', 1);
    expect([early.status, code(early.body)]).toEqual([409, 'STEP_ORDER']);
    const decided = await insertReview(w.db, cycleId, unit, { bodyId: w.insideBodyId, level: 'HTT' });
    const stale = await rerate(decider, decided.reviewId, 'HT', 4);
    expect([stale.status, code(stale.body)]).toEqual([409, 'VERSION_CONFLICT']);
  });

  it('the consequence list holds only people in units the caller may read', async () => {
    const make = async (parent: UnitRef) => {
      const unit = await insertUnit(w.db, parent, { kind: 'division' });
      const { reviewId, personId } = await insertReview(w.db, await insertDecisionCycle(w.db, unit), unit, { level: 'KHT' });
      await w.db
        .insertInto('review_consequences')
        .values({ review_id: reviewId, person_id: personId!, kind: 'OUT_OF_PLANNING_POOL', basis: 'KHT' })
        .execute();
      return personId!;
    };
    const mine = await make(w.inside);
    const theirs = await make(w.outside);
    const list = await inspector.get<{ items: ConsequenceItem[] }>('/api/reviews/consequences?year=2026');
    const people = list.body.items.map((i) => i.personId);
    expect(people).toContain(mine);
    expect(people).not.toContain(theirs);
    const asked = await inspector.get<{ items: ConsequenceItem[] }>(`/api/reviews/consequences?unitId=${w.outside.id}`);
    expect(asked.body.items).toEqual([]);
  });
});
