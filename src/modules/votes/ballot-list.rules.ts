import { createHash } from 'node:crypto';
import { tallyBallots, type SubjectTally, type TallyRefusalCode, type TallySubject } from './tally.rules.js';
import {
  CONFIDENCE_RULE_SETS,
  PARTY_QD96,
  type BallotMark,
  type ConfidenceRuleSet,
  type DenominatorKind,
} from './vote-constants.js';

/**
 * The published ballot list (DESIGN "Confidence votes"): every ballot with its receipt and marks — no
 * voter, no time — in an order set by the ballots' own hashes (never the order they were cast), chained
 * with SHA-256 from a header that fixes the round, its people and counts. Anyone holding the file can
 * recompute every hash, the head and the tally (`verifyBallotList`); a voter finds their receipt in it.
 */
export const BALLOT_LIST_FORMAT = 'merit-ballot-list-v1';
const BALLOT_FORMAT = 'merit-ballot-v1';

export interface ListedBallot {
  readonly receipt: string;
  readonly marks: Readonly<Record<string, BallotMark>>;
}

export interface BallotListEntry extends ListedBallot {
  /** SHA-256 of `canonicalBallot(entry)`; entries are sorted by it, ascending. */
  readonly entryHash: string;
  /** SHA-256 of the previous link (the header hash for the first) + "\n" + entryHash. */
  readonly chainHash: string;
}

export interface BallotListHeader {
  readonly format: typeof BALLOT_LIST_FORMAT;
  readonly roundId: string;
  readonly ruleSet: ConfidenceRuleSet['id'];
  readonly denominator: DenominatorKind;
  readonly subjects: readonly TallySubject[];
}

