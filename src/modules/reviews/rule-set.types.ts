import type { IsoDate, Level, PeriodKind, Regime, SubjectKind } from './review-constants.js';

/** The cases that make a subject KHT whatever the score (QĐ 366 art. 11.4; ND 335 art. 20; ND 90). */
export const DISQUALIFYING_CASES = [
  'degraded',
  'disciplined',
  'forbidden_acts',
  'failed_example_duty',
  'corruption_under_management',
  'personnel_work_violation',
  'disunity',
  'buying_posts',
  'member_disciplined',
  'member_degraded',
  'missed_basic_targets',
] as const;
export type DisqualifyingCase = (typeof DISQUALIFYING_CASES)[number];

export const DISQUALIFYING_CASE_LABELS: Readonly<Record<DisqualifyingCase, string>> = {
  degraded: 'suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa"',
  disciplined: 'bị kỷ luật (từ khiển trách trở lên) trong năm',
  forbidden_acts: 'vi phạm những điều đảng viên không được làm',
  failed_example_duty: 'không thực hiện trách nhiệm nêu gương',
  corruption_under_management: 'để xảy ra tham nhũng, lãng phí trong đơn vị trực tiếp phụ trách và đã bị xử lý',
  personnel_work_violation: 'vi phạm trong công tác cán bộ',
  disunity: 'mất đoàn kết nội bộ',
  buying_posts: 'chạy chức, chạy quyền',
  member_disciplined: 'có thành viên bị kỷ luật (từ khiển trách trở lên) do vi phạm liên quan chức trách',
  member_degraded: 'có thành viên suy thoái',
  missed_basic_targets: 'không đạt một trong 5 chỉ tiêu kinh tế - xã hội cơ bản',
};

/** Which condition family `classify` applies. */
export type ConditionFamily = 'qd366' | 'nd335' | 'nd90';

export type RuleSetId =
  'party-qd366-2025' | 'civil-servant-nd335-2026' | 'public-employee-law-2026' | 'state-nd90-2020' | 'state-nd90-nd48-2023';

export interface ReviewRuleSet {
  readonly id: RuleSetId;
  readonly regime: Regime;
  readonly label: string;
  /** Short legal source, shown with every reason. */
  readonly source: string;
  readonly subjectKinds: readonly SubjectKind[];
  /** First period end date (inclusive) the set applies to. */
  readonly effectiveFrom: IsoDate;
  /** First period end date it no longer applies to (exclusive), or null. */
  readonly effectiveUntil: IsoDate | null;
  readonly family: ConditionFamily;
  /** True on the 100-point scale (30 common + 70 task). */
  readonly usesPoints: boolean;
  readonly periodKinds: readonly PeriodKind[];
  /** How the year builds on the periods: the mean of worked periods (ND 335) or a judgement (HD 43). */
  readonly yearFromPeriods: 'mean_of_worked_periods' | 'judgement' | 'none';
  /** HD 43: Q4 is merged into the year-end review. */
  readonly quarterMergedIntoYear: 4 | null;
  /** QĐ 366 art. 11.4: the competent level may weigh a case the person found and fixed (recorded reason). */
  readonly weighingAllowed: boolean;
  /** Which KHT cases apply, by subject group. */
  readonly disqualifiers: {
    readonly collective: readonly DisqualifyingCase[];
    readonly leader: readonly DisqualifyingCase[];
    readonly individual: readonly DisqualifyingCase[];
  };
  readonly quota: {
    readonly htxsPctOfHtt: number;
    /** Ceiling with a recorded decision of the competent level; null: no numeric cap (ND 90/48). */
    readonly exceptionMaxPct: number | null;
    /** ND 48/2023: the state HTXS share may not exceed the party-member HTXS share. */
    readonly stateShareNotAbovePartyShare: boolean;
  };
  /** ND 90 art. 20: months worked below which a person is not classified (maternity excepted). */
  readonly minMonthsWorked: number | null;
  /** ND 90 art. 20: lawful leave from this many months caps the level. */
  readonly leaveCap: { readonly fromMonths: number; readonly maxLevel: Level } | null;
}
