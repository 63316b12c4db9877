import type { Updateable } from 'kysely';
import { auditedUpdate, type AuditEntry } from '../../../platform/server/audit/audit-log.js';
import type { ReviewsTable } from '../../../platform/server/db/database.gen.js';
import { ReviewsErrors } from '../reviews.errors.js';
import type { ReviewsWrite } from './cycle.service.js';
import type { ReviewStatus } from '../reviews.schemas.js';
import { isLate } from './cycle.queries.js';
import type { ReviewRow } from './review.queries.js';
import type { ReviewState } from './review-state.queries.js';
import { checkVersion } from './self-review-guards.js';

/** What a step changes: its columns, the new status, and the same change as seen on the review's state. */
export interface StepChange {
  readonly set: Omit<Updateable<ReviewsTable>, 'version' | 'status'>;
  readonly status: ReviewStatus;
  readonly review?: Partial<Pick<ReviewRow, 'selfLevel' | 'proposedLevel'>>;
  readonly stored?: Partial<ReviewState['stored']>;
}

/**
 * A step's write (self-review, comments, proposal): its columns, the version bumped and its audit event,
 * in ONE statement, only if nobody changed the review since it was read (`version`) and its cycle is
 * still open — so the checks made on the state read before hold when the row is written, with no lock
 * and no transaction. Refused with the current version (409) or as a closed cycle otherwise. Returns
 * the review's state as it now stands (the state read, with the change applied).
 */
export async function writeReviewStep(
  w: ReviewsWrite,
  state: ReviewState,
  version: number,
  change: StepChange,
  entry: AuditEntry,
  today: string,
): Promise<ReviewState> {
  const id = state.review.id;
  const update = w.db
    .updateTable('reviews')
    .set({ ...change.set, status: change.status })
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('review_cycles as c')
          .select('c.id')
          .whereRef('c.id', '=', 'reviews.cycle_id')
          .where('c.status', '=', 'open'),
      ),
    )
    .returning('version');
  const written = await auditedUpdate(w.db, w.audit, entry, update);
  if (written) {
    const review = { ...state.review, ...change.review, status: change.status, version: written.version };
    return {
      ...state,
      review: { ...review, late: isLate(change.status, state.cycle, today) },
      stored: { ...state.stored, ...change.stored },
    };
  }
  const now = await w.db
    .selectFrom('reviews as r')
    .innerJoin('review_cycles as c', 'c.id', 'r.cycle_id')
    .select(['r.version', 'c.status'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  checkVersion(now?.version ?? -1, version);
  throw ReviewsErrors.CYCLE_CLOSED();
}
