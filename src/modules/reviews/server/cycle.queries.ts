import { sql } from 'kysely';
import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { inSubtrees, scopePaths } from '../../../platform/server/auth/scope.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { PeriodKind, Regime } from '../review-constants.js';
import { cycleAccess, REVIEWS_READ_ROLES } from '../reviews.policy.js';
import { REVIEW_STATUSES, type CycleDetail, type CycleSummary, type ReviewStatus } from '../reviews.schemas.js';

/** One review cycle with its unit's path (for the policy). */
export interface CycleRow {
  readonly id: number;
  readonly unitId: number;
  readonly unitPath: string;
  readonly unitName: string;
  readonly title: string;
  readonly regime: Regime;
  readonly periodKind: PeriodKind;
  readonly year: number;
  readonly periodNo: number | null;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly selfReviewDue: string;
  readonly commentsDue: string;
  readonly decisionDue: string;
  readonly status: 'open' | 'closed';
  readonly settings: Record<string, unknown>;
}

/** The deadline a review in each status waits on (its current step's); reviews in other statuses are never late. */
export const STATUS_DUE = {
  pending: { field: 'selfReviewDue', column: 'self_review_due' },
  self_reviewed: { field: 'commentsDue', column: 'comments_due' },
  commented: { field: 'decisionDue', column: 'decision_due' },
  proposed: { field: 'decisionDue', column: 'decision_due' },
} as const satisfies Partial<Record<ReviewStatus, { field: keyof CycleRow; column: string }>>;

type Dues = Pick<CycleRow, 'selfReviewDue' | 'commentsDue' | 'decisionDue'>;

/** The review's current step is past its deadline on `today`. */
export function isLate(status: ReviewStatus, cycle: Dues, today: string): boolean {
  const due = (STATUS_DUE as Partial<Record<ReviewStatus, { field: keyof Dues }>>)[status];
  return due !== undefined && cycle[due.field] < today;
}

/** SQL: the same as `isLate`, for reviews joined as `r` with their cycle as `c`. */
export function lateSql(today: string) {
  const cases = Object.entries(STATUS_DUE).map(
    ([status, due]) => sql<boolean>`(r.status = ${sql.lit(status)} and ${sql.ref(`c.${due.column}`)} < ${today}::date)`,
  );
  return sql<boolean>`(${sql.join(cases, sql` or `)})`;
}

function cycleQuery(db: Db) {
  return db
    .selectFrom('review_cycles as c')
    .innerJoin('org_units as u', 'u.id', 'c.unit_id')
    .select([
      'c.id',
      'c.unit_id',
      'u.path',
      'u.name',
      'c.title',
      'c.regime',
      'c.period_kind',
      'c.year',
      'c.period_no',
      'c.period_start',
      'c.period_end',
      'c.self_review_due',
      'c.comments_due',
      'c.decision_due',
      'c.status',
      'c.settings',
    ]);
}

type CycleQueryRow = Awaited<ReturnType<ReturnType<typeof cycleQuery>['executeTakeFirstOrThrow']>>;

function toCycleRow(row: CycleQueryRow): CycleRow {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitPath: row.path,
    unitName: row.name,
    title: row.title,
    regime: row.regime as Regime,
    periodKind: row.period_kind as PeriodKind,
    year: row.year,
    periodNo: row.period_no,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    selfReviewDue: row.self_review_due,
    commentsDue: row.comments_due,
    decisionDue: row.decision_due,
    status: row.status as 'open' | 'closed',
    settings: row.settings as Record<string, unknown>,
  };
}

/** 404 when the actor cannot read the cycle; 403 when they may read but `need` is to manage it. */
export async function requireCycle(
  db: Db,
  actor: AccountActor,
  id: number,
  need: 'read' | 'manage',
  lock: 'update' | 'none' = 'none',
): Promise<CycleRow> {
  const row = await findCycleRow(db, id, lock);
  const access = row ? cycleAccess(actor, row.unitPath) : 'none';
  if (!row || access === 'none') throw CommonErrors.NOT_FOUND();
  if (need === 'manage' && access !== 'manage') throw CommonErrors.FORBIDDEN();
  return row;
}

