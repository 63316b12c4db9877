/**
 * The reviews module's door: the pure core of the annual review and classification (no I/O) — the
 * constants, the versioned rule sets and their selection, classification, ND 335 period scores, the
 * decision-time quota and coupling rules, consequences and organization overrides.
 */
export * from './review-constants.js';
export {
  formatHundredths,
  formatPercent,
  floorHundredths,
  toHundredths,
  type Rational,
  type ReviewProblem,
  type ReviewProblemCode,
} from './review-numbers.rules.js';
export {
  DISQUALIFYING_CASES,
  DISQUALIFYING_CASE_LABELS,
  type ConditionFamily,
  type DisqualifyingCase,
  type ReviewRuleSet,
  type RuleSetId,
} from './rule-set.types.js';
export { PARTY_QD366 } from './party-qd366.rule-set.js';
export { CIVIL_SERVANT_ND335, PUBLIC_EMPLOYEE_LAW_2026 } from './civil-servant-nd335.rule-set.js';
export { STATE_ND90, STATE_ND90_ND48 } from './state-nd90.rule-set.js';
export { RULE_SETS, isIsoDate, selectRuleSet, type RuleSetQuery, type RuleSetSelection } from './rule-sets.js';
export { validateClassifyInput, type CaseRecord, type ClassifyInput, type TaskCounts } from './classify-input.rules.js';
export { scoreLevel, type Reason } from './classify-caps.rules.js';
export { checkProposedLevel, classify, type ClassifyOutcome, type ClassifyOverrides } from './classify.rules.js';
export {
  creditAfter,
  periodScore,
  unitResultPct,
  yearScore,
  type LeaderComponents,
  type PeriodInput,
  type PeriodScore,
  type TrackedPeriod,
  type TrackedProduct,
} from './period-score.rules.js';
export {
  applyDecision,
  checkDecision,
  quotaPct,
  withinQuota,
  type DecisionCheck,
  type GroupState,
  type ProposedDecision,
  type QuotaException,
  type QuotaRuleCode,
} from './quota.rules.js';
export {
  consequencesOf,
  type Consequence,
  type ConsequenceCode,
  type ConsequenceInput,
  type YearRating,
} from './consequences.rules.js';
export { OVERRIDE_DEFAULTS, validateOrgOverrides, type OrgOverrides } from './org-overrides.rules.js';
export { registerReviewsRoutes } from './server/reviews.routes.js';
export { ratingsOf, type PersonRating } from './server/ratings.queries.js';
export { catalogueMax, checkCriteria, criteriaFor, type Criterion, type CriterionGroup } from './criteria-catalogue.js';
export { reviewsStepsEndpoints, type ReviewDetail } from './reviews-steps.contract.js';
export { reviewsStatsEndpoints, type ReviewStats } from './reviews-stats.contract.js';
