import type { Db } from '../../../platform/server/db/database.js';
import type { UnitRef } from '../../../app/server/testing/world.js';
import { insertCycle, type CycleFixture } from './reviews-test-kit.js';

/** A cycle on `unit` whose one review is decided HTT (and published at `publishedAt` unless null). */
export async function insertPublishedReview(
  db: Db,
  unit: UnitRef,
  options: { managementBodyId?: number | null; publishedAt?: Date | null } = {},
): Promise<CycleFixture> {
  const fixture = await insertCycle(db, unit, { managementBodyId: options.managementBodyId ?? null });
  const publishedAt = options.publishedAt === undefined ? new Date() : options.publishedAt;
  await db
    .updateTable('reviews')
    .set({
      status: publishedAt ? 'published' : 'decided',
      level: 'HTT',
      decision_ref: '100/QĐ-SNV',
      decided_on: '2026-11-20',
      decided_at: new Date(),
      published_at: publishedAt,
      notified_at: publishedAt,
    })
    .where('id', '=', fixture.reviewId)
    .execute();
  return fixture;
}

/** A published review with an open petition filed today; returns the petition id too. */
export async function insertPetition(
  db: Db,
  unit: UnitRef,
  managementBodyId: number,
): Promise<CycleFixture & { petitionId: number }> {
  const fixture = await insertPublishedReview(db, unit, { managementBodyId });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const { id } = await db
    .insertInto('review_petitions')
    .values({ review_id: fixture.reviewId, filed_on: today, content: 'Đề nghị xem xét lại', answer_due: '2099-01-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ...fixture, petitionId: id };
}
