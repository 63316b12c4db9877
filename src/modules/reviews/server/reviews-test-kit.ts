import type { Db } from '../../../platform/server/db/database.js';
import { insertPerson, type UnitRef } from '../../../app/server/testing/world.js';

/** Fixtures for the reviews route tests and the authorization matrix (direct inserts). */

export interface CycleFixture {
  readonly cycleId: number;
  readonly reviewId: number;
  readonly personId: number;
}

/** A state year cycle of 2026 on `unit` holding one civil servant's pending review. */
export async function insertCycle(
  db: Db,
  unit: UnitRef,
  options: { managementBodyId?: number | null; year?: number; decisionDue?: string } = {},
): Promise<CycleFixture> {
  const year = options.year ?? 2026;
  const { id: cycleId } = await db
    .insertInto('review_cycles')
    .values({
      unit_id: unit.id,
      title: `Đánh giá, xếp loại năm ${year}`,
      regime: 'state',
      period_kind: 'year',
      year,
      period_start: `${year}-01-01`,
      period_end: `${year}-12-31`,
      settings: JSON.stringify({ wideOpinion: false }),
      self_review_due: `${year}-12-05`,
      comments_due: `${year}-12-10`,
      decision_due: options.decisionDue ?? `${year}-12-15`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const person = await insertPerson(db, unit, 'Trần Thị Đánh Giá');
  const { id: reviewId } = await db
    .insertInto('reviews')
    .values({
      cycle_id: cycleId,
      subject_type: 'person',
      person_id: person.id,
      unit_id: unit.id,
      unit_path: unit.path,
      subject_kind: 'civil_servant',
      form: '2B',
      rule_set: 'civil-servant-nd335-2026',
      duty_group: `u${unit.id}:staff`,
      management_body_id: options.managementBodyId ?? null,
      gender: 'female',
      age_band: '40_49',
      person_status: 'civil_servant',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { cycleId, reviewId, personId: person.id };
}

/** A signed ND 335 form 2B self-review: 9 + 9 + 8 common points and 60 task points = 86 (HTT at most). */
export const SELF_REVIEW_86 = {
  criteria: [
    { code: 'political_ethics_discipline', score: 9, evidence: 'Chấp hành nghiêm kỷ luật, kỷ cương' },
    { code: 'responsibility_service', score: 9, evidence: 'Không có phản ánh của người dân' },
    { code: 'innovation', score: 8, evidence: 'Một sáng kiến cải tiến quy trình' },
    { code: 'task_results', score: 60, evidence: 'Sổ theo dõi nhiệm vụ năm' },
  ],
  narrative: 'Ưu điểm: hoàn thành đúng hạn. Hạn chế: còn chậm ở quý II. Khắc phục: lập kế hoạch sớm.',
  proposedLevel: 'HTT',
} as const;

/**
 * The `insertCycle` review moved to `status` directly: a stored self-review (SELF_REVIEW_86) from
 * self_reviewed on, the collective's comments from commented on; the cycle collects wide opinion when asked.
 * Its deadlines are far ahead, so the fixture does not age with the calendar.
 */
export async function insertReviewAt(
  db: Db,
  unit: UnitRef,
  status: 'pending' | 'self_reviewed' | 'commented',
  options: { wideOpinion?: boolean } = {},
): Promise<CycleFixture> {
  const fixture = await insertCycle(db, unit);
  await db
    .updateTable('review_cycles')
    .set({
      self_review_due: '2099-12-05',
      comments_due: '2099-12-10',
      decision_due: '2099-12-15',
      ...(options.wideOpinion ? { settings: JSON.stringify({ wideOpinion: true, wideOpinionMinResponses: 3 }) } : {}),
    })
    .where('id', '=', fixture.cycleId)
    .execute();
  if (status === 'pending') return fixture;
  const comments = { meetingDate: '2026-11-20', attendees: 10, minutes: 'Biên bản họp', agreeCounts: { HTT: 9 } };
  await db
    .updateTable('reviews')
    .set({
      status,
      self_review: JSON.stringify({ ...SELF_REVIEW_86, score: 86 }),
      self_level: 'HTT',
      self_reviewed_at: new Date(),
      ...(status === 'commented' ? { comments: JSON.stringify(comments), commented_at: new Date() } : {}),
    })
    .where('id', '=', fixture.reviewId)
    .execute();
  return fixture;
}
