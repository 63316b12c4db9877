import { CIVIL_SERVANT_ND335, PUBLIC_EMPLOYEE_LAW_2026 } from './civil-servant-nd335.rule-set.js';
import { PARTY_QD366 } from './party-qd366.rule-set.js';
import {
  ND335_FROM,
  PUBLIC_EMPLOYEE_LAW_2026_FROM,
  SUBJECT_KIND_LABELS,
  type IsoDate,
  type Regime,
  type SubjectKind,
} from './review-constants.js';
import { problem, type ReviewProblem } from './review-numbers.rules.js';
import type { ReviewRuleSet, RuleSetId } from './rule-set.types.js';
import { STATE_ND90, STATE_ND90_ND48 } from './state-nd90.rule-set.js';

/**
 * The registry of versioned rule sets: which set is in force for a subject kind, a regime and the
 * period's end date. Older sets stay for past years (DOMAIN: "never one fixed set").
 */
interface Entry {
  readonly ruleSet: ReviewRuleSet;
  readonly regime: Regime;
  readonly kinds: readonly SubjectKind[];
  /** Period end date from (inclusive) … until (exclusive). */
  readonly from: IsoDate;
  readonly until: IsoDate | null;
}

const ENTRIES: readonly Entry[] = [
  { ruleSet: PARTY_QD366, regime: 'party', kinds: PARTY_QD366.subjectKinds, from: PARTY_QD366.effectiveFrom, until: null },
  // Civil servants: ND 90 (and ND 48) for years up to 2025, ND 335 from 1/1/2026.
  {
    ruleSet: STATE_ND90,
    regime: 'state',
    kinds: ['civil_servant'],
    from: STATE_ND90.effectiveFrom,
    until: STATE_ND90_ND48.effectiveFrom,
  },
  { ruleSet: STATE_ND90_ND48, regime: 'state', kinds: ['civil_servant'], from: STATE_ND90_ND48.effectiveFrom, until: ND335_FROM },
  { ruleSet: CIVIL_SERVANT_ND335, regime: 'state', kinds: ['civil_servant', 'unit'], from: ND335_FROM, until: null },
  // Public employees: ND 90/48 for periods before 1/7/2026, then the revised law (corrections §8).
  {
    ruleSet: STATE_ND90,
    regime: 'state',
    kinds: ['public_employee'],
    from: STATE_ND90.effectiveFrom,
    until: STATE_ND90_ND48.effectiveFrom,
  },
  {
    ruleSet: STATE_ND90_ND48,
    regime: 'state',
    kinds: ['public_employee'],
    from: STATE_ND90_ND48.effectiveFrom,
    until: PUBLIC_EMPLOYEE_LAW_2026_FROM,
  },
  {
    ruleSet: PUBLIC_EMPLOYEE_LAW_2026,
    regime: 'state',
    kinds: ['public_employee'],
    from: PUBLIC_EMPLOYEE_LAW_2026_FROM,
    until: null,
  },
  // Cadres: ND 90/48 (no newer state text found for cán bộ).
  {
    ruleSet: STATE_ND90,
    regime: 'state',
    kinds: ['cadre'],
    from: STATE_ND90.effectiveFrom,
    until: STATE_ND90_ND48.effectiveFrom,
  },
  { ruleSet: STATE_ND90_ND48, regime: 'state', kinds: ['cadre'], from: STATE_ND90_ND48.effectiveFrom, until: null },
];

export const RULE_SETS: Readonly<Record<RuleSetId, ReviewRuleSet>> = {
  'party-qd366-2025': PARTY_QD366,
  'civil-servant-nd335-2026': CIVIL_SERVANT_ND335,
  'public-employee-law-2026': PUBLIC_EMPLOYEE_LAW_2026,
  'state-nd90-2020': STATE_ND90,
  'state-nd90-nd48-2023': STATE_ND90_ND48,
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export interface RuleSetQuery {
  readonly subjectKind: SubjectKind;
  readonly regime: Regime;
  /** The last day of the evaluated period (year, quarter or month). */
  readonly periodEnd: IsoDate;
}

export type RuleSetSelection = { ok: true; ruleSet: ReviewRuleSet } | { ok: false; problem: ReviewProblem };

/** The rule set in force for the period, or a problem naming the field that has no rule set. */
export function selectRuleSet({ subjectKind, regime, periodEnd }: RuleSetQuery): RuleSetSelection {
  if (!isIsoDate(periodEnd)) {
    return {
      ok: false,
      problem: problem('INVALID_VALUE', 'periodEnd', 'Ngày kết thúc kỳ đánh giá không hợp lệ (định dạng YYYY-MM-DD).'),
    };
  }
  const entry = ENTRIES.find(
    (e) =>
      e.regime === regime && e.kinds.includes(subjectKind) && periodEnd >= e.from && (e.until === null || periodEnd < e.until),
  );
  if (entry) return { ok: true, ruleSet: entry.ruleSet };
  const side = regime === 'party' ? 'bên Đảng' : 'bên chính quyền';
  return {
    ok: false,
    problem: problem(
      'NOT_ALLOWED',
      'periodEnd',
      `Chưa có bộ quy tắc ${side} cho đối tượng "${SUBJECT_KIND_LABELS[subjectKind]}" với kỳ kết thúc ngày ${periodEnd}.`,
    ),
  };
}
