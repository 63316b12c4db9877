/**
 * Every number the confidence-vote rules use, with its source (DOMAIN.md §2, §7.3, §8; RFC 9474;
 * RFC 8017). Tags as in DOMAIN.md: [V] checked, [P] partly checked, [U] unverified — configurable.
 */

/** QĐ 96-QĐ/TW (2023); NQ 96/2023/QH15: three levels on the ballot (CONF_LEVELS) [V]. */
export const CONFIDENCE_LEVELS = ['cao', 'tin_nhiem', 'thap'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** QĐ 262 (carried into QĐ 96 [P]): no box or several boxes ticked for a person — invalid for that person only. */
export const INVALID_MARKS = ['none', 'several'] as const;
export type InvalidMark = (typeof INVALID_MARKS)[number];
export type BallotMark = ConfidenceLevel | InvalidMark;

export const CONFIDENCE_LEVEL_LABELS: Readonly<Record<ConfidenceLevel, { vi: string; en: string }>> = {
  cao: { vi: 'Tín nhiệm cao', en: 'High confidence' },
  tin_nhiem: { vi: 'Tín nhiệm', en: 'Confidence' },
  thap: { vi: 'Tín nhiệm thấp', en: 'Low confidence' },
};

/** A ratio `numerator / denominator`, compared with integer arithmetic only. */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
}

/** QĐ 96-QĐ/TW (CONF_QUORUM): the meeting goes ahead only when ≥ 2/3 of those summoned are present [V]. */
export const CONF_QUORUM: Ratio = { numerator: 2, denominator: 3 };

/** QĐ 96-QĐ/TW; NQ 96/2023/QH15 art. 12 (CONF_LOW_HALF): "trên 1/2" low — strictly more than one half [V]. */
export const CONF_LOW_HALF: Ratio = { numerator: 1, denominator: 2 };
/** QĐ 96-QĐ/TW; NQ 96/2023/QH15 art. 12 (CONF_LOW_TWO_THIRDS): "từ 2/3 trở lên" low — two thirds or more [V]. */
export const CONF_LOW_TWO_THIRDS: Ratio = { numerator: 2, denominator: 3 };

/**
 * What the percentages and thresholds are taken of (CONF_DENOMINATOR). QĐ 262 and NQ 96/2023 art. 19.3:
 * ballots returned [V]; QĐ 96 art. 6.3 unconfirmed [P] (DOMAIN corrections §12) — so configurable.
 */
export const DENOMINATORS = ['BALLOTS_RETURNED', 'SUMMONED', 'VALID'] as const;
export type DenominatorKind = (typeof DENOMINATORS)[number];
export const DEFAULT_DENOMINATOR: DenominatorKind = 'BALLOTS_RETURNED';

export const DENOMINATOR_LABELS: Readonly<Record<DenominatorKind, { vi: string; en: string }>> = {
  BALLOTS_RETURNED: { vi: 'tổng số phiếu thu về', en: 'ballots returned' },
  SUMMONED: { vi: 'tổng số người được triệu tập', en: 'members summoned' },
  VALID: { vi: 'tổng số phiếu hợp lệ', en: 'valid ballots' },
};

/** DOMAIN §7.3: published tallies give the count and the % with 2 decimals, decimal comma [U]. */
export const PERCENT_DECIMALS = 2;

/** What a threshold crossing leads to, for one rule set. */
export type FollowUp =
  | 'out_of_planning_for_higher_posts'
  | 'consider_relief_from_post'
  | 'consider_resignation'
  | 'consider_vote_of_confidence'
  | 'resign_or_vote_of_confidence'
  | 'dismissal'
  | 'propose_dismissal';

