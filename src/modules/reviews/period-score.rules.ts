import {
  ND335_DEDUCTION_PCT,
  ND335_UNIT_RESULT_PCT_IF_SUBORDINATE_KHT,
  ND335_UNIT_RESULT_PCT_OTHERWISE,
  SCORE_COMMON_MAX,
  SCORE_TASK_MAX,
  type Level,
} from './review-constants.js';
import {
  ZERO,
  add,
  div,
  floorHundredths,
  mul,
  problem,
  rational,
  toHundredths,
  type Rational,
  type ReviewProblem,
} from './review-numbers.rules.js';

/**
 * ND 335/2025 tracking (DOMAIN §1.3; corrections §5): products per month or quarter, scored on
 * quantity (a), quality (b) and timeliness (c); 25% off a product per major error or delay unless the
 * cause is accepted; task score = 70 × mean of the components [3P: `70 × (a+b+c)/3`]; leaders add
 * directing (d), unit result (đ: 100% or 50%) and organising capacity (e) [3P: mean of 6]. The period
 * score adds the common criteria (0–30). The year score is the mean of the periods actually worked.
 * Exact rationals throughout; rounded down to hundredths only at the end (review-numbers.rules.ts).
 */

export interface TrackedProduct {
  /** Converted weight of the product ("quy đổi"), > 0, ≤ 2 decimals. */
  readonly weight: number | string;
  readonly completed: boolean;
  /** Failed quality checks with a major content error; `excused` when the cause is objective and accepted. */
  readonly majorErrors: readonly { readonly excused: boolean }[];
  /** Delays; `excused` when the cause is objective and accepted. */
  readonly delays: readonly { readonly excused: boolean }[];
}

export interface LeaderComponents {
  /** d: directing, organising, guiding and inspecting staff products, 0–100 %. */
  readonly directingPct: number | string;
  /** đ: levels of the civil servants under them (100% if none KHT, else 50%). */
  readonly subordinateLevels: readonly Level[];
  /** e: capacity to organise tasks, 0–100 %. */
  readonly organisingPct: number | string;
}

export interface PeriodInput {
  readonly commonScore: number | string;
  readonly products: readonly TrackedProduct[];
  readonly leader?: LeaderComponents;
}

export interface PeriodScore {
  readonly quantity: Rational;
  readonly quality: Rational;
  readonly timeliness: Rational;
  readonly task: Rational;
  readonly total: Rational;
  /** The total rounded down to hundredths (for display and thresholds). */
  readonly totalH: number;
}

const ONE = rational(1);
const DEDUCTION = rational(ND335_DEDUCTION_PCT, 100);

/** A product's credit after `n` unexcused occurrences: max(0, 1 − 25% × n). */
export function creditAfter(occurrences: readonly { readonly excused: boolean }[]): Rational {
  const n = occurrences.filter((o) => !o.excused).length;
  const left = add(ONE, mul(rational(-n), DEDUCTION));
  return left.num <= 0n ? ZERO : left;
}

export function unitResultPct(levels: readonly Level[]): number {
  return levels.includes('KHT') ? ND335_UNIT_RESULT_PCT_IF_SUBORDINATE_KHT : ND335_UNIT_RESULT_PCT_OTHERWISE;
}

export function periodScore(
  input: PeriodInput,
  field = 'period',
): { ok: true; value: PeriodScore } | { ok: false; problems: ReviewProblem[] } {
  const problems: ReviewProblem[] = [];
  const common = toHundredths(input.commonScore, `${field}.commonScore`, { min: 0, max: SCORE_COMMON_MAX });
  if (!common.ok) problems.push(common.problem);
  const weights = input.products.map((p, i) => {
    const w = toHundredths(p.weight, `${field}.products[${i}].weight`, { min: 0, max: 1_000_000 });
    if (!w.ok) problems.push(w.problem);
    else if (w.value === 0)
      problems.push(problem('OUT_OF_RANGE', `${field}.products[${i}].weight`, 'Hệ số quy đổi sản phẩm phải lớn hơn 0.'));
    return w.ok ? rational(w.value, 100) : ZERO;
  });
  if (input.products.length === 0)
    problems.push(problem('REQUIRED', `${field}.products`, 'Kỳ theo dõi chưa có sản phẩm được giao.'));
  const pcts: Rational[] = [];
  if (input.leader) {
    for (const key of ['directingPct', 'organisingPct'] as const) {
      const v = toHundredths(input.leader[key], `${field}.leader.${key}`, { min: 0, max: 100 });
      if (v.ok) pcts.push(rational(v.value, 100 * 100));
      else problems.push(v.problem);
    }
  }
  if (problems.length > 0 || !common.ok) return { ok: false, problems };
  let assigned = ZERO;
  let done = ZERO;
  let quality = ZERO;
  let timely = ZERO;
  input.products.forEach((p, i) => {
    const w = weights[i] ?? ZERO;
    assigned = add(assigned, w);
    if (!p.completed) return;
    done = add(done, w);
    quality = add(quality, mul(w, creditAfter(p.majorErrors)));
    timely = add(timely, mul(w, creditAfter(p.delays)));
  });
  const a = div(done, assigned);
  const b = div(quality, assigned);
  const c = div(timely, assigned);
  const components = [a, b, c];
  if (input.leader) {
    const [d, e] = pcts as [Rational, Rational];
    components.push(d, rational(unitResultPct(input.leader.subordinateLevels), 100), e);
  }
  const mean = div(components.reduce(add, ZERO), rational(components.length));
  const task = mul(rational(SCORE_TASK_MAX), mean);
  const total = add(rational(common.value, 100), task);
  return { ok: true, value: { quantity: a, quality: b, timeliness: c, task, total, totalH: floorHundredths(total) } };
}

export interface TrackedPeriod {
  /** False for a period not worked (lawful absence, sick or maternity leave): left out of the mean. */
  readonly worked: boolean;
  readonly score: Rational;
}

/**
 * ND 335 art. 21: year score = mean of the scores of the periods actually worked, rounded down to
 * hundredths at the end; `null` when no period was worked.
 */
export function yearScore(periods: readonly TrackedPeriod[]): { exact: Rational; hundredths: number } | null {
  const worked = periods.filter((p) => p.worked);
  if (worked.length === 0) return null;
  const exact = div(
    worked.reduce((s, p) => add(s, p.score), ZERO),
    rational(worked.length),
  );
  return { exact, hundredths: floorHundredths(exact) };
}
