/**
 * Every word and number the annual review rules use, with its source (DOMAIN.md "Corrections and
 * confirmations", §1 and §8). Tags as in DOMAIN.md: [V] checked, [VM] verbatim, [P] partly checked,
 * [U] unverified, [3P] third-party code only. `overridable` says whether an organization may change it
 * (see org-overrides.rules.ts); everything else is fixed by the regulation.
 */

/** The four levels, highest first (DOMAIN §1.1, `LEVELS`) [V]. */
export const LEVELS = ['HTXS', 'HTT', 'HT', 'KHT'] as const;
export type Level = (typeof LEVELS)[number];

/** Rank for comparisons: a higher rank is a better level. */
export const LEVEL_RANK: Readonly<Record<Level, number>> = { HTXS: 3, HTT: 2, HT: 1, KHT: 0 };

export const LEVEL_LABELS: Readonly<Record<Level, { vi: string; en: string }>> = {
  HTXS: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent completion' },
  HTT: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good completion' },
  HT: { vi: 'Hoàn thành nhiệm vụ', en: 'Completion' },
  KHT: { vi: 'Không hoàn thành nhiệm vụ', en: 'Non-completion' },
};

export const isAbove = (a: Level, b: Level): boolean => LEVEL_RANK[a] > LEVEL_RANK[b];
export const lowerOf = (a: Level, b: Level): Level => (LEVEL_RANK[a] <= LEVEL_RANK[b] ? a : b);

/** Who is reviewed (issue 4 §Workflow 1; DOMAIN §1.2 scope). */
export const SUBJECT_KINDS = [
  'cadre',
  'civil_servant',
  'public_employee',
  'party_member',
  'unit',
  'party_organization',
  'leadership_collective',
] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
export const COLLECTIVE_KINDS: readonly SubjectKind[] = ['unit', 'party_organization', 'leadership_collective'];
export const isCollective = (kind: SubjectKind): boolean => COLLECTIVE_KINDS.includes(kind);

export const SUBJECT_KIND_LABELS: Readonly<Record<SubjectKind, string>> = {
  cadre: 'Cán bộ',
  civil_servant: 'Công chức',
  public_employee: 'Viên chức',
  party_member: 'Đảng viên',
  unit: 'Cơ quan, đơn vị',
  party_organization: 'Tổ chức đảng',
  leadership_collective: 'Tập thể lãnh đạo, quản lý',
};

export const REGIMES = ['party', 'state'] as const;
export type Regime = (typeof REGIMES)[number];

/** HD 43 forms (DOMAIN corrections §6) [VM]: 01 collectives, 2A with a post, 2B without, 2C outside the system. */
export const FORMS = ['01', '2A', '2B', '2C'] as const;
export type ReviewForm = (typeof FORMS)[number];

/** The self-review form for a subject (HD 43). Party members outside the political system use 2C. */
export function formFor(subjectKind: SubjectKind, holdsPost: boolean): ReviewForm {
  if (isCollective(subjectKind)) return '01';
  if (subjectKind === 'party_member') return '2C';
  return holdsPost ? '2A' : '2B';
}