export interface ConfidenceRuleSet {
  readonly id: 'party_qd96' | 'assembly_nq96';
  readonly source: string;
  readonly defaultDenominator: DenominatorKind;
  /** > 1/2 and < 2/3 low. */
  readonly overHalf: readonly FollowUp[];
  /** ≥ 2/3 low. */
  readonly twoThirds: readonly FollowUp[];
  /** QĐ 96; NQ 96 (CONF_EXCLUDE_APPOINTED_IN_VOTE_YEAR, …_RETIRING) [V]. */
  readonly excludeStartedInVoteYear: boolean;
  readonly excludeRetirementAnnounced: boolean;
}

/** QĐ 96-QĐ/TW (2023): the party and political-system rule set (DOMAIN §2.1). */
export const PARTY_QD96: ConfidenceRuleSet = {
  id: 'party_qd96',
  source: 'QĐ 96-QĐ/TW (2023)',
  defaultDenominator: DEFAULT_DENOMINATOR,
  // > 1/2 and < 2/3: out of the plan for higher posts; the competent body considers relief, resignation
  // or a vote of confidence (bỏ phiếu tín nhiệm) without waiting for the end of the term.
  overHalf: [
    'out_of_planning_for_higher_posts',
    'consider_relief_from_post',
    'consider_resignation',
    'consider_vote_of_confidence',
  ],
  // ≥ 2/3: relieved of current posts and given lower work, without waiting for the end of the term.
  twoThirds: ['dismissal'],
  excludeStartedInVoteYear: true,
  excludeRetirementAnnounced: true,
};

/** NQ 96/2023/QH15 art. 12: National Assembly and People's Councils (DOMAIN §2.2). */
export const ASSEMBLY_NQ96: ConfidenceRuleSet = {
  id: 'assembly_nq96',
  source: 'NQ 96/2023/QH15',
  // Art. 19.3: the threshold denominator is the total of ballots returned [V].
  defaultDenominator: 'BALLOTS_RETURNED',
  // Art. 12: may resign; if not, a vote of confidence at that session or the next.
  overHalf: ['resign_or_vote_of_confidence'],
  // Art. 12: the nominating body proposes dismissal (or approval of dismissal) at that session or the next.
  twoThirds: ['propose_dismissal'],
  excludeStartedInVoteYear: true,
  excludeRetirementAnnounced: true,
};

export const CONFIDENCE_RULE_SETS = { party_qd96: PARTY_QD96, assembly_nq96: ASSEMBLY_NQ96 } as const;

/**
 * Ballot and receipt codes. 31 symbols (a prime, so a weighted mod-31 check character catches every
 * single-symbol error and every swap of neighbours); no 0/O, 1/I/L look-alikes.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** 12 random symbols ≈ 59 bits: guessing one of 1,000 issued codes needs ~10^15 tries. */
export const BALLOT_CODE_RANDOM_LENGTH = 12;
/** Receipts are published with the ballot list; 16 symbols ≈ 79 bits so they never collide in practice. */
export const RECEIPT_CODE_RANDOM_LENGTH = 16;
/** Codes are shown in groups of 4 symbols (the check character ends the last group). */
export const CODE_GROUP_LENGTH = 4;

/** RFC 9474 §5: the RSABSSA-SHA384 variants use SHA-384 (48-byte output) with MGF1-SHA-384. */
export const RSABSSA_HASH = 'sha384';
export const RSABSSA_HASH_LENGTH = 48;
/** RFC 9474 §5: PSS variants use a 48-byte salt; PSSZERO variants an empty one. */
export const RSABSSA_PSS_SALT_LENGTH = 48;
/** RFC 9474 §4.1: PrepareRandomize prepends 32 random bytes. */
export const RSABSSA_PREFIX_LENGTH = 32;
/** RFC 9474 §6.2 / FIPS 186-5: the smallest modulus Merit accepts for token keys. */
export const RSABSSA_MIN_MODULUS_BITS = 2048;
/**
 * RFC 9474 §4.2: r is drawn by rejection sampling; each draw is accepted with probability > 1/2, so 128
 * failed draws in a row (probability < 2^-128) mean a broken random source: Blind fails instead.
 */
export const RSABSSA_MAX_BLIND_ATTEMPTS = 128;
