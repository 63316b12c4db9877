import type { Db } from '../../../platform/server/db/database.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { insertAccount, insertManagementBody, insertPerson, signIn, type UnitRef } from '../../../app/server/testing/world.js';
import type { DecidedLevel } from '../reviews.schemas.js';

/**
 * Fixtures for the decision, re-rating and consequence tests and their matrix cases (direct inserts):
 * a cycle with chosen deadlines, and reviews already proposed (with a stored self-review in the shape
 * `self-review.service.ts` writes) or already decided.
 */
export const FAR_DUE = '2099-12-31';
/** A decision date in the past of every test run. */
export const DECIDED_ON = '2026-11-20';

export async function insertDecisionCycle(
  db: Db,
  unit: UnitRef,
  options: { regime?: 'state' | 'party'; year?: number; due?: string; settings?: Record<string, unknown> } = {},
): Promise<number> {
  const year = options.year ?? 2026;
  const regime = options.regime ?? 'state';
  const due = options.due ?? FAR_DUE;
  const { id } = await db
    .insertInto('review_cycles')
    .values({
      unit_id: unit.id,
      title: `Đánh giá, xếp loại ${regime} năm ${year}`,
      regime,
      period_kind: 'year',
      year,
      period_start: `${year}-01-01`,
      period_end: `${year}-12-31`,
      settings: JSON.stringify({ wideOpinion: false, headNotAboveCollective: true, ...options.settings }),
      self_review_due: due,
      comments_due: due,
      decision_due: due,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export interface ReviewOptions {
  readonly bodyId?: number | null;
  readonly dutyGroup?: string;
  readonly score?: number;
  /** Proposed (default) or already decided at this level. */
  readonly level?: DecidedLevel;
  readonly status?: 'pending' | 'proposed' | 'decided' | 'published';
  readonly ruleSet?: string;
  readonly subjectKind?: string;
  readonly isLeader?: boolean;
  readonly isHead?: boolean;
  readonly personId?: number;
  readonly collective?: 'unit' | 'party_organization';
  readonly self?: Record<string, unknown>;
  readonly proposal?: Record<string, unknown>;
}

export async function insertReview(
  db: Db,
  cycleId: number,
  unit: UnitRef,
  o: ReviewOptions = {},
): Promise<{ reviewId: number; personId: number | null }> {
  const personId = o.collective ? null : (o.personId ?? (await insertPerson(db, unit, 'Trần Văn Xếp Loại')).id);
  const decided = o.level !== undefined;
  const status = o.status ?? (decided ? 'decided' : 'proposed');
  const ruleSet = o.ruleSet ?? 'civil-servant-nd335-2026';
  const { id } = await db
    .insertInto('reviews')
    .values({
      cycle_id: cycleId,
      subject_type: o.collective ? 'collective' : 'person',
      person_id: personId,
      collective_kind: o.collective ?? null,
      unit_id: unit.id,
      unit_path: unit.path,
      subject_kind: o.collective ? 'unit' : (o.subjectKind ?? 'civil_servant'),
      form: o.collective ? '01' : o.isLeader ? '2A' : '2B',
      rule_set: ruleSet,
      duty_group: o.dutyGroup ?? `u${unit.id}:staff`,
      management_body_id: o.bodyId ?? null,
      is_leader: o.isLeader ?? false,
      is_head: o.isHead ?? false,
      gender: 'female',
      age_band: '40_49',
      person_status: o.collective ? null : 'civil_servant',
      status,
      self_review: JSON.stringify({
        criteria: [],
        narrative: 'Hoàn thành các nhiệm vụ được giao.',
        proposedLevel: 'HTT',
        score: o.score ?? 80,
        ...o.self,
      }),
      self_level: 'HTT',
      proposed_level: 'HTT',
      proposal_note: 'Đề xuất theo kết quả tự đánh giá.',
      ...(o.proposal ? { proposal: JSON.stringify(o.proposal) } : {}),
      ...(decided
        ? { level: o.level, decision_ref: '01/QĐ-TEST', decided_on: DECIDED_ON, decided_at: new Date(), decided_by: 1 }
        : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { reviewId: id, personId };
}

/** Decided reviews filling a group: `count` reviews at `level`. */
export async function fillGroup(db: Db, cycleId: number, unit: UnitRef, dutyGroup: string, level: DecidedLevel, count: number) {
  for (let i = 0; i < count; i++) await insertReview(db, cycleId, unit, { dutyGroup, level });
}

/** For the matrix: a proposed civil servant's review (score 80, HTT) in a cycle on `unit`. */
export async function insertProposedReview(db: Db, unit: UnitRef, bodyId: number | null) {
  const cycleId = await insertDecisionCycle(db, unit);
  const { reviewId } = await insertReview(db, cycleId, unit, { bodyId });
  return { cycleId, reviewId };
}

export const decisionBody = (level: DecidedLevel, version = 1) => ({
  version,
  level,
  decisionRef: '12/QĐ-UBND',
  decidedOn: DECIDED_ON,
});

/**
 * A published confidence vote of `year` at which the person had more than half "tín nhiệm thấp": the
 * votes module records a follow-up exactly then (`vote_follow_ups`, read by `lowConfidenceInYear`).
 */
export async function insertLowConfidenceVote(db: Db, unit: UnitRef, personId: number, year: number): Promise<void> {
  const round = await db
    .insertInto('vote_rounds')
    .values({
      unit_id: unit.id,
      title: 'Lấy phiếu tín nhiệm giữa nhiệm kỳ',
      rule_set: 'party',
      denominator: 'BALLOTS_RETURNED',
      vote_date: `${year}-11-20`,
      status: 'published',
      summoned: 3,
      present: 3,
      codes_issued: 0,
      ballots_returned: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const subject = await db
    .insertInto('vote_subjects')
    .values({
      round_id: round.id,
      person_id: personId,
      post_title: 'Trưởng phòng',
      post_started_on: '2020-03-01',
      start_kind: 'appointed',
      excluded: false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('vote_follow_ups')
    .values({
      round_id: round.id,
      subject_id: subject.id,
      person_id: personId,
      kind: 'out_of_planning_for_higher_posts',
      vote_year: year,
      low_over_half: true,
      low_two_thirds: false,
    })
    .execute();
}

/**
 * A decider acting for a management body on `unit`: of `bodyId`, or of a new standing committee there
 * (another body than the person's, or a body above), signed in on `client`.
 */
export async function signInDecider(db: Db, client: TestClient, unit: UnitRef, bodyId?: number): Promise<TestClient> {
  const managementBodyId = bodyId ?? (await insertManagementBody(db, unit, 'standing_committee'));
  return signIn(db, client, await insertAccount(db, unit, [{ role: 'decider', unit, managementBodyId }]));
}
