import { sql } from 'kysely';
import type { z } from 'zod';
import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { localToday } from '../../people/index.js';
import { defaultDeadlines, periodOf, type Deadlines } from '../cycle-defaults.rules.js';
import type { SubjectKind } from '../review-constants.js';
import { ReviewsErrors } from '../reviews.errors.js';
import { cycleAccess, reviewsAuthority } from '../reviews.policy.js';
import type { CycleDetail, ExtendDeadlinesInputSchema, OpenCycleInputSchema } from '../reviews.schemas.js';
import { selectRuleSet } from '../rule-sets.js';
import { generateCollectiveReviews, generatePersonReviews } from './cycle-generate.queries.js';
import { loadCycleDetail, requireCycle, type CycleRow } from './cycle.queries.js';
import { resolveCycleSettings } from './cycle-settings.js';

/**
 * Opening a review cycle over a unit subtree (issue 4, workflow 1): the period, the deadlines (defaults
 * from the calendar rules, or the organizer's), the settings in force (rule-set defaults with the
 * organization's audited overrides, frozen on the cycle), and one review record per person and per
 * collective, generated in SQL. One transaction: the cycle opens whole or not at all.
 */
export interface ReviewsWrite {
  readonly db: Db;
  readonly actor: AccountActor;
  readonly audit: AuditContext;
}

function checkOrder(d: Deadlines): void {
  if (!(d.selfReviewDue <= d.commentsDue && d.commentsDue <= d.decisionDue)) {
    throw ReviewsErrors.DEADLINE_ORDER([
      { field: 'decisionDue', message: `${d.selfReviewDue} ≤ ${d.commentsDue} ≤ ${d.decisionDue}` },
    ]);
  }
}

/** An open cycle of the same regime and period on this unit, an ancestor or a descendant would review people twice. */
async function assertNoOverlap(w: ReviewsWrite, unitPath: string, input: z.output<typeof OpenCycleInputSchema>): Promise<void> {
  const clash = await w.db
    .selectFrom('review_cycles as c')
    .innerJoin('org_units as u', 'u.id', 'c.unit_id')
    .select('c.id')
    .where('c.regime', '=', input.regime)
    .where('c.period_kind', '=', input.periodKind)
    .where('c.year', '=', input.year)
    .where(sql<boolean>`coalesce(c.period_no, 0) = ${input.periodNo ?? 0}`)
    .where(sql<boolean>`(u.path like ${unitPath + '%'} or ${unitPath} like u.path || '%')`)
    .executeTakeFirst();
  if (clash) throw ReviewsErrors.CYCLE_EXISTS([{ field: 'unitId', message: `Kỳ đánh giá số ${clash.id}` }]);
}