/** The cycle, without any read policy (row-locked for update when asked). */
export async function findCycleRow(db: Db, id: number, lock: 'update' | 'none' = 'none'): Promise<CycleRow | undefined> {
  let q = cycleQuery(db).where('c.id', '=', id);
  if (lock === 'update') q = q.forUpdate('c');
  const row = await q.executeTakeFirst();
  return row ? toCycleRow(row) : undefined;
}

/**
 * The cycle of a review being decided, read without the cycle's read policy: the decider of the
 * person's management body may sit outside the cycle's subtree (access was settled on the review).
 */
export async function cycleOfReview(db: Db, cycleId: number): Promise<CycleRow> {
  const row = await findCycleRow(db, cycleId);
  if (!row) throw CommonErrors.NOT_FOUND();
  return row;
}

type StatusCounts = Record<ReviewStatus, number>;

function countsSelect() {
  return REVIEW_STATUSES.map((s) => sql<number>`count(*) filter (where r.status = ${s})::int`.as(s));
}

function pickCounts(row: Record<string, unknown>): StatusCounts {
  return Object.fromEntries(REVIEW_STATUSES.map((s) => [s, Number(row[s] ?? 0)])) as StatusCounts;
}

function summary(row: CycleRow, total: number): CycleSummary {
  const { unitPath: _path, settings: _settings, ...rest } = row;
  return { ...rest, total };
}

export async function loadCycleDetail(db: Db, actor: AccountActor, cycle: CycleRow, today: string): Promise<CycleDetail> {
  const row = await db
    .selectFrom('reviews as r')
    .innerJoin('review_cycles as c', 'c.id', 'r.cycle_id')
    .select([
      ...countsSelect(),
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(*) filter (where ${lateSql(today)})::int`.as('late'),
    ])
    .where('r.cycle_id', '=', cycle.id)
    .executeTakeFirstOrThrow();
  return {
    ...summary(cycle, row.total),
    settings: cycle.settings,
    counts: pickCounts(row),
    late: row.late,
    can: { manage: cycleAccess(actor, cycle.unitPath) === 'manage' },
  };
}

/** Cycles over units the actor may read (newest first); a unit filter keeps cycles of its subtree. */
export async function listCycles(
  db: Db,
  actor: AccountActor,
  filter: { unitId?: number | undefined; year?: number | undefined },
): Promise<CycleSummary[]> {
  let q = cycleQuery(db)
    .select(sql<number>`(select count(*)::int from reviews r where r.cycle_id = c.id)`.as('total'))
    .where(inSubtrees(sql.ref('u.path'), scopePaths(actor, REVIEWS_READ_ROLES)))
    .orderBy('c.year', 'desc')
    .orderBy('c.id', 'desc')
    .limit(200);
  if (filter.year !== undefined) q = q.where('c.year', '=', filter.year);
  if (filter.unitId !== undefined) {
    const unit = await db.selectFrom('org_units').select('path').where('id', '=', filter.unitId).executeTakeFirst();
    if (!unit) return [];
    q = q.where(sql<boolean>`u.path like ${unit.path + '%'}`);
  }
  const rows = await q.execute();
  return rows.map((r) => summary(toCycleRow(r), r.total));
}

/** Per unit of the cycle (the unit a review sits in): counts by step and how many are late. */
export async function cycleProgress(db: Db, cycle: CycleRow, today: string) {
  const rows = await db
    .selectFrom('reviews as r')
    .innerJoin('review_cycles as c', 'c.id', 'r.cycle_id')
    .innerJoin('org_units as u', 'u.id', 'r.unit_id')
    .select(['u.id as unitId', 'u.name as unitName', 'u.sort_key'])
    .select([
      ...countsSelect(),
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(*) filter (where ${lateSql(today)})::int`.as('late'),
    ])
    .where('r.cycle_id', '=', cycle.id)
    .groupBy(['u.id', 'u.name', 'u.sort_key'])
    .orderBy('u.sort_key')
    .execute();
  return {
    cycleId: cycle.id,
    today,
    units: rows.map((r) => ({ unitId: r.unitId, unitName: r.unitName, total: r.total, counts: pickCounts(r), late: r.late })),
  };
}
