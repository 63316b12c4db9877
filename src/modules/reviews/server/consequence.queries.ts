import { sql, type Expression, type SqlBool } from 'kysely';
import type { z } from 'zod';
import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import { inSubtrees, scopePaths } from '../../../platform/server/auth/scope.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { ConsequenceItem, ListConsequencesQuerySchema, UpdateConsequenceInput } from '../reviews-decision.contract.js';
import { cycleAccess, REVIEWS_READ_ROLES, reviewsAuthority } from '../reviews.policy.js';
import type { DecidedLevel } from '../reviews.schemas.js';
import type { ReviewsWrite } from './cycle.service.js';

/**
 * Step 7's follow-up list: consequences of decided ratings for people in the units the caller may read
 * (the person's current unit), with the person's name and unit; organizers and administrators over the
 * person's unit mark one done or dismissed, with a note (audited).
 */
const CONSEQUENCE_LIMIT = 500;

function consequenceQuery(db: Db) {
  return db
    .selectFrom('review_consequences as k')
    .innerJoin('reviews as r', 'r.id', 'k.review_id')
    .innerJoin('review_cycles as c', 'c.id', 'r.cycle_id')
    .innerJoin('people as p', 'p.id', 'k.person_id')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .select([
      'k.id',
      'k.review_id',
      'k.person_id',
      'p.full_name',
      'u.id as unit_id',
      'u.name as unit_name',
      'u.path as unit_path',
      'c.year',
      'r.level',
      'k.kind',
      'k.basis',
      'k.status',
      'k.note',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof consequenceQuery>['executeTakeFirstOrThrow']>>;

const toItem = (r: Row): ConsequenceItem => ({
  id: r.id,
  reviewId: r.review_id,
  personId: r.person_id,
  personName: r.full_name,
  unitId: r.unit_id,
  unitName: r.unit_name,
  year: r.year,
  level: r.level as DecidedLevel | null,
  kind: r.kind,
  basis: r.basis,
  status: r.status as ConsequenceItem['status'],
  note: r.note,
});

export async function listConsequences(
  db: Db,
  actor: AccountActor,
  query: z.output<typeof ListConsequencesQuerySchema>,
): Promise<{ items: ConsequenceItem[] }> {
  let q = consequenceQuery(db)
    .where(inSubtrees(sql.ref('u.path') as Expression<string>, scopePaths(actor, REVIEWS_READ_ROLES)) as Expression<SqlBool>)
    .orderBy('c.year', 'desc')
    .orderBy('k.id')
    .limit(CONSEQUENCE_LIMIT);
  if (query.year !== undefined) q = q.where('c.year', '=', query.year);
  if (query.status !== undefined) q = q.where('k.status', '=', query.status);
  if (query.unitId !== undefined) {
    const unit = await db.selectFrom('org_units').select('path').where('id', '=', query.unitId).executeTakeFirst();
    if (!unit) return { items: [] };
    q = q.where(sql<boolean>`u.path like ${unit.path + '%'}`);
  }
  return { items: (await q.execute()).map(toItem) };
}

export async function updateConsequence(w: ReviewsWrite, id: number, input: UpdateConsequenceInput): Promise<ConsequenceItem> {
  const row = await consequenceQuery(w.db).where('k.id', '=', id).forUpdate('k').executeTakeFirst();
  const access = row ? cycleAccess(w.actor, row.unit_path) : 'none';
  if (!row || access === 'none') throw CommonErrors.NOT_FOUND();
  if (access !== 'manage') throw CommonErrors.FORBIDDEN();
  const note = input.note ?? null;
  await w.db.updateTable('review_consequences').set({ status: input.status, note }).where('id', '=', id).execute();
  await recordAudit(w.db, w.audit, {
    action: 'reviews.consequence.update',
    entityType: 'review_consequence',
    entityId: id,
    unitId: row.unit_id,
    authority: reviewsAuthority(w.actor, row.unit_path),
    before: { status: row.status, note: row.note },
    after: { status: input.status, note },
  });
  return toItem({ ...row, status: input.status, note });
}
