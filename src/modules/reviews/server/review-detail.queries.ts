import { sql } from 'kysely';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import { criteriaFor } from '../criteria-catalogue.js';
import { LEVELS, WIDE_OPINION_MIN_RESPONSES, type Level } from '../review-constants.js';
import { canDecide } from '../reviews.policy.js';
import type { ReviewDetail } from '../reviews-steps.contract.js';
import { requireReview, toSummary } from './review.queries.js';
import { OPINION_STATUSES, loadStepCycle, ruleSetOf, stepOpen, type StepCycle } from './self-review-guards.js';

/**
 * Everything the review page needs in one read: the summary, the cycle and its deadlines, the form's
 * criteria, the stored steps, the decision, the wide-opinion summary and what the actor may do now.
 * Wide opinion shows counts per level only from the cycle's `wideOpinionMinResponses` answers on
 * (issue 4 §4; default WIDE_OPINION_MIN_RESPONSES = 3); below that only how many answered.
 */
type Json = Record<string, unknown>;

export function minResponsesOf(cycle: StepCycle): number {
  const n = cycle.settings.wideOpinionMinResponses;
  return typeof n === 'number' && Number.isInteger(n) && n >= WIDE_OPINION_MIN_RESPONSES ? n : WIDE_OPINION_MIN_RESPONSES;
}

export const wideOpinionOn = (cycle: StepCycle): boolean => cycle.settings.wideOpinion === true;

async function opinionSummary(db: Db, reviewId: number, cycle: StepCycle): Promise<ReviewDetail['opinion']> {
  const minResponses = minResponsesOf(cycle);
  const rows = await db
    .selectFrom('review_opinion_answers')
    .select(['level', sql<number>`count(*)::int`.as('n')])
    .where('review_id', '=', reviewId)
    .groupBy('level')
    .execute();
  const responses = rows.reduce((s, r) => s + Number(r.n), 0);
  const counts =
    responses >= minResponses
      ? Object.fromEntries(LEVELS.map((l) => [l, Number(rows.find((r) => r.level === l)?.n ?? 0)]))
      : null;
  return { enabled: wideOpinionOn(cycle), minResponses, responses, counts: counts as Partial<Record<Level, number>> | null };
}

export async function loadReviewDetail(db: Db, actor: AccountActor, id: number, today: string): Promise<ReviewDetail> {
  const { review, access } = await requireReview(db, actor, id, today);
  const cycle = await loadStepCycle(db, review.cycleId);
  const ruleSet = ruleSetOf(review);
  const row = await db
    .selectFrom('reviews')
    .select(['self_review', 'comments', 'proposal', 'proposed_level', 'proposal_note', 'level', 'decision_ref', 'decided_on'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const manage = access === 'manage';
  const can = (step: 'selfReview' | 'comments' | 'proposal') => manage && stepOpen(step, review.status, cycle, today);
  return {
    summary: toSummary(review),
    cycle: {
      id: cycle.id,
      title: cycle.title,
      periodKind: cycle.periodKind,
      year: cycle.year,
      status: cycle.status,
      selfReviewDue: cycle.selfReviewDue,
      commentsDue: cycle.commentsDue,
      decisionDue: cycle.decisionDue,
    },
    ruleSetLabel: ruleSet.label,
    usesPoints: ruleSet.usesPoints,
    criteria: [...criteriaFor(review.form, ruleSet.family)],
    selfReview: (row.self_review as Json | null) ?? null,
    comments: (row.comments as Json | null) ?? null,
    proposal:
      row.proposed_level === null
        ? null
        : { level: row.proposed_level as Level, note: row.proposal_note, detail: (row.proposal as Json | null) ?? null },
    decision: row.level === null ? null : { level: row.level, decisionRef: row.decision_ref, decidedOn: row.decided_on },
    opinion: await opinionSummary(db, id, cycle),
    can: {
      read: true,
      manage,
      decide: canDecide(actor, review),
      selfReview: can('selfReview'),
      comments: can('comments'),
      opinionCodes: manage && cycle.status === 'open' && wideOpinionOn(cycle) && OPINION_STATUSES.includes(review.status),
      proposal: can('proposal'),
    },
  };
}
