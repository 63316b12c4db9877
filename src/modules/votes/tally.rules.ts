import { exceedsRatio, reachesRatio, shareOf, type Share } from './fraction.rules.js';
import {
  CONF_LOW_HALF,
  CONF_LOW_TWO_THIRDS,
  CONFIDENCE_LEVELS,
  INVALID_MARKS,
  PARTY_QD96,
  type BallotMark,
  type ConfidenceLevel,
  type ConfidenceRuleSet,
  type DenominatorKind,
  type FollowUp,
} from './vote-constants.js';

/**
 * The counting board's tally per person (QĐ 262 / QĐ 96 art. 6.3; NQ 96/2023 art. 19): ballots issued,
 * returned, valid, invalid; the count of each level and its share of the round's denominator; the
 * thresholds "> 1/2 low" and "≥ 2/3 low" decided on integers, and the follow-ups they trigger.
 */
export interface TallySubject {
  readonly subjectId: string;
  /** Ballots carrying this person that the board issued. */
  readonly issued: number;
  /** Members summoned to vote on this person (the SUMMONED denominator). */
  readonly summoned: number;
}

/** One returned ballot: for each person on it, a level or an invalid mark. No voter data, no time. */
export interface CastBallot {
  readonly marks: Readonly<Record<string, BallotMark>>;
}

export interface TallyInput {
  readonly subjects: readonly TallySubject[];
  readonly ballots: readonly CastBallot[];
  readonly denominator?: DenominatorKind;
  readonly ruleSet?: ConfidenceRuleSet;
}

export type ThresholdBand = 'below_half' | 'over_half' | 'two_thirds';

export interface SubjectTally {
  readonly subjectId: string;
  readonly issued: number;
  readonly summoned: number;
  readonly returned: number;
  readonly valid: number;
  readonly invalid: number;
  readonly invalidNoMark: number;
  readonly invalidSeveralMarks: number;
  readonly denominator: { readonly kind: DenominatorKind; readonly value: number };
  readonly levels: Readonly<Record<ConfidenceLevel, Share>>;
  /** low × 2 > denominator — also what the annual review reads (QĐ 366 art. 11.4: a leader is rated KHT). */
  readonly lowOverHalf: boolean;
  /** low × 3 ≥ 2 × denominator. */
  readonly lowTwoThirds: boolean;
  readonly band: ThresholdBand;
  readonly followUps: readonly FollowUp[];
}

export type TallyRefusalCode =
  | 'INVALID_COUNT'
  | 'DUPLICATE_SUBJECT'
  | 'UNKNOWN_SUBJECT'
  | 'UNKNOWN_MARK'
  | 'MORE_ISSUED_THAN_SUMMONED'
  | 'MORE_RETURNED_THAN_ISSUED';

export type TallyResult =
  | { readonly ok: true; readonly ruleSet: ConfidenceRuleSet['id']; readonly subjects: readonly SubjectTally[] }
  | {
      readonly ok: false;
      readonly code: TallyRefusalCode;
      readonly reason: string;
      readonly subjectId?: string;
      readonly ballotIndex?: number;
    };

const MARKS: ReadonlySet<string> = new Set<string>([...CONFIDENCE_LEVELS, ...INVALID_MARKS]);
const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

interface Counts {
  returned: number;
  none: number;
  several: number;
  cao: number;
  tin_nhiem: number;
  thap: number;
}

/** How many returned ballots carry `mark` for `subjectId` — what a counting board reads off its sheets. */
export interface MarkCount {
  readonly subjectId: string;
  readonly mark: string;
  readonly count: number;
}

export interface CountedTallyInput extends Omit<TallyInput, 'ballots'> {
  readonly markCounts: readonly MarkCount[];
}

type Prepared = { ok: true; counts: Map<string, Counts> } | Extract<TallyResult, { ok: false }>;

function prepare(subjects: readonly TallySubject[]): Prepared {
  const counts = new Map<string, Counts>();
  for (const s of subjects) {
    if (counts.has(s.subjectId)) {
      return {
        ok: false,
        code: 'DUPLICATE_SUBJECT',
        subjectId: s.subjectId,
        reason: `Người được lấy phiếu bị lặp: ${s.subjectId}.`,
      };
    }
    if (!isCount(s.issued) || !isCount(s.summoned)) {
      return {
        ok: false,
        code: 'INVALID_COUNT',
        subjectId: s.subjectId,
        reason: 'Số phiếu phát ra và số người được triệu tập phải là số nguyên không âm.',
      };
    }
    if (s.issued > s.summoned) {
      return {
        ok: false,
        code: 'MORE_ISSUED_THAN_SUMMONED',
        subjectId: s.subjectId,
        reason: `Số phiếu phát ra (${s.issued}) lớn hơn số người được triệu tập (${s.summoned}).`,
      };
    }
    counts.set(s.subjectId, { returned: 0, none: 0, several: 0, cao: 0, tin_nhiem: 0, thap: 0 });
  }
  return { ok: true, counts };
}