/** Review periods (QĐ 366: yearly, quarterly; ND 335: monthly or quarterly tracking) [V]. */
export const PERIOD_KINDS = ['year', 'quarter', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** An ISO calendar date `YYYY-MM-DD`; compared as strings (no time zone involved). */
export type IsoDate = string;

/** Scores are decimals with at most this many decimals; all comparisons use integer hundredths. */
export const SCORE_DECIMALS = 2;
export const HUNDREDTHS = 100;

// ── Points scale (QĐ 366 art. 11; ND 335) ─────────────────────────────────────────────────────────
/** QĐ 366-QĐ/TW; ND 335/2025 (PARTY_/CC_SCORE_COMMON_MAX) [V]; not overridable. */
export const SCORE_COMMON_MAX = 30;
/** QĐ 366-QĐ/TW; ND 335/2025 (PARTY_/CC_SCORE_TASK_MAX) [V]; not overridable. */
export const SCORE_TASK_MAX = 70;
export const SCORE_MAX = SCORE_COMMON_MAX + SCORE_TASK_MAX;
/** QĐ 366 art. 11; ND 335 (…_HTXS_MIN ≥ 90, …_HTT_MIN ≥ 70, …_HT_MIN ≥ 50) [V]; not overridable. */
export const HTXS_MIN_SCORE = 90;
export const HTT_MIN_SCORE = 70;
export const HT_MIN_SCORE = 50;

// ── QĐ 366 extra conditions (DOMAIN §1.2 table, corrections §3) ───────────────────────────────────
/** QĐ 366 art. 11.1 (PARTY_HTXS_EXCEED_SHARE_MIN): ≥ 30% of tasks exceeded [V]; not overridable. */
export const PARTY_HTXS_EXCEED_PCT_MIN = 30;
/** QĐ 366 art. 11.3 (PARTY_HT_LATE_SHARE_MAX): ≤ 20% of tasks late [V]; not overridable. */
export const PARTY_HT_LATE_PCT_MAX = 20;
/** QĐ 366 art. 11.4 (corrections §3): a unit below 70% of planned tasks → KHT [VM]; not overridable. */
export const PARTY_KHT_UNIT_DONE_PCT_MIN = 70;
/** QĐ 366 art. 11.4: > 50% of a leader's units KHT → KHT [VM]; not overridable. */
export const PARTY_KHT_SUBUNITS_KHT_PCT = 50;
/** QĐ 366 art. 11.4: > 50% "tín nhiệm thấp" at a confidence vote held in the year → KHT [VM]. */
export const PARTY_KHT_LOW_CONFIDENCE_PCT = 50;
/** QĐ 366 art. 11.4: > 50% of the year's tasks not done → KHT (non-leaders) [VM]; not overridable. */
export const KHT_NOT_DONE_PCT = 50;

// ── ND 90/2020 as amended by ND 48/2023 (DOMAIN §1.4) ─────────────────────────────────────────────
/** ND 90 art. 12 (ND90_HTXS_EXCEED_SHARE_MIN): ≥ 50% exceeded [V]. */
export const ND90_HTXS_EXCEED_PCT_MIN = 50;
/** ND 90 art. 13 (ND90_HTT_LEADER_ONTIME_SHARE_MIN): ≥ 80% of the unit's targets on time [V]. */
export const ND90_HTT_LEADER_ON_TIME_PCT_MIN = 80;
/** ND 90 (ND90_LEADER_SUBUNITS_GOOD_SHARE_MIN): ≥ 70% of managed units HTT+, 100% HT+ [V]. */
export const ND90_SUBUNITS_GOOD_PCT_MIN = 70;
/** ND 90 HT, non-leader: ≤ 20% of targets lacking timeliness/quality [U]. */
export const ND90_HT_LATE_PCT_MAX = 20;
/** ND 90 HT, leader: the unit completes > 70% of targets; ≥ 70% of managed units HT+ [U]. */
export const ND90_HT_LEADER_UNIT_DONE_PCT = 70;
export const ND90_HT_LEADER_SUBUNITS_HT_PCT_MIN = 70;
/** ND 90 KHT, leader: the unit completes < 50% of targets [U]. */
export const ND90_KHT_LEADER_UNIT_DONE_PCT_MIN = 50;
/** ND 90 art. 20 (MIN_MONTHS_WORKED_TO_RATE): < 6 months worked → not classified (maternity excepted) [V]. */
export const ND90_MIN_MONTHS_WORKED = 6;
/** ND 90 art. 20 (LEAVE_3_TO_6_MONTHS_MAX_LEVEL): 3 to < 6 months of lawful leave → at most HT [V]. */
export const ND90_LEAVE_CAP_MONTHS_MIN = 3;
export const ND90_LEAVE_CAP_MAX_LEVEL: Level = 'HT';

// ── ND 335/2025 tracking (DOMAIN §1.3) ────────────────────────────────────────────────────────────
/** ND 335 (CC_QUALITY_MAJOR_ERROR_DEDUCTION / CC_LATE_DEDUCTION): 25% off a product per occurrence [V]. */
export const ND335_DEDUCTION_PCT = 25;
/** ND 335 (LEADER_UNIT_RESULT_IF_SUBORDINATE_KHT): 50% if any staff member is KHT, else 100% [V]. */
export const ND335_UNIT_RESULT_PCT_IF_SUBORDINATE_KHT = 50;
export const ND335_UNIT_RESULT_PCT_OTHERWISE = 100;

// ── Quota and coupling (corrections §2; DOMAIN §1.2, §8) ──────────────────────────────────────────
/** QĐ 366 art. 11; ND 335; ND 90 (EXCELLENT_QUOTA_PCT_OF_GOOD): HTXS ≤ 20% of the count rated HTT [VM]. */
export const HTXS_QUOTA_PCT_OF_HTT = 20;
/** QĐ 366 art. 11 (EXCELLENT_QUOTA_EXCEPTION_MAX): up to 25% by decision of the competent level [VM]. */
export const PARTY_HTXS_QUOTA_EXCEPTION_MAX_PCT = 25;
/** ND 335 5(b): exception ceiling believed 25% [P]. */
export const ND335_HTXS_QUOTA_EXCEPTION_MAX_PCT = 25;
/** ND 48/2023 (STATE_HTXS_SHARE_LE_PARTY_HTXS_SHARE) [V]; fixed. */
export const STATE_HTXS_SHARE_NOT_ABOVE_PARTY = true;
/** HD 21/2019 (PARTY_HTXS_REQUIRES_STATE_HTXS) [V, current: U]; overridable (on by default). */
export const PARTY_HTXS_REQUIRES_STATE_HTXS = true;
/** Party practice (HEAD_NOT_ABOVE_COLLECTIVE) [U]; overridable (on by default). */
export const HEAD_NOT_ABOVE_COLLECTIVE = true;

// ── Workflow defaults (issue 4; corrections §7) ───────────────────────────────────────────────────
/** Issue 4 §4: wide-opinion results shown only with at least 3 responses [U]; overridable (≥ 3). */
export const WIDE_OPINION_MIN_RESPONSES = 3;
/** Law on Public Employees art. 27 (corrections §7): 5 days to petition [VM]; overridable (not shorter). */
export const PETITION_WINDOW_DAYS = 5;
/** Same article: answered within 10 working days, final [VM]; overridable (not longer). */
export const PETITION_ANSWER_WORKING_DAYS = 10;
/** ND 90 art. 20; ND 335 art. 21 (ANNUAL_RATING_DEADLINE): before 15/12; special bodies 15/01 next year [V]. */
export const ANNUAL_DEADLINE_MONTH_DAY = '12-15';
export const ANNUAL_DEADLINE_SPECIAL_MONTH_DAY = '01-15';

// ── Law dates (DOMAIN §0, corrections §1, §8) ─────────────────────────────────────────────────────
/** QĐ 366 + HD 43 apply from the 2025 review [V]. */
export const QD366_FROM: IsoDate = '2025-01-01';
/** ND 90/2020 in force 20/8/2020 [V]. */
export const ND90_FROM: IsoDate = '2020-08-20';
/** ND 48/2023 (quota tied to the party share), signed and in force 17/7/2023 (date: RULES.md). */
export const ND48_FROM: IsoDate = '2023-07-17';
/** ND 335/2025 in force 1/1/2026 for civil servants [V]. */
export const ND335_FROM: IsoDate = '2026-01-01';
/** Revised Law on Public Employees in force 1/7/2026 (corrections §8) [VM]. */
export const PUBLIC_EMPLOYEE_LAW_2026_FROM: IsoDate = '2026-07-01';
/** Law on Cadres and Civil Servants 80/2025/QH15 in force 1/7/2025 (corrections §1) [VM]. */
export const LAW_80_2025_FROM: IsoDate = '2025-07-01';
