import { sql } from 'kysely';
import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import { canDecide, cycleAccess } from '../reviews.policy.js';
import {
  REVIEW_PAGE_SIZE,
  type CollectiveKind,
  type DecidedLevel,
  type ReviewForm,
  type ReviewStatus,
  type ReviewSummary,
} from '../reviews.schemas.js';
import { lateSql, type CycleRow } from './cycle.queries.js';

/**
 * Reading review records. A review is visible to whoever may read its cycle, and to the decider of the
 * person's management body (who may sit outside the cycle's subtree: the body decides, wherever the
 * person works).
 */
export function reviewQuery(db: Db, today: string) {
  return db
    .selectFrom('reviews as r')
    .innerJoin('review_cycles as c', 'c.id', 'r.cycle_id')
    .innerJoin('org_units as u', 'u.id', 'r.unit_id')
    .leftJoin('people as p', 'p.id', 'r.person_id')
    .select([
      'r.id',
      'r.cycle_id',
      'r.subject_type',
      'r.person_id',
      'r.collective_kind',
      'r.unit_id',
      'u.name as unit_name',
      'r.unit_path',
      'r.form',
      'r.subject_kind',
      'r.rule_set',
      'r.duty_group',
      'r.management_body_id',
      'r.is_leader',
      'r.is_head',
      'r.status',
      'r.self_level',
      'r.proposed_level',
      'r.level',
      'r.version',
      sql<string>`coalesce(p.full_name, u.name)`.as('name'),
      lateSql(today).as('late'),
    ]);
}

export type ReviewQueryRow = Awaited<ReturnType<ReturnType<typeof reviewQuery>['executeTakeFirstOrThrow']>>;

export interface ReviewRow extends ReviewSummary {
  readonly unitPath: string;
  readonly managementBodyId: number | null;
}

export function toRow(r: ReviewQueryRow): ReviewRow {
  return {
    id: r.id,
    cycleId: r.cycle_id,
    subjectType: r.subject_type as 'person' | 'collective',
    personId: r.person_id,
    collectiveKind: r.collective_kind as CollectiveKind | null,
    name: r.name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    unitPath: r.unit_path,
    form: r.form as ReviewForm,
    subjectKind: r.subject_kind,
    ruleSet: r.rule_set,
    dutyGroup: r.duty_group,
    managementBodyId: r.management_body_id,
    isLeader: r.is_leader,
    isHead: r.is_head,
    status: r.status as ReviewStatus,
    selfLevel: r.self_level,
    proposedLevel: r.proposed_level,
    level: r.level as DecidedLevel | null,
    late: r.late,
    version: r.version,
  };
}

export function toSummary(row: ReviewRow): ReviewSummary {
  const { unitPath: _p, managementBodyId: _m, ...summary } = row;
  return summary;
}

export type ReviewAccess = 'manage' | 'decide' | 'read' | 'none';

/** What the actor may do with one review: manage (organizer over the cycle), decide, read, none. */
export function reviewAccess(actor: AccountActor, cyclePath: string, review: ReviewRow): ReviewAccess {
  const access = cycleAccess(actor, cyclePath);
  if (access === 'manage') return 'manage';
  if (canDecide(actor, review)) return 'decide';
  return access === 'read' ? 'read' : 'none';
}

/** The review (row-locked for update when asked), 404 when the actor may not read it. */
export async function requireReview(
  db: Db,
  actor: AccountActor,
  id: number,
  today: string,
  lock: 'update' | 'none' = 'none',
): Promise<{ review: ReviewRow; cyclePath: string; access: Exclude<ReviewAccess, 'none'> }> {
  let q = reviewQuery(db, today)
    .innerJoin('org_units as cu', 'cu.id', 'c.unit_id')
    .select('cu.path as cycle_path')
    .where('r.id', '=', id);
  if (lock === 'update') q = q.forUpdate('r');
  const row = await q.executeTakeFirst();
  if (!row) throw CommonErrors.NOT_FOUND();
  const review = toRow(row);
  const access = reviewAccess(actor, row.cycle_path, review);
  if (access === 'none') throw CommonErrors.NOT_FOUND();
  return { review, cyclePath: row.cycle_path, access };
}

export interface ReviewFilter {
  readonly unitId?: number | undefined;
  readonly status?: ReviewStatus | undefined;
  readonly subjectType?: 'person' | 'collective' | undefined;
  readonly late?: 'true' | 'false' | undefined;
  readonly afterId?: number | undefined;
}

/** A page of the cycle's reviews in id order (keyset: `afterId`), filtered. */
export async function listReviews(db: Db, cycle: CycleRow, filter: ReviewFilter, today: string) {
  let q = reviewQuery(db, today)
    .where('r.cycle_id', '=', cycle.id)
    .orderBy('r.id')
    .limit(REVIEW_PAGE_SIZE + 1);
  if (filter.status) q = q.where('r.status', '=', filter.status);
  if (filter.subjectType) q = q.where('r.subject_type', '=', filter.subjectType);
  if (filter.afterId !== undefined) q = q.where('r.id', '>', filter.afterId);
  if (filter.late !== undefined) q = q.where(filter.late === 'true' ? lateSql(today) : sql<boolean>`not ${lateSql(today)}`);
  if (filter.unitId !== undefined) {
    const unit = await db.selectFrom('org_units').select('path').where('id', '=', filter.unitId).executeTakeFirst();
    if (!unit) return { items: [], nextAfterId: null };
    q = q.where(sql<boolean>`r.unit_path like ${unit.path + '%'}`);
  }
  const rows = (await q.execute()).map(toRow);
  const more = rows.length > REVIEW_PAGE_SIZE;
  const items = rows.slice(0, REVIEW_PAGE_SIZE).map(toSummary);
  return { items, nextAfterId: more ? (items[items.length - 1]?.id ?? null) : null };
}
