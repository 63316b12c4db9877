import { PERCENT_DECIMALS, type Ratio } from './vote-constants.js';

/**
 * Exact shares for the tally. Thresholds are decided on integers only (DOMAIN §2.1: "Use integer
 * arithmetic. No floats."); the display string is derived from the same integers.
 */
export interface Fraction {
  /** The count. */
  readonly numerator: number;
  /** The denominator chosen for the round (ballots returned by default); never 0 here. */
  readonly denominator: number;
}

/** `count / total > ratio` (strict), e.g. "trên 1/2": count × 2 > total. */
export function exceedsRatio(count: number, total: number, ratio: Ratio): boolean {
  return total > 0 && count * ratio.denominator > total * ratio.numerator;
}

/** `count / total ≥ ratio`, e.g. "từ 2/3 trở lên": count × 3 ≥ 2 × total. */
export function reachesRatio(count: number, total: number, ratio: Ratio): boolean {
  return total > 0 && count * ratio.denominator >= total * ratio.numerator;
}

/**
 * The percentage with `PERCENT_DECIMALS` decimals and a Vietnamese decimal comma (DOMAIN §7.3), rounded
 * half up in integers: 5/9 → "55,56%", 2/3 → "66,67%", 1/8 → "12,50%". A zero denominator shows "—".
 */
export function formatPercent(numerator: number, denominator: number, decimals: number = PERCENT_DECIMALS): string {
  if (denominator <= 0) return '—';
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const scale = 10n ** BigInt(decimals);
  // round(n × 100 × scale / d), half up: ⌊(2 × n × 100 × scale + d) / (2d)⌋.
  const scaled = (2n * n * 100n * scale + d) / (2n * d);
  const whole = scaled / scale;
  const frac = (scaled % scale).toString().padStart(decimals, '0');
  const wholeText = new Intl.NumberFormat('vi-VN').format(whole);
  return decimals > 0 ? `${wholeText},${frac}%` : `${wholeText}%`;
}

/** A share with its exact value and its display form, or `null` parts when the denominator is 0. */
export interface Share {
  readonly count: number;
  readonly fraction: Fraction | null;
  readonly display: string;
}

export function shareOf(count: number, denominator: number): Share {
  return {
    count,
    fraction: denominator > 0 ? { numerator: count, denominator } : null,
    display: formatPercent(count, denominator),
  };
}
