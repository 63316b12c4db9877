import type { ConfidenceLevel, DenominatorKind, FollowUp } from '../vote-constants.js';
import type { RoundStatus, RuleSetCode } from '../votes.schemas.js';

/** Everything the minutes (biên bản kiểm phiếu) print: the round, its unit, the tally. Plain data. */
export interface MinutesSubject {
  readonly fullName: string;
  readonly postTitle: string;
  readonly issued: number;
  readonly returned: number;
  readonly valid: number;
  readonly invalid: number;
  readonly denominator: { readonly kind: DenominatorKind; readonly value: number };
  readonly levels: Readonly<Record<ConfidenceLevel, { readonly count: number; readonly display: string }>>;
  readonly followUps: readonly FollowUp[];
}

export interface MinutesData {
  readonly title: string;
  readonly ruleSet: RuleSetCode;
  /** The rule set's source, e.g. "QĐ 96-QĐ/TW (2023)". */
  readonly ruleSource: string;
  readonly status: RoundStatus;
  readonly voteDate: string;
  /** The unit holding the vote (the issuing body) and its superior. */
  readonly unitName: string;
  readonly superiorName: string | null;
  /** The place for the date line, e.g. "Hưng Yên". */
  readonly place: string | null;
  readonly summoned: number;
  readonly present: number;
  readonly ballotsIssued: number;
  readonly ballotsReturned: number;
  /** The counting board's members, when the round records them; empty prints lines to fill in. */
  readonly countingBoard: readonly string[];
  readonly subjects: readonly MinutesSubject[];
  /** The published ballot list's head hash; null before publication. */
  readonly listHead: string | null;
}

const PLACE_PREFIX = /^(?:đảng bộ\s+|ủy ban nhân dân\s+|ubnd\s+)?(?:tỉnh|thành phố|tp\.?)\s+/iu;

/**
 * The place name of the date line from the top unit of the tree: "Tỉnh Hưng Yên" → "Hưng Yên",
 * "Đảng bộ tỉnh Hưng Yên" → "Hưng Yên"; other names stay as they are.
 */
export function placeOf(topUnitName: string | null): string | null {
  if (!topUnitName) return null;
  const place = topUnitName.normalize('NFC').trim().replace(PLACE_PREFIX, '');
  return place === '' ? null : place;
}
