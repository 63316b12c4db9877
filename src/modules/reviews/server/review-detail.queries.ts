import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import { criteriaFor } from '../criteria-catalogue.js';
import { LEVELS, WIDE_OPINION_MIN_RESPONSES, type Level } from '../review-constants.js';
import { canDecide } from '../reviews.policy.js';
import type { ReviewDetail } from '../reviews-steps.contract.js';
import { toSummary } from './review.queries.js';
import { readReviewState, type ReviewState } from './review-state.queries.js';
import { OPINION_STATUSES, ruleSetOf, stepOpen, type StepCycle } from './self-review-guards.js';

/**
 * Everything the review page needs in one read: the summary, the cycle and its deadlines, the form's
 * criteria, the stored steps, the decision, the wide-opinion summary and what the actor may do now.
 * Wide opinion shows counts per level only from the cycle's `wideOpinionMinResponses` answers on
 * (issue 4 §4; default WIDE_OPINION_MIN_RESPONSES = 3); below that only how many answered.
 */
export function minResponsesOf(cycle: StepCycle): number {
  const n = cycle.settings.wideOpinionMinResponses;
  return typeof n === 'number' && Number.isInteger(n) && n >= WIDE_OPINION_MIN_RESPONSES ? n : WIDE_OPINION_MIN_RESPONSES;
}

export const wideOpinionOn = (cycle: StepCycle): boolean => cycle.settings.wideOpinion === true;

function opinionSummary(state: ReviewState): ReviewDetail['opinion'] {
  const minResponses = minResponsesOf(state.cycle);
  const responses = Object.values(state.opinionCounts).reduce((sum, n) => sum + n, 0);
  const counts = responses >= minResponses ? Object.fromEntries(LEVELS.map((l) => [l, state.opinionCounts[l] ?? 0])) : null;
  return {
    enabled: wideOpinionOn(state.cycle),
    minResponses,
    responses,
    counts: counts as Partial<Record<Level, number>> | null,
  };
}

export async function loadReviewDetail(db: Db, actor: AccountActor, id: number, today: string): Promise<ReviewDetail> {
  return reviewDetailOf(await readReviewState(db, actor, id, today), actor, today);
}

/** The review page from the review's state (pure). */
export function reviewDetailOf(state: ReviewState, actor: AccountActor, today: string): ReviewDetail {
  const { review, access, cycle, stored } = state;
  const ruleSet = ruleSetOf(review);
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
    selfReview: stored.selfReview,
    comments: stored.comments,
    proposal:
      review.proposedLevel === null
        ? null
        : { level: review.proposedLevel as Level, note: stored.proposalNote, detail: stored.proposal },
    decision:
      review.level === null ? null : { level: review.level, decisionRef: stored.decisionRef, decidedOn: stored.decidedOn },
    opinion: opinionSummary(state),
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