export async function openCycle(w: ReviewsWrite, input: z.output<typeof OpenCycleInputSchema>): Promise<CycleDetail> {
  // Cycles serialise on this lock: two organizers opening the same period cannot both pass the check.
  await sql`select pg_advisory_xact_lock(hashtext('reviews.cycle.open'))`.execute(w.db);
  const unit = await w.db
    .selectFrom('org_units')
    .select(['id', 'path', 'name'])
    .where('id', '=', input.unitId)
    .executeTakeFirst();
  const access = unit ? cycleAccess(w.actor, unit.path) : 'none';
  if (!unit || access === 'none') throw CommonErrors.NOT_FOUND();
  if (access !== 'manage') throw CommonErrors.FORBIDDEN();
  await assertNoOverlap(w, unit.path, input);

  const period = periodOf(input.periodKind, input.year, input.periodNo ?? null);
  const settings = await resolveCycleSettings(w.db, unit.path, { wideOpinion: input.wideOpinion });
  const defaults = defaultDeadlines(input.regime, period, settings.annualDeadline);
  const deadlines: Deadlines = {
    selfReviewDue: input.selfReviewDue ?? defaults.selfReviewDue,
    commentsDue: input.commentsDue ?? defaults.commentsDue,
    decisionDue: input.decisionDue ?? defaults.decisionDue,
  };
  checkOrder(deadlines);
  const title = input.title ?? defaultTitle(input.regime, period.kind, period.year, period.no);
  const { id } = await w.db
    .insertInto('review_cycles')
    .values({
      unit_id: unit.id,
      title,
      regime: input.regime,
      period_kind: period.kind,
      year: period.year,
      period_no: period.no,
      period_start: period.start,
      period_end: period.end,
      settings: JSON.stringify(settings),
      self_review_due: deadlines.selfReviewDue,
      comments_due: deadlines.commentsDue,
      decision_due: deadlines.decisionDue,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const ruleSetOf = (kind: string) => {
    const chosen = selectRuleSet({ subjectKind: kind as SubjectKind, regime: input.regime, periodEnd: period.end });
    return chosen.ok ? chosen.ruleSet.id : null;
  };
  const generate = { cycleId: id, regime: input.regime, rootPath: unit.path, period, ruleSetOf };
  const people = await generatePersonReviews(w.db, generate);
  const collectives = await generateCollectiveReviews(w.db, generate);
  if (people + collectives === 0) throw ReviewsErrors.CYCLE_EMPTY([{ field: 'unitId', message: unit.name }]);

  await recordAudit(w.db, w.audit, {
    action: 'reviews.cycle.open',
    entityType: 'review_cycle',
    entityId: id,
    unitId: unit.id,
    authority: reviewsAuthority(w.actor, unit.path),
    after: { ...input, title, period, deadlines, settings, people, collectives },
  });
  const cycle = await requireCycle(w.db, w.actor, id, 'read');
  return loadCycleDetail(w.db, w.actor, cycle, localToday(w.audit.now()));
}

const PERIOD_WORDS = { year: 'năm', quarter: 'quý', month: 'tháng' } as const;

function defaultTitle(regime: 'party' | 'state', kind: keyof typeof PERIOD_WORDS, year: number, no: number | null): string {
  const what =
    regime === 'party'
      ? 'Kiểm điểm, đánh giá, xếp loại chất lượng đảng viên và tổ chức đảng'
      : 'Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức';
  return no === null ? `${what} năm ${year}` : `${what} ${PERIOD_WORDS[kind]} ${no}/${year}`;
}

/**
 * Extends (or sets) step deadlines with the document that decides it. A decision after the deadline is
 * refused until this is recorded; the old and new dates are in the audit.
 */
export async function extendDeadlines(
  w: ReviewsWrite,
  id: number,
  input: z.output<typeof ExtendDeadlinesInputSchema>,
): Promise<CycleDetail> {
  const cycle: CycleRow = await requireCycle(w.db, w.actor, id, 'manage', 'update');
  if (cycle.status !== 'open') throw ReviewsErrors.CYCLE_CLOSED();
  const next: Deadlines = {
    selfReviewDue: input.selfReviewDue ?? cycle.selfReviewDue,
    commentsDue: input.commentsDue ?? cycle.commentsDue,
    decisionDue: input.decisionDue ?? cycle.decisionDue,
  };
  checkOrder(next);
  await w.db
    .updateTable('review_cycles')
    .set((eb) => ({
      self_review_due: next.selfReviewDue,
      comments_due: next.commentsDue,
      decision_due: next.decisionDue,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
  await recordAudit(w.db, w.audit, {
    action: 'reviews.cycle.deadlines',
    entityType: 'review_cycle',
    entityId: id,
    unitId: cycle.unitId,
    authority: reviewsAuthority(w.actor, cycle.unitPath),
    before: { selfReviewDue: cycle.selfReviewDue, commentsDue: cycle.commentsDue, decisionDue: cycle.decisionDue },
    after: { ...next, decisionRef: input.decisionRef },
  });
  return loadCycleDetail(w.db, w.actor, await requireCycle(w.db, w.actor, id, 'read'), localToday(w.audit.now()));
}
