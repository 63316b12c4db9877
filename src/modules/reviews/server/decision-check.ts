import type { Db } from '../../../platform/server/db/database.js';
import type { Reason } from '../classify-caps.rules.js';
import { checkProposedLevel, classify } from '../classify.rules.js';
import { OVERRIDE_DEFAULTS } from '../org-overrides.rules.js';
import { formatPercent } from '../review-numbers.rules.js';
import { LEVEL_LABELS, lowerOf, type Level } from '../review-constants.js';
import { ReviewsErrors } from '../reviews.errors.js';
import type { DecidedLevel } from '../reviews.schemas.js';
import { applyDecision, checkDecision, quotaPct, withinQuota } from '../quota.rules.js';
import { RULE_SETS } from '../rule-sets.js';
import type { ReviewRuleSet, RuleSetId } from '../rule-set.types.js';
import type { CycleRow } from './cycle.queries.js';
import { collectiveLevelOf, loadDecisionFacts, stateLevelOf } from './decision-facts.js';
import { groupCounts, groupException, lockGroup, partyShareOfGroup } from './decision-group.queries.js';
import type { ReviewRow } from './review.queries.js';

/**
 * Every rule a decision or a re-rating must pass (issue 4 §Workflow 5), in one place: the classification
 * of the stored self-review with the proposal's cases, discipline in the period (→ KHT) and a leader's
 * low-confidence vote of the year (→ KHT, QĐ 366 art. 11.4); NOT_RATED only when not classified; then,
 * with the duty group locked, the quota and the coupling rules (`checkDecision`). Refusals name the rule
 * and the numbers; nothing is written here.
 */
export interface CheckedDecision {
  readonly reasons: readonly Reason[];
  readonly quotaExceptionId: number | null;
  readonly disciplinedInYear: boolean;
  readonly ruleSet: ReviewRuleSet;
}

const LOW_CONFIDENCE_SOURCE = 'QĐ 366-QĐ/TW, Điều 11.4 (lấy phiếu tín nhiệm trong năm)';

export function ruleSetOf(review: ReviewRow): ReviewRuleSet {
  const ruleSet = RULE_SETS[review.ruleSet as RuleSetId] as ReviewRuleSet | undefined;
  if (!ruleSet) {
    throw ReviewsErrors.LEVEL_NOT_ALLOWED([
      { field: 'ruleSet', message: `Bộ quy tắc "${review.ruleSet}" không còn được hỗ trợ.` },
    ]);
  }
  return ruleSet;
}

function settingOf(cycle: CycleRow, key: 'headNotAboveCollective' | 'partyHtxsRequiresStateHtxs'): boolean {
  const v = cycle.settings[key];
  return typeof v === 'boolean' ? v : OVERRIDE_DEFAULTS[key];
}

