import { CommonErrors } from '../../../shared/app-error.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { ReviewProblem } from '../review-numbers.rules.js';
import { ReviewsErrors } from '../reviews.errors.js';
import type { ReviewStatus } from '../reviews.schemas.js';
import { RULE_SETS } from '../rule-sets.js';
import type { ReviewRuleSet, RuleSetId } from '../rule-set.types.js';
import type { ReviewRow } from './review.queries.js';
import type { ReviewState } from './review-state.queries.js';

/**
 * The guards every step before the decision shares (self-review is the first of them): who (an
 * organizer or administrator over the cycle: the advisory body's staff), in which status, before which
 * deadline (an extension moves the date, so "unless extended" is the current date), and the optimistic
 * version, checked again by the write itself (review-step-write.ts).
 */
export type StepName = 'selfReview' | 'comments' | 'proposal';
type DueField = 'selfReviewDue' | 'commentsDue' | 'decisionDue';

/** The statuses each step may be taken (or re-saved) in, and its deadline. */
export const STEP_RULES: Readonly<Record<StepName, { statuses: readonly ReviewStatus[]; due: DueField }>> = {
  selfReview: { statuses: ['pending', 'self_reviewed'], due: 'selfReviewDue' },
  comments: { statuses: ['self_reviewed', 'commented'], due: 'commentsDue' },
  proposal: { statuses: ['commented', 'proposed'], due: 'decisionDue' },
};

/** Wide opinion is collected before the advisory body proposes. */
export const OPINION_STATUSES: readonly ReviewStatus[] = ['pending', 'self_reviewed', 'commented'];

export interface StepCycle {
  readonly id: number;
  readonly title: string;
  readonly periodKind: string;
  readonly year: number;
  readonly status: string;
  readonly selfReviewDue: string;
  readonly commentsDue: string;
  readonly decisionDue: string;
  readonly settings: Record<string, unknown>;
}

/** A cycle's step fields as read with the review (`readReviewState`) or alone (`loadStepCycle`). */
export interface StepCycleRow {
  readonly cycle_id: number;
  readonly cycle_title: string;
  readonly period_kind: string;
  readonly year: number;
  readonly cycle_status: string;
  readonly self_review_due: string;
  readonly comments_due: string;
  readonly decision_due: string;
  readonly settings: unknown;
}

export function toStepCycle(c: StepCycleRow): StepCycle {
  return {
    id: c.cycle_id,
    title: c.cycle_title,
    periodKind: c.period_kind,
    year: c.year,
    status: c.cycle_status,
    selfReviewDue: c.self_review_due,
    commentsDue: c.comments_due,
    decisionDue: c.decision_due,
    settings: (c.settings ?? {}) as Record<string, unknown>,
  };
}

/** The cycle alone (the anonymous opinion answer, which reads no review state). */
export async function loadStepCycle(db: Db, cycleId: number): Promise<StepCycle> {
  const c = await db
    .selectFrom('review_cycles')
    .select([
      'id as cycle_id',
      'title as cycle_title',
      'period_kind',
      'year',
      'status as cycle_status',
      'self_review_due',
      'comments_due',
      'decision_due',
      'settings',
    ])
    .where('id', '=', cycleId)
    .executeTakeFirstOrThrow();
  return toStepCycle(c);
}

export function ruleSetOf(review: ReviewRow): ReviewRuleSet {
  const set = RULE_SETS[review.ruleSet as RuleSetId] as ReviewRuleSet | undefined;
  if (!set)
    throw ReviewsErrors.STEP_INVALID([{ field: 'ruleSet', message: `Bộ quy tắc "${review.ruleSet}" không còn áp dụng.` }]);
  return set;
}

/** True when the step may be taken now (status and deadline; the cycle open). */
export function stepOpen(step: StepName, status: ReviewStatus, cycle: StepCycle, today: string): boolean {
  const rule = STEP_RULES[step];
  return cycle.status === 'open' && rule.statuses.includes(status) && today <= cycle[rule.due];
}

/**
 * May the actor take `step` on this review now? Order: authority (403) → version (409) → cycle closed,
 * locked or out of order (409) → deadline (409). Existence and reading were checked by `readReviewState`.
 */
export function checkStep(state: ReviewState, step: StepName, version: number, today: string): void {
  const { review, cycle } = state;
  if (state.access !== 'manage') throw CommonErrors.FORBIDDEN();
  checkVersion(review.version, version);
  if (cycle.status !== 'open') throw ReviewsErrors.CYCLE_CLOSED();
  if (review.status === 'decided' || review.status === 'published') throw ReviewsErrors.REVIEW_LOCKED();
  const rule = STEP_RULES[step];
  if (!rule.statuses.includes(review.status)) {
    throw ReviewsErrors.STEP_ORDER([
      { field: 'status', message: `Trạng thái hiện tại "${review.status}"; bước này cần: ${rule.statuses.join(', ')}.` },
    ]);
  }
  const due = cycle[rule.due];
  if (today > due) throw ReviewsErrors.DEADLINE_PASSED([{ field: rule.due, message: `Thời hạn ${due} (hôm nay ${today}).` }]);
}

export function checkVersion(current: number, sent: number): void {
  if (current !== sent) {
    throw ReviewsErrors.VERSION_CONFLICT([{ field: 'version', message: `Phiên bản hiện tại: ${current} (đã gửi: ${sent}).` }]);
  }
}

export function stepInvalid(problems: readonly ReviewProblem[]): never {
  throw ReviewsErrors.STEP_INVALID(problems.map((p) => ({ field: p.field, message: p.message })));
}

/** Hundredths → the exact decimal text `91.25` (for `classify` and the stored JSON). */
export function hundredthsText(h: number): string {
  return `${Math.trunc(h / 100)}.${String(h % 100).padStart(2, '0')}`;
}

/** The coupling switches frozen on the cycle (cycle-settings.ts). */
export function overridesOf(cycle: StepCycle) {
  const s = cycle.settings;
  return {
    ...(typeof s.headNotAboveCollective === 'boolean' ? { headNotAboveCollective: s.headNotAboveCollective } : {}),
    ...(typeof s.partyHtxsRequiresStateHtxs === 'boolean' ? { partyHtxsRequiresStateHtxs: s.partyHtxsRequiresStateHtxs } : {}),
  };
}
