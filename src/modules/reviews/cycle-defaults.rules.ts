import {
  ANNUAL_DEADLINE_MONTH_DAY,
  ANNUAL_DEADLINE_SPECIAL_MONTH_DAY,
  type PeriodKind,
  type Regime,
} from './review-constants.js';

/**
 * Defaults of a review cycle that are calendar data, not classification rules: the period a cycle
 * covers and the step deadlines. Pure; the server and the web share it.
 *
 * State classification is done per working year before 15 December (ND 90/2020 art. 20; ND 335/2025
 * art. 21), before the party-member classification (DOMAIN §1.2 "Timing"). The party year-end review
 * follows it; its yearly dates come from the Central Organising Commission's letter, so they are data:
 * 31 December is the default, the organizer sets the year's dates when opening the cycle.
 */
export const STATE_DECISION_DUE = {
  month: Number(ANNUAL_DEADLINE_MONTH_DAY.slice(0, 2)),
  day: Number(ANNUAL_DEADLINE_MONTH_DAY.slice(3)),
} as const;
export const PARTY_DECISION_DUE = { month: 12, day: 31 } as const;
/** Default lead times before the decision deadline: self-reviews, then collective comments. */
export const SELF_REVIEW_DAYS_BEFORE_DECISION = 10;
export const COMMENTS_DAYS_BEFORE_DECISION = 5;
/** Quarterly/monthly evaluation: decided within this many days after the period ends (HD 43; ND 335). */
export const PERIOD_DECISION_DAYS_AFTER_END = 10;

export interface Period {
  readonly kind: PeriodKind;
  readonly year: number;
  /** 1–4 for a quarter, 1–12 for a month, null for a year. */
  readonly no: number | null;
  readonly start: string;
  readonly end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The dates a cycle covers; `no` out of range for the kind is a programming error (the schema bounds it). */
export function periodOf(kind: PeriodKind, year: number, no: number | null): Period {
  if (kind === 'year') return { kind, year, no: null, start: iso(year, 1, 1), end: iso(year, 12, 31) };
  const n = no ?? 0;
  const [first, last] = kind === 'quarter' ? [n * 3 - 2, n * 3] : [n, n];
  if (n < 1 || last > 12) throw new RangeError(`period ${kind} ${no}`);
  return { kind, year, no: n, start: iso(year, first, 1), end: iso(year, last, lastDay(year, last)) };
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface Deadlines {
  readonly selfReviewDue: string;
  readonly commentsDue: string;
  readonly decisionDue: string;
}

/**
 * Default step deadlines of a cycle (the organizer may set others when opening it). `annualDeadline`
 * `JAN_15_NEXT_YEAR`: a state body whose nature keeps it from closing by year end (ND 335 art. 21) —
 * an organization override; the party review then follows on 31 January.
 */
export function defaultDeadlines(
  regime: Regime,
  period: Period,
  annualDeadline: 'DEC_15' | 'JAN_15_NEXT_YEAR' = 'DEC_15',
): Deadlines {
  const due = regime === 'state' ? STATE_DECISION_DUE : PARTY_DECISION_DUE;
  const late = annualDeadline === 'JAN_15_NEXT_YEAR';
  const special = Number(ANNUAL_DEADLINE_SPECIAL_MONTH_DAY.slice(3));
  const yearDue = late ? iso(period.year + 1, 1, regime === 'state' ? special : 31) : iso(period.year, due.month, due.day);
  const decisionDue = period.kind === 'year' ? yearDue : addDays(period.end, PERIOD_DECISION_DAYS_AFTER_END);
  return {
    selfReviewDue: addDays(decisionDue, -SELF_REVIEW_DAYS_BEFORE_DECISION),
    commentsDue: addDays(decisionDue, -COMMENTS_DAYS_BEFORE_DECISION),
    decisionDue,
  };
}
