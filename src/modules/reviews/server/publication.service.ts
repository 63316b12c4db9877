import { sql } from 'kysely';
import type { z } from 'zod';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { localToday } from '../../people/index.js';
import { ReviewsErrors } from '../reviews.errors.js';
import { reviewsAuthority } from '../reviews.policy.js';
import type { DecidedLevel } from '../reviews.schemas.js';
import type { PublishInputSchema } from '../reviews-publication.schemas.js';
import type { ReviewsWrite } from './cycle.service.js';
import { requireCycle, type CycleRow } from './cycle.queries.js';

/**
 * Publication (công khai) of decided ratings within the unit: every decided review of the cycle (or of a
 * unit's subtree) becomes published on the same day and the person is notified (the notice is the
 * published record; its date starts the petition window). Publishing again publishes what was decided
 * since; a published rating changes only by re-rating.
 */
async function subtreePrefix(db: Db, cycle: CycleRow, unitId: number | undefined): Promise<string> {
  if (unitId === undefined) return '';
  const unit = await db.selectFrom('org_units').select('path').where('id', '=', unitId).executeTakeFirst();
  if (!unit || !unit.path.startsWith(cycle.unitPath)) {
    throw ReviewsErrors.STEP_ORDER([{ field: 'unitId', message: 'Đơn vị không thuộc phạm vi của kỳ đánh giá' }]);
  }
  return unit.path;
}

export async function publishResults(w: ReviewsWrite, cycleId: number, input: z.output<typeof PublishInputSchema>) {
  const cycle = await requireCycle(w.db, w.actor, cycleId, 'manage', 'update');
  const prefix = await subtreePrefix(w.db, cycle, input.unitId);
  const now = w.audit.now();
  const result = await w.db
    .updateTable('reviews')
    .set((eb) => ({ status: 'published', published_at: now, notified_at: now, version: eb('version', '+', 1) }))
    .where('cycle_id', '=', cycle.id)
    .where('status', '=', 'decided')
    .where(sql<boolean>`unit_path like ${prefix + '%'}`)
    .executeTakeFirst();
  const published = Number(result.numUpdatedRows);
  const publishedOn = localToday(now);
  if (published > 0) {
    await recordAudit(w.db, w.audit, {
      action: 'reviews.cycle.publish',
      entityType: 'review_cycle',
      entityId: cycle.id,
      unitId: input.unitId ?? cycle.unitId,
      authority: reviewsAuthority(w.actor, cycle.unitPath),
      after: { published, publishedOn, unitId: input.unitId ?? null },
    });
  }
  return { cycleId: cycle.id, published, publishedOn };
}

/** The published results of a cycle (for the unit's notice), in unit then name order. */
export async function publishedResults(db: Db, actor: AccountActor, cycleId: number, unitId: number | undefined) {
  const cycle = await requireCycle(db, actor, cycleId, 'read');
  const prefix = await subtreePrefix(db, cycle, unitId);
  const rows = await db
    .selectFrom('reviews as r')
    .innerJoin('org_units as u', 'u.id', 'r.unit_id')
    .leftJoin('people as p', 'p.id', 'r.person_id')
    .select([
      'r.id',
      'r.subject_type',
      'u.name as unit_name',
      'r.form',
      'r.level',
      'r.decision_ref',
      'r.decided_on',
      'r.published_at',
      sql<string>`coalesce(p.full_name, u.name)`.as('name'),
    ])
    .where('r.cycle_id', '=', cycle.id)
    .where('r.status', '=', 'published')
    .where(sql<boolean>`r.unit_path like ${prefix + '%'}`)
    .orderBy('u.sort_key')
    .orderBy('r.subject_type', 'desc')
    .orderBy(sql`coalesce(p.name_sort_key, u.sort_key)`)
    .limit(10_000)
    .execute();
  return {
    cycleId: cycle.id,
    items: rows.map((r) => ({
      reviewId: r.id,
      name: r.name,
      subjectType: r.subject_type as 'person' | 'collective',
      unitName: r.unit_name,
      form: r.form,
      level: r.level as DecidedLevel,
      decisionRef: r.decision_ref,
      decidedOn: r.decided_on,
      publishedOn: localToday(r.published_at ?? new Date(0)),
    })),
  };
}
