import { randomBytes } from 'node:crypto';
import { CommonErrors } from '../../../shared/app-error.js';
import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { localToday } from '../../people/index.js';
import { checkCode, codeDigest, formatCode, generateBallotCode } from '../../votes/index.js';
import { ReviewsErrors } from '../reviews.errors.js';
import { reviewsAuthority } from '../reviews.policy.js';
import type { ReviewStatus } from '../reviews.schemas.js';
import type { ReviewsWrite } from './cycle.service.js';
import { wideOpinionOn } from './review-detail.queries.js';
import { requireReview } from './review.queries.js';
import { OPINION_STATUSES, loadStepCycle } from './self-review-guards.js';
import type { OpinionAnswerInputSchema } from '../reviews-steps.contract.js';
import type { z } from 'zod';

/**
 * Wide opinion collection (lấy ý kiến rộng rãi, issue 4 §Workflow 4), anonymous by construction — the
 * same design as the votes module's room codes: the organizer gets random codes once (only their digests
 * are stored, with a used flag); an answer is sent with a code, the code is marked used and the answer
 * stored with a random sort key — no respondent, no account, no address, no time, and nothing that names
 * the code. Answering is not audited (an audit row carries a time and a request id); issuing is.
 */
const SORT_KEY_BYTES = 16;

/** The review's cycle lets it collect opinions now (the cycle opted in; the review is before the proposal). */
async function assertCollecting(db: Db, cycleId: number, status: ReviewStatus): Promise<void> {
  const cycle = await loadStepCycle(db, cycleId);
  if (cycle.status !== 'open' || !wideOpinionOn(cycle) || !OPINION_STATUSES.includes(status)) {
    throw ReviewsErrors.OPINION_DISABLED([{ field: 'reviewId', message: `Trạng thái phiếu: ${status}.` }]);
  }
}

export async function issueOpinionCodes(
  w: ReviewsWrite,
  id: number,
  count: number,
): Promise<{ reviewId: number; codes: string[] }> {
  const { review, access } = await requireReview(w.db, w.actor, id, localToday(w.audit.now()), 'update');
  if (access !== 'manage') throw CommonErrors.FORBIDDEN();
  await assertCollecting(w.db, review.cycleId, review.status);
  const codes = new Set<string>();
  while (codes.size < count) codes.add(generateBallotCode());
  const digests = [...codes].map(codeDigest).sort();
  await w.db
    .insertInto('review_opinion_codes')
    .values(digests.map((code_digest) => ({ code_digest, review_id: id })))
    .execute();
  await recordAudit(w.db, w.audit, {
    action: 'reviews.opinion.codes',
    entityType: 'review',
    entityId: id,
    unitId: review.unitId,
    authority: reviewsAuthority(w.actor, review.unitPath),
    after: { count },
  });
  return { reviewId: id, codes: [...codes].map(formatCode) };
}

/**
 * One anonymous answer. One transaction; any refusal rolls back, so nothing changes. `onUnknownCode` feeds
 * the in-memory guess limiter when a well-formed code is unknown or already used.
 */
export async function submitOpinion(
  db: Db,
  input: z.output<typeof OpinionAnswerInputSchema>,
  onUnknownCode: () => void = () => {},
): Promise<{ reviewId: number; recorded: true }> {
  const check = checkCode(input.code, 'ballot');
  if (!check.ok) throw ReviewsErrors.OPINION_CODE_REJECTED([{ field: 'code', message: check.reason }]);
  const digest = codeDigest(check.code);
  return db.transaction().execute(async (trx) => {
    const review = await trx
      .selectFrom('reviews')
      .select(['cycle_id', 'status'])
      .where('id', '=', input.reviewId)
      .forShare()
      .executeTakeFirst();
    if (!review) {
      onUnknownCode();
      throw ReviewsErrors.OPINION_CODE_REJECTED([{ field: 'code', message: 'Mã không dùng được cho phiếu này.' }]);
    }
    await assertCollecting(trx, review.cycle_id, review.status as ReviewStatus);
    const used = await trx
      .updateTable('review_opinion_codes')
      .set({ used: true })
      .where('code_digest', '=', digest)
      .where('review_id', '=', input.reviewId)
      .where('used', '=', false)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) {
      onUnknownCode();
      throw ReviewsErrors.OPINION_CODE_REJECTED([{ field: 'code', message: 'Mã không đúng hoặc đã được dùng.' }]);
    }
    await trx
      .insertInto('review_opinion_answers')
      .values({
        review_id: input.reviewId,
        sort_key: randomBytes(SORT_KEY_BYTES).toString('hex'),
        level: input.level,
        comment: input.comment ?? null,
      })
      .execute();
    return { reviewId: input.reviewId, recorded: true as const };
  });
}
