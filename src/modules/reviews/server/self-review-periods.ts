import { criteriaFor } from '../criteria-catalogue.js';
import type { ReviewForm } from '../review-constants.js';
import { rational, toHundredths } from '../review-numbers.rules.js';
import { yearScore, type TrackedPeriod } from '../period-score.rules.js';

/**
 * ND 335/2025 art. 21 (DOMAIN §1.3, corrections §5): a civil servant's year builds on the monthly or
 * quarterly tracking. The task score of the year is the mean of the task scores of the periods actually
 * worked (`yearScore`, rounded down to hundredths once, at the end): the person's decided month and
 * quarter reviews of the same year, each period's task score being the task-group criteria of its
 * stored self-review. A period decided NOT_RATED counts as not worked (absence, sick or maternity leave).
 * With no worked period decided yet (the first year of tracking), the task criteria are typed as usual.
 */
export const ND335_RULE_SET_ID = 'civil-servant-nd335-2026';

export interface PeriodTaskScore {
  /** The year's task score in hundredths. */
  readonly hundredths: number;
  /** Periods found (worked or not) and worked. */
  readonly periods: number;
  readonly worked: number;
}

/** True when the review's task score comes from the tracked periods (ND 335 civil servant, year cycle). */
export function tracksPeriods(ruleSetId: string, periodKind: string, personId: number | null): boolean {
  return ruleSetId === ND335_RULE_SET_ID && periodKind === 'year' && personId !== null;
}

interface StoredPeriod {
  readonly criteria?: readonly { readonly code?: unknown; readonly score?: unknown }[];
}

function periodTaskH(stored: StoredPeriod | null, form: ReviewForm): number {
  const taskCodes = new Set(
    criteriaFor(form, 'nd335')
      .filter((k) => k.group === 'task')
      .map((k) => k.code),
  );
  let total = 0;
  for (const c of stored?.criteria ?? []) {
    if (typeof c.code !== 'string' || !taskCodes.has(c.code)) continue;
    const h = toHundredths(c.score, 'score', { min: 0, max: 100 });
    if (h.ok) total += h.value;
  }
  return total;
}

/** A decided month or quarter review the year's task score is built from (read with the review's state). */
export interface PeriodRow {
  readonly self_review: unknown;
  readonly level: string | null;
  readonly form: string;
}

/** The year's task score from the person's decided periods (in period order), or null when none was worked. */
export function taskScoreFromPeriods(rows: readonly PeriodRow[]): PeriodTaskScore | null {
  if (rows.length === 0) return null;
  const periods: TrackedPeriod[] = rows.map((r) => ({
    worked: r.level !== 'NOT_RATED',
    score: rational(periodTaskH(r.self_review as StoredPeriod | null, r.form as ReviewForm), 100),
  }));
  const year_ = yearScore(periods);
  if (year_ === null) return null;
  return { hundredths: year_.hundredths, periods: rows.length, worked: periods.filter((p) => p.worked).length };
}
