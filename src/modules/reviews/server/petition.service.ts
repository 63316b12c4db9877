import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { workingDaysAfter } from '../../calendar/index.js';
import { localToday } from '../../people/index.js';
import { checkPetitionDate } from '../petition-dates.rules.js';
import { ReviewsErrors } from '../reviews.errors.js';
import { canDecide, decisionAuthority, reviewsAuthority } from '../reviews.policy.js';
import type { AnswerPetitionInputSchema, FilePetitionInputSchema, Petition } from '../reviews-publication.schemas.js';
import type { z } from 'zod';
import type { ReviewsWrite } from './cycle.service.js';
import { requireCycle } from './cycle.queries.js';
import { settingsOf } from './cycle-settings.js';
import { requireReview } from './review.queries.js';

/**
 * Petitions about a published rating (corrections §7): filed within the window after publication (the
 * cycle's frozen settings: 5 days by default), one per rating, answered by the competent body — the
 * decider of the person's management body — within the working days allowed; the answer is final. An
 * upheld petition is followed by a re-rating, which is its own audited act.
 */
type PetitionRow = {
  id: number;
  review_id: number;
  filed_on: string;
  content: string;
  answer_due: string;
  status: string;
  answer: string | null;
  answered_on: string | null;
};

function toPetition(r: PetitionRow): Petition {
  return {
    id: r.id,
    reviewId: r.review_id,
    filedOn: r.filed_on,
    content: r.content,
    answerDue: r.answer_due,
    status: r.status as Petition['status'],
    answer: r.answer,
    answeredOn: r.answered_on,
    answeredLate: r.answered_on !== null && r.answered_on > r.answer_due,
  };
}

export async function filePetition(
  w: ReviewsWrite,
  reviewId: number,
  input: z.output<typeof FilePetitionInputSchema>,
): Promise<Petition> {
  const today = localToday(w.audit.now());
  const { review, cyclePath, access } = await requireReview(w.db, w.actor, reviewId, today, 'update');
  if (access !== 'manage') throw CommonErrors.FORBIDDEN();
  if (input.filedOn > today) throw ReviewsErrors.FUTURE_DATE([{ field: 'filedOn', message: input.filedOn }]);
  const row = await w.db.selectFrom('reviews').select(['published_at']).where('id', '=', review.id).executeTakeFirstOrThrow();
  if (review.status !== 'published' || !row.published_at) throw ReviewsErrors.NOT_PUBLISHED();
  const existing = await w.db.selectFrom('review_petitions').select('id').where('review_id', '=', review.id).executeTakeFirst();
  if (existing) throw ReviewsErrors.PETITION_EXISTS();
  const cycle = await requireCycle(w.db, w.actor, review.cycleId, 'read');
  const publishedOn = localToday(row.published_at);
  const check = checkPetitionDate(publishedOn, input.filedOn, settingsOf(cycle.settings));
  if (!check.ok) {
    throw ReviewsErrors.PETITION_LATE([
      { field: 'filedOn', message: `Công khai ngày ${publishedOn}; hạn kiến nghị ${check.deadline}` },
    ]);
  }
  const answerDue = await workingDaysAfter(w.db, input.filedOn, settingsOf(cycle.settings).petitionAnswerWorkingDays);
  const inserted = await w.db
    .insertInto('review_petitions')
    .values({ review_id: review.id, filed_on: input.filedOn, content: input.content, answer_due: answerDue })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(w.db, w.audit, {
    action: 'reviews.petition.file',
    entityType: 'review',
    entityId: review.id,
    unitId: review.unitId,
    authority: reviewsAuthority(w.actor, cyclePath),
    after: { petitionId: inserted.id, filedOn: input.filedOn, answerDue },
  });
  return toPetition(inserted);
}

export async function listPetitions(db: Db, actor: AccountActor, reviewId: number, today: string) {
  const { review } = await requireReview(db, actor, reviewId, today);
  const rows = await db.selectFrom('review_petitions').selectAll().where('review_id', '=', review.id).orderBy('id').execute();
  return { items: rows.map(toPetition) };
}

export async function answerPetition(
  w: ReviewsWrite,
  petitionId: number,
  input: z.output<typeof AnswerPetitionInputSchema>,
): Promise<Petition> {
  const today = localToday(w.audit.now());
  const petition = await w.db
    .selectFrom('review_petitions')
    .selectAll()
    .where('id', '=', petitionId)
    .forUpdate()
    .executeTakeFirst();
  if (!petition) throw CommonErrors.NOT_FOUND();
  const { review } = await requireReview(w.db, w.actor, petition.review_id, today);
  if (!canDecide(w.actor, review)) throw ReviewsErrors.NOT_DECIDER();
  if (petition.status !== 'open') throw ReviewsErrors.PETITION_ANSWERED();
  if (input.answeredOn > today) throw ReviewsErrors.FUTURE_DATE([{ field: 'answeredOn', message: input.answeredOn }]);
  if (input.answeredOn < petition.filed_on) {
    throw CommonErrors.VALIDATION_FAILED([
      { field: 'answeredOn', message: `Ngày trả lời trước ngày kiến nghị (${petition.filed_on})` },
    ]);
  }
  const updated = await w.db
    .updateTable('review_petitions')
    .set({ status: input.outcome, answer: input.answer, answered_on: input.answeredOn, answered_by: w.actor.accountId })
    .where('id', '=', petition.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const result = toPetition(updated);
  await recordAudit(w.db, w.audit, {
    action: 'reviews.petition.answer',
    entityType: 'review',
    entityId: review.id,
    unitId: review.unitId,
    authority: decisionAuthority(w.actor, review),
    after: { petitionId: petition.id, outcome: input.outcome, answeredOn: input.answeredOn, late: result.answeredLate },
  });
  return result;
}
