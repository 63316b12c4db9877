import { HUNDREDTHS, SCORE_DECIMALS } from './review-constants.js';

/**
 * Exact numbers for the review rules: scores in integer hundredths, shares compared by cross
 * multiplication, rationals in BigInt. Mirrors votes/fraction.rules.ts (the votes door also exports
 * server routes, so this pure core, importable from the browser, keeps its own copy).
 */

/** A typed input problem naming the field (turned into a 4xx by the services). */
export interface ReviewProblem {
  readonly code: ReviewProblemCode;
  readonly field: string;
  readonly message: string;
}
export type ReviewProblemCode =
  | 'NOT_A_NUMBER'
  | 'TOO_MANY_DECIMALS'
  | 'OUT_OF_RANGE'
  | 'NOT_A_COUNT'
  | 'INCONSISTENT_COUNTS'
  | 'REQUIRED'
  | 'NOT_ALLOWED'
  | 'INVALID_VALUE';

export const problem = (code: ReviewProblemCode, field: string, message: string): ReviewProblem => ({
  code,
  field,
  message,
});

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * A decimal (number or string) with at most 2 decimals → integer hundredths, read from its decimal
 * text so 89.99 is exactly 8999 (never 8998.999…). Range bounds are in the same unit as the value.
 */
export function toHundredths(
  value: unknown,
  field: string,
  range: { min: number; max: number },
): { ok: true; value: number } | { ok: false; problem: ReviewProblem } {
  const text =
    typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : typeof value === 'string' ? value.trim() : '';
  const m = DECIMAL.exec(text);
  if (!m) return { ok: false, problem: problem('NOT_A_NUMBER', field, `Trường "${field}" phải là một số.`) };
  const [, sign = '', whole = '0', frac = ''] = m;
  if (frac.replace(/0+$/, '').length > SCORE_DECIMALS) {
    return {
      ok: false,
      problem: problem(
        'TOO_MANY_DECIMALS',
        field,
        `Trường "${field}" chỉ được có tối đa ${SCORE_DECIMALS} chữ số thập phân (nhận: ${text}).`,
      ),
    };
  }
  const cents = Number(whole) * HUNDREDTHS + Number(frac.padEnd(SCORE_DECIMALS, '0').slice(0, SCORE_DECIMALS));
  const hundredths = sign === '-' ? -cents : cents;
  if (!Number.isSafeInteger(hundredths) || hundredths < range.min * HUNDREDTHS || hundredths > range.max * HUNDREDTHS) {
    return {
      ok: false,
      problem: problem(
        'OUT_OF_RANGE',
        field,
        `Trường "${field}" phải nằm trong khoảng ${range.min}–${range.max} (nhận: ${text}).`,
      ),
    };
  }
  return { ok: true, value: hundredths };
}

/** Hundredths → "89,99" (Vietnamese decimal comma). */
export function formatHundredths(h: number): string {
  const sign = h < 0 ? '-' : '';
  const a = Math.abs(h);
  return `${sign}${Math.trunc(a / HUNDREDTHS)},${String(a % HUNDREDTHS).padStart(SCORE_DECIMALS, '0')}`;
}

export const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** `count / total ≥ pct %` in integers (a zero total counts as 100%: nothing was required). */
export const shareAtLeast = (count: number, total: number, pct: number): boolean => count * 100 >= pct * total;
/** `count / total ≤ pct %` in integers. */
export const shareAtMost = (count: number, total: number, pct: number): boolean => count * 100 <= pct * total;
/** `count / total > pct %` in integers (false for a zero total). */
export const shareAbove = (count: number, total: number, pct: number): boolean => total > 0 && count * 100 > pct * total;

/**
 * The percentage with 2 decimals and a decimal comma, rounded half up in integers: 3/12 → "25,00%",
 * 2/3 → "66,67%". A zero denominator shows "—".
 */
export function formatPercent(numerator: number, denominator: number): string {
  if (denominator <= 0) return '—';
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const scaled = (2n * n * 100n * 100n + d) / (2n * d);
  return `${scaled / 100n},${(scaled % 100n).toString().padStart(2, '0')}%`;
}

/** An exact non-negative rational `num / den` (den > 0). */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
};

export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  const n = BigInt(num);
  const d = BigInt(den);
  if (d === 0n) throw new RangeError('zero denominator');
  const g = gcd(n, d);
  const s = d < 0n ? -1n : 1n;
  return { num: (s * n) / g, den: (s * d) / g };
}
export const ZERO: Rational = { num: 0n, den: 1n };
export const add = (a: Rational, b: Rational): Rational => rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);
export const div = (a: Rational, b: Rational): Rational => rational(a.num * b.den, a.den * b.num);
export const minR = (a: Rational, b: Rational): Rational => (a.num * b.den <= b.num * a.den ? a : b);
export const maxR = (a: Rational, b: Rational): Rational => (a.num * b.den >= b.num * a.den ? a : b);

/**
 * ROUNDING RULE (RULES.md): a score is rounded **down** to hundredths, once, at the end — rounding
 * never lifts a score across a level threshold (89.995 stays 89.99, not 90.00).
 */
export function floorHundredths(r: Rational): number {
  const scaled = r.num * 100n;
  const q = scaled / r.den;
  const floor = scaled % r.den !== 0n && scaled < 0n ? q - 1n : q;
  return Number(floor);
}
