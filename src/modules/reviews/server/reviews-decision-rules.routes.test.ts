// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import { errorCode, errorDetailsText } from '../../../app/server/testing/error-body.js';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, insertUnit, type UnitRef, type World } from '../../../app/server/testing/world.js';
import type { DecisionResult } from '../reviews-decision.contract.js';
import type { DecidedLevel } from '../reviews.schemas.js';
import { decisionBody, fillGroup, insertDecisionCycle, insertLowConfidenceVote, insertReview } from './decision-test-kit.js';

const detail = errorDetailsText;
const code = errorCode;

const ALL_DONE = { assigned: 10, done: 10, onTime: 10, exceeded: 4, late: 0 };
const PARTY = 'party-qd366-2025';

describeBackends('reviews: decision rules across reviews (coupling, votes, not rated)', (ctx) => {
  let w: World;
  let decider: TestClient;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    decider = await w.client('decider');
  });

  const decide = (id: number, level: DecidedLevel) =>
    decider.request<DecisionResult>('PUT', `/api/reviews/${id}/decision`, { body: decisionBody(level) });
  const freshUnit = (): Promise<UnitRef> => insertUnit(w.db, w.inside, { kind: 'division' });
  const setLevel = (id: number, level: DecidedLevel) =>
    w.db
      .updateTable('reviews')
      .set({ level, status: 'decided', decided_at: new Date(), decided_on: '2026-11-19', decision_ref: '1/QĐ' })
      .where('id', '=', id)
      .execute();

  it('a head: the collective first, and never above it (configurable, on by default)', async () => {
    const unit = await freshUnit();
    const cycleId = await insertDecisionCycle(w.db, unit);
    const collective = await insertReview(w.db, cycleId, unit, { collective: 'unit', dutyGroup: 'collectives' });
    const head = await insertReview(w.db, cycleId, unit, {
      bodyId: w.insideBodyId,
      isLeader: true,
      isHead: true,
      score: 85,
      dutyGroup: 'heads',
    });
    const first = await decide(head.reviewId, 'HTT');
    expect([first.status, code(first.body)]).toEqual([409, 'COLLECTIVE_NOT_RATED']);
    await setLevel(collective.reviewId, 'HT');
    const above = await decide(head.reviewId, 'HTT');
    expect([above.status, code(above.body)]).toEqual([422, 'HEAD_ABOVE_COLLECTIVE']);
    expect(detail(above.body)).toContain('tập thể');
    expect((await decide(head.reviewId, 'HT')).status).toBe(200);

    const offUnit = await freshUnit();
    const offCycle = await insertDecisionCycle(w.db, offUnit, { settings: { headNotAboveCollective: false } });
    await insertReview(w.db, offCycle, offUnit, { collective: 'unit', dutyGroup: 'collectives', level: 'HT' });
    const offHead = await insertReview(w.db, offCycle, offUnit, {
      bodyId: w.insideBodyId,
      isLeader: true,
      isHead: true,
      score: 85,
      dutyGroup: 'heads',
    });
    expect((await decide(offHead.reviewId, 'HTT')).status).toBe(200);
  });

  it('party HTXS needs the state rating decided first, and state HTXS', async () => {
    const unit = await freshUnit();
    const stateCycle = await insertDecisionCycle(w.db, unit, { regime: 'state' });
    const partyCycle = await insertDecisionCycle(w.db, unit, { regime: 'party' });
    const state = await insertReview(w.db, stateCycle, unit, { bodyId: w.insideBodyId, score: 95 });
    const group = 'party-members';
    await fillGroup(w.db, partyCycle, unit, group, 'HTT', 5);
    const party = await insertReview(w.db, partyCycle, unit, {
      bodyId: w.insideBodyId,
      personId: state.personId!,
      ruleSet: PARTY,
      score: 95,
      dutyGroup: group,
      self: { tasks: ALL_DONE, shortcomings: { found: 1, fixed: 1 } },
    });
    const pending = await decide(party.reviewId, 'HTXS');
    expect([pending.status, code(pending.body)]).toEqual([409, 'STATE_NOT_RATED']);
    await setLevel(state.reviewId, 'HTT');
    const notHtxs = await decide(party.reviewId, 'HTXS');
    expect([notHtxs.status, code(notHtxs.body)]).toEqual([422, 'PARTY_HTXS_WITHOUT_STATE_HTXS']);
    expect(detail(notHtxs.body)).toContain('Hoàn thành tốt nhiệm vụ');
    await setLevel(state.reviewId, 'HTXS');
    const ok = await decide(party.reviewId, 'HTXS');
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  });

  it('ND 48: the state HTXS share of a group may not pass the party HTXS share of the same people', async () => {
    const unit = await freshUnit();
    const stateCycle = await insertDecisionCycle(w.db, unit, { regime: 'state', year: 2024 });
    const partyCycle = await insertDecisionCycle(w.db, unit, { regime: 'party', year: 2024 });
    const group = 'nd48-group';
    const people: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await insertReview(w.db, stateCycle, unit, { dutyGroup: group, level: 'HTT', ruleSet: 'state-nd90-nd48-2023' });
      people.push(r.personId!);
      await insertReview(w.db, partyCycle, unit, { personId: r.personId!, dutyGroup: 'p', level: 'HTT', ruleSet: PARTY });
    }
    const candidate = await insertReview(w.db, stateCycle, unit, {
      bodyId: w.insideBodyId,
      dutyGroup: group,
      ruleSet: 'state-nd90-nd48-2023',
      self: { score: null, tasks: { ...ALL_DONE, exceeded: 6 }, monthsWorked: 12 },
    });
    await insertReview(w.db, partyCycle, unit, { personId: candidate.personId!, dutyGroup: 'p', level: 'HTT', ruleSet: PARTY });
    const refused = await decide(candidate.reviewId, 'HTXS');
    expect([refused.status, code(refused.body)], detail(refused.body)).toEqual([422, 'STATE_SHARE_ABOVE_PARTY_SHARE']);
    expect(detail(refused.body)).toContain('0/7');
  });

  it('a leader with more than half "tín nhiệm thấp" (5 of 9) at a vote that year → KHT', async () => {
    const unit = await freshUnit();
    const cycleId = await insertDecisionCycle(w.db, unit, { regime: 'party' });
    const leader = await insertReview(w.db, cycleId, unit, {
      bodyId: w.insideBodyId,
      ruleSet: PARTY,
      isLeader: true,
      score: 92,
      self: { tasks: ALL_DONE, unitTasks: ALL_DONE },
    });
    // The votes module keeps a follow-up exactly for a published result over one half (here 5 of 9 low).
    await insertLowConfidenceVote(w.db, unit, leader.personId!, 2026);
    const refused = await decide(leader.reviewId, 'HTT');
    expect([refused.status, code(refused.body)]).toEqual([422, 'LEVEL_NOT_ALLOWED']);
    expect(detail(refused.body)).toContain('tín nhiệm thấp');
    const kht = await decide(leader.reviewId, 'KHT');
    expect(kht.status, JSON.stringify(kht.body)).toBe(200);
    expect(kht.body.reasons.map((r) => r.code)).toContain('LOW_CONFIDENCE_OVER_HALF');
    expect(kht.body.consequences.map((c) => c.code)).toContain('LEADER_REASSIGNMENT');
  });

  it('NOT_RATED only when not classified (ND 90: under 6 months worked)', async () => {
    const unit = await freshUnit();
    const cycleId = await insertDecisionCycle(w.db, unit, { year: 2024 });
    const nd90 = { ruleSet: 'state-nd90-nd48-2023', bodyId: w.insideBodyId };
    const short = await insertReview(w.db, cycleId, unit, { ...nd90, self: { score: null, tasks: ALL_DONE, monthsWorked: 5.5 } });
    const rated = await decide(short.reviewId, 'HT');
    expect([rated.status, code(rated.body)]).toEqual([422, 'LEVEL_NOT_ALLOWED']);
    expect(detail(rated.body)).toContain('6 tháng');
    expect((await decide(short.reviewId, 'NOT_RATED')).status).toBe(200);

    const full = await insertReview(w.db, cycleId, unit, { ...nd90, self: { score: null, tasks: ALL_DONE, monthsWorked: 12 } });
    const notRated = await decide(full.reviewId, 'NOT_RATED');
    expect([notRated.status, code(notRated.body)]).toEqual([422, 'LEVEL_NOT_ALLOWED']);
  });
});
