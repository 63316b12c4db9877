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

export function tallyBallots(input: TallyInput): TallyResult {
  const ruleSet = input.ruleSet ?? PARTY_QD96;
  const kind = input.denominator ?? ruleSet.defaultDenominator;
  const counts = new Map<string, Counts>();
  for (const s of input.subjects) {
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

  for (const [ballotIndex, ballot] of input.ballots.entries()) {
    for (const subjectId of Object.keys(ballot.marks)) {
      const c = counts.get(subjectId);
      if (!c) {
        return {
          ok: false,
          code: 'UNKNOWN_SUBJECT',
          subjectId,
          ballotIndex,
          reason: `Phiếu có tên người không thuộc danh sách lấy phiếu: ${subjectId}.`,
        };
      }
      const mark = ballot.marks[subjectId];
      if (mark === undefined || !MARKS.has(mark)) {
        return { ok: false, code: 'UNKNOWN_MARK', subjectId, ballotIndex, reason: 'Phiếu có ô đánh dấu không hợp lệ.' };
      }
      c.returned += 1;
      c[mark] += 1;
    }
  }

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