export async function checkDecisionRules(
  db: Db,
  review: ReviewRow,
  cycle: CycleRow,
  level: DecidedLevel,
  previousLevel: DecidedLevel | null,
): Promise<CheckedDecision> {
  const ruleSet = ruleSetOf(review);
  const facts = await loadDecisionFacts(db, review, cycle);
  const outcome = classify(facts.input, ruleSet, {
    headNotAboveCollective: settingOf(cycle, 'headNotAboveCollective'),
    partyHtxsRequiresStateHtxs: settingOf(cycle, 'partyHtxsRequiresStateHtxs'),
  });
  if (!outcome.ok) {
    throw ReviewsErrors.LEVEL_NOT_ALLOWED(outcome.problems.map((p) => ({ field: `selfReview.${p.field}`, message: p.message })));
  }
  const reasons: Reason[] = [...outcome.reasons];
  let allowed = outcome.level;
  if (facts.disciplined) {
    reasons.push({
      code: 'DISCIPLINED_IN_PERIOD',
      maxLevel: 'KHT',
      message: `Bị kỷ luật (${facts.disciplined.form}) ngày ${facts.disciplined.decidedOn}, trong kỳ đánh giá ${cycle.periodStart} – ${cycle.periodEnd}: không hoàn thành nhiệm vụ, bất kể điểm số.`,
      source: ruleSet.source,
    });
    if (allowed !== null) allowed = lowerOf(allowed, 'KHT');
  }
  if (ruleSet.family === 'qd366' && facts.lowConfidenceVotes.length > 0) {
    const vote = facts.lowConfidenceVotes[0]!;
    reasons.push({
      code: 'LOW_CONFIDENCE_OVER_HALF',
      maxLevel: 'KHT',
      message: `Lãnh đạo có trên 50% phiếu "tín nhiệm thấp" tại lần lấy phiếu tín nhiệm ngày ${vote.voteDate}: không hoàn thành nhiệm vụ.`,
      source: LOW_CONFIDENCE_SOURCE,
    });
    if (allowed !== null) allowed = lowerOf(allowed, 'KHT');
  }
  if (level === 'NOT_RATED' || allowed === null) {
    if (level !== 'NOT_RATED' || allowed !== null) {
      const message =
        allowed === null
          ? `Đối tượng không được xếp loại trong kỳ này, phải quyết định "Không xếp loại": ${reasons[0]?.message ?? ''}`
          : `"Không xếp loại" chỉ dùng khi không đủ điều kiện xếp loại (dưới 6 tháng công tác, NĐ 90/2020); mức tối đa được phép: "${LEVEL_LABELS[allowed].vi}".`;
      throw ReviewsErrors.LEVEL_NOT_ALLOWED([{ field: 'level', message }]);
    }
  } else {
    const problem = checkProposedLevel({ ...outcome, level: allowed, reasons }, level);
    if (problem) throw ReviewsErrors.LEVEL_NOT_ALLOWED([{ field: 'level', message: problem.message }]);
  }

  await lockGroup(db, review.cycleId, review.dutyGroup);
  const prev: Level | null = previousLevel === null || previousLevel === 'NOT_RATED' ? null : previousLevel;
  const [counts, exception] = await Promise.all([
    groupCounts(db, review.cycleId, review.dutyGroup),
    groupException(db, review.cycleId, review.dutyGroup),
  ]);
  let quotaExceptionId: number | null = null;
  if (level === 'NOT_RATED') {
    // Out of the counts; a re-rating to NOT_RATED still removes its old level from them.
    const next = prev ? { ...counts, [prev]: counts[prev] - 1 } : counts;
    const q = quotaPct(ruleSet, exception);
    if (!withinQuota(next.HTXS, next.HTT, q.pct)) {
      throw ReviewsErrors.QUOTA_EXCEEDED([
        {
          field: 'level',
          message: `Sau thay đổi, tỷ lệ HTXS ${next.HTXS}/${next.HTT} = ${formatPercent(next.HTXS, next.HTT)} vượt mức ${q.pct}% (${ruleSet.source}).`,
        },
      ]);
    }
  } else {
    const [collectiveLevel, stateLevel, partyShare] = await Promise.all([
      collectiveLevelOf(db, review),
      stateLevelOf(db, review, cycle),
      cycle.regime === 'state' ? partyShareOfGroup(db, cycle, review.dutyGroup) : Promise.resolve(null),
    ]);
    const check = checkDecision(
      {
        ruleSet,
        counts,
        exception: exception ? { decisionNumber: exception.decisionNumber, pct: exception.pct } : null,
        partyHtxsShare: partyShare,
        headNotAboveCollective: settingOf(cycle, 'headNotAboveCollective'),
        partyHtxsRequiresStateHtxs: settingOf(cycle, 'partyHtxsRequiresStateHtxs'),
      },
      {
        level,
        previousLevel: prev,
        ...(collectiveLevel === undefined ? {} : { collectiveLevel }),
        ...(stateLevel === undefined ? {} : { stateLevel }),
      },
    );
    if (!check.ok) {
      throw ReviewsErrors[check.code]([{ field: 'level', message: `${check.message} (${check.source})` }]);
    }
    const next = applyDecision(counts, { level, previousLevel: prev });
    if (exception && !withinQuota(next.HTXS, next.HTT, ruleSet.quota.htxsPctOfHtt) && level === 'HTXS') {
      quotaExceptionId = exception.id;
    }
  }
  return { reasons, quotaExceptionId, disciplinedInYear: facts.disciplined !== null, ruleSet };
}