/** Adds `n` marks to a subject's counts, or says why they cannot be counted. */
function add(counts: Map<string, Counts>, subjectId: string, mark: string | undefined, n: number, ballotIndex?: number) {
  const c = counts.get(subjectId);
  const at = ballotIndex === undefined ? {} : { ballotIndex };
  if (!c) {
    return {
      ok: false as const,
      code: 'UNKNOWN_SUBJECT' as const,
      subjectId,
      ...at,
      reason: `Phiếu có tên người không thuộc danh sách lấy phiếu: ${subjectId}.`,
    };
  }
  if (mark === undefined || !MARKS.has(mark)) {
    return { ok: false as const, code: 'UNKNOWN_MARK' as const, subjectId, ...at, reason: 'Phiếu có ô đánh dấu không hợp lệ.' };
  }
  if (!isCount(n)) {
    return { ok: false as const, code: 'INVALID_COUNT' as const, subjectId, reason: 'Số phiếu phải là số nguyên không âm.' };
  }
  c.returned += n;
  c[mark as BallotMark] += n;
  return null;
}

function finish(input: Omit<TallyInput, 'ballots'>, counts: Map<string, Counts>): TallyResult {
  const ruleSet = input.ruleSet ?? PARTY_QD96;
  const kind = input.denominator ?? ruleSet.defaultDenominator;
  const subjects: SubjectTally[] = [];
  for (const s of input.subjects) {
    const c = counts.get(s.subjectId);
    if (!c) continue;
    if (c.returned > s.issued) {
      return {
        ok: false,
        code: 'MORE_RETURNED_THAN_ISSUED',
        subjectId: s.subjectId,
        reason: `Số phiếu thu về (${c.returned}) lớn hơn số phiếu phát ra (${s.issued}).`,
      };
    }
    subjects.push(subjectTally(s, c, kind, ruleSet));
  }
  return { ok: true, ruleSet: ruleSet.id, subjects };
}

/** The tally from the ballots themselves (the published list, `merit votes verify`). */
export function tallyBallots(input: TallyInput): TallyResult {
  const prepared = prepare(input.subjects);
  if (!prepared.ok) return prepared;
  for (const [ballotIndex, ballot] of input.ballots.entries()) {
    for (const subjectId of Object.keys(ballot.marks)) {
      const refused = add(prepared.counts, subjectId, ballot.marks[subjectId], 1, ballotIndex);
      if (refused) return refused;
    }
  }
  return finish(input, prepared.counts);
}

/**
 * The same tally from counts of each mark per subject (the database groups the ballots; ten thousand
 * ballots never cross into Node). Equal to `tallyBallots` on the ballots counted (property-tested).
 */
export function tallyMarkCounts(input: CountedTallyInput): TallyResult {
  const prepared = prepare(input.subjects);
  if (!prepared.ok) return prepared;
  for (const m of input.markCounts) {
    const refused = add(prepared.counts, m.subjectId, m.mark, m.count);
    if (refused) return refused;
  }
  return finish(input, prepared.counts);
}

function subjectTally(s: TallySubject, c: Counts, kind: DenominatorKind, ruleSet: ConfidenceRuleSet): SubjectTally {
  const invalid = c.none + c.several;
  const valid = c.returned - invalid;
  const value = kind === 'BALLOTS_RETURNED' ? c.returned : kind === 'SUMMONED' ? s.summoned : valid;
  const lowOverHalf = exceedsRatio(c.thap, value, CONF_LOW_HALF);
  const lowTwoThirds = reachesRatio(c.thap, value, CONF_LOW_TWO_THIRDS);
  const band: ThresholdBand = lowTwoThirds ? 'two_thirds' : lowOverHalf ? 'over_half' : 'below_half';
  return {
    subjectId: s.subjectId,
    issued: s.issued,
    summoned: s.summoned,
    returned: c.returned,
    valid,
    invalid,
    invalidNoMark: c.none,
    invalidSeveralMarks: c.several,
    denominator: { kind, value },
    levels: { cao: shareOf(c.cao, value), tin_nhiem: shareOf(c.tin_nhiem, value), thap: shareOf(c.thap, value) },
    lowOverHalf,
    lowTwoThirds,
    band,
    followUps: band === 'two_thirds' ? ruleSet.twoThirds : band === 'over_half' ? ruleSet.overHalf : [],
  };
}