export interface PublishedBallotList extends BallotListHeader {
  readonly headerHash: string;
  readonly entries: readonly BallotListEntry[];
  /** The last chainHash, or the header hash when no ballot was returned: the one value to announce. */
  readonly head: string;
  readonly tally: readonly SubjectTally[];
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A ballot as one fixed string: arrays only (no key-order ambiguity), marks sorted by subject id. */
export function canonicalBallot(ballot: ListedBallot): string {
  const marks = Object.keys(ballot.marks)
    .sort(byCodeUnits)
    .map((id) => [id, ballot.marks[id]]);
  return JSON.stringify([BALLOT_FORMAT, ballot.receipt, marks]);
}

export const ballotHash = (ballot: ListedBallot): string => sha256(canonicalBallot(ballot));

export function headerHash(header: BallotListHeader): string {
  const subjects = header.subjects.map((s) => [s.subjectId, s.issued, s.summoned]);
  return sha256(JSON.stringify([header.format, header.roundId, header.ruleSet, header.denominator, subjects]));
}

export const chainLink = (previous: string, entryHash: string): string => sha256(`${previous}\n${entryHash}`);

export interface BuildBallotListInput {
  readonly roundId: string;
  readonly subjects: readonly TallySubject[];
  readonly ballots: readonly ListedBallot[];
  readonly denominator?: DenominatorKind;
  readonly ruleSet?: ConfidenceRuleSet;
}

export type BuildBallotListResult =
  | { readonly ok: true; readonly list: PublishedBallotList }
  | { readonly ok: false; readonly code: TallyRefusalCode | 'DUPLICATE_RECEIPT'; readonly reason: string };

export function buildBallotList(input: BuildBallotListInput): BuildBallotListResult {
  const ruleSet = input.ruleSet ?? PARTY_QD96;
  const header: BallotListHeader = {
    format: BALLOT_LIST_FORMAT,
    roundId: input.roundId,
    ruleSet: ruleSet.id,
    denominator: input.denominator ?? ruleSet.defaultDenominator,
    subjects: input.subjects.map(({ subjectId, issued, summoned }) => ({ subjectId, issued, summoned })),
  };
  const receipts = new Set<string>();
  for (const b of input.ballots) {
    if (receipts.has(b.receipt)) return { ok: false, code: 'DUPLICATE_RECEIPT', reason: 'Hai phiếu có cùng mã biên nhận.' };
    receipts.add(b.receipt);
  }
  const tally = tallyBallots({ subjects: header.subjects, ballots: input.ballots, denominator: header.denominator, ruleSet });
  if (!tally.ok) return { ok: false, code: tally.code, reason: tally.reason };

  const hashed = input.ballots
    .map((b) => ({ receipt: b.receipt, marks: { ...b.marks }, entryHash: ballotHash(b) }))
    .sort((a, b) => byCodeUnits(a.entryHash, b.entryHash));
  const first = headerHash(header);
  let previous = first;
  const entries = hashed.map((e) => {
    previous = chainLink(previous, e.entryHash);
    return { ...e, chainHash: previous };
  });
  return { ok: true, list: { ...header, headerHash: first, entries, head: previous, tally: tally.subjects } };
}

export type BallotListProblem = 'FORMAT' | 'HEADER' | 'ENTRY_HASH' | 'ORDER' | 'CHAIN' | 'HEAD' | 'TALLY';

export type BallotListVerification =
  | { readonly ok: true; readonly head: string; readonly ballots: number; readonly tally: readonly SubjectTally[] }
  | {
      readonly ok: false;
      readonly problem: BallotListProblem;
      readonly reason: string;
      /** The first broken entry, when the problem is in one. */
      readonly index?: number;
      readonly receipt?: string;
      readonly subjectId?: string;
    };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number';
const arrayOf = (v: unknown, item: (x: Record<string, unknown>) => boolean): boolean =>
  Array.isArray(v) && v.every((x) => isObject(x) && item(x));

/** Enough structure to recompute without throwing; every value is then checked by recomputation. */
function hasBallotListShape(v: unknown): v is PublishedBallotList {
  if (!isObject(v) || ![v.format, v.roundId, v.ruleSet, v.denominator, v.headerHash, v.head].every(isString)) return false;
  const subjectOk = (s: Record<string, unknown>) => isString(s.subjectId) && isNumber(s.issued) && isNumber(s.summoned);
  const entryOk = (e: Record<string, unknown>) =>
    isString(e.receipt) &&
    isString(e.entryHash) &&
    isString(e.chainHash) &&
    isObject(e.marks) &&
    Object.values(e.marks).every(isString);
  const levelsOk = (l: unknown) => isObject(l) && [l.cao, l.tin_nhiem, l.thap].every((x) => isObject(x) && isNumber(x.count));
  const tallyOk = (t: Record<string, unknown>) => isString(t.subjectId) && levelsOk(t.levels) && isObject(t.denominator);
  return arrayOf(v.subjects, subjectOk) && arrayOf(v.entries, entryOk) && arrayOf(v.tally, tallyOk);
}

/** What a published tally must match: counts, shown percentages, thresholds and follow-ups. */
function tallyFingerprint(t: SubjectTally): string {
  const levels = [t.levels.cao, t.levels.tin_nhiem, t.levels.thap].map((l) => [l.count, l.display]);
  const counts = [t.issued, t.summoned, t.returned, t.valid, t.invalid, t.invalidNoMark, t.invalidSeveralMarks];
  return JSON.stringify([t.subjectId, counts, levels, t.denominator.kind, t.denominator.value, t.band, t.followUps]);
}

/**
 * Recomputes every entry hash, the order, the chain, the head and the tally, and names the first thing
 * that does not match (entries in list order, then the head, then the tally per person).
 */
export function verifyBallotList(file: unknown): BallotListVerification {
  if (!hasBallotListShape(file)) {
    return { ok: false, problem: 'FORMAT', reason: `Tệp không phải danh sách phiếu ${BALLOT_LIST_FORMAT}.` };
  }
  const list = file;
  if (list.format !== BALLOT_LIST_FORMAT || !Object.hasOwn(CONFIDENCE_RULE_SETS, list.ruleSet)) {
    return { ok: false, problem: 'FORMAT', reason: `Tệp không phải danh sách phiếu ${BALLOT_LIST_FORMAT}.` };
  }
  if (headerHash(list) !== list.headerHash) {
    return {
      ok: false,
      problem: 'HEADER',
      reason: 'Phần đầu danh sách (đợt, người được lấy phiếu, số phiếu phát ra) đã bị thay đổi.',
    };
  }
  let previous = list.headerHash;
  let previousEntryHash = '';
  for (const [index, entry] of list.entries.entries()) {
    const at = { index, receipt: entry.receipt };
    if (ballotHash(entry) !== entry.entryHash) {
      return {
        ok: false,
        problem: 'ENTRY_HASH',
        ...at,
        reason: `Phiếu thứ ${index + 1} (biên nhận ${entry.receipt}) đã bị sửa.`,
      };
    }
    if (entry.entryHash <= previousEntryHash) {
      return { ok: false, problem: 'ORDER', ...at, reason: `Phiếu thứ ${index + 1} không đúng thứ tự hoặc bị lặp.` };
    }
    previous = chainLink(previous, entry.entryHash);
    if (previous !== entry.chainHash) {
      return {
        ok: false,
        problem: 'CHAIN',
        ...at,
        reason: `Chuỗi băm đứt tại phiếu thứ ${index + 1}: có phiếu bị thêm, bớt hoặc sửa.`,
      };
    }
    previousEntryHash = entry.entryHash;
  }
  if (previous !== list.head) {
    return { ok: false, problem: 'HEAD', reason: 'Mã băm cuối của danh sách không khớp với mã đã công bố.' };
  }
  const ruleSet = CONFIDENCE_RULE_SETS[list.ruleSet];
  const recomputed = tallyBallots({ subjects: list.subjects, ballots: list.entries, denominator: list.denominator, ruleSet });
  if (!recomputed.ok) return { ok: false, problem: 'TALLY', subjectId: recomputed.subjectId, reason: recomputed.reason };
  for (const [i, t] of recomputed.subjects.entries()) {
    const claimed = list.tally[i];
    if (!claimed || tallyFingerprint(claimed) !== tallyFingerprint(t)) {
      return {
        ok: false,
        problem: 'TALLY',
        subjectId: t.subjectId,
        reason: `Kết quả kiểm phiếu của ${t.subjectId} không khớp với các phiếu.`,
      };
    }
  }
  if (list.tally.length !== recomputed.subjects.length) {
    return { ok: false, problem: 'TALLY', reason: 'Kết quả kiểm phiếu có người không thuộc danh sách.' };
  }
  return { ok: true, head: previous, ballots: list.entries.length, tally: recomputed.subjects };
}

/** A voter's check: the ballot with this receipt, as published. */
export function findBallotByReceipt(list: PublishedBallotList, receipt: string): BallotListEntry | undefined {
  return list.entries.find((e) => e.receipt === receipt);
}
