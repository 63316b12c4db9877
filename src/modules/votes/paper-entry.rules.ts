import type { CastBallot } from './tally.rules.js';
import type { BallotMark } from './vote-constants.js';

/**
 * Paper ballots with double entry (DESIGN "Confidence votes": "two counters enter each ballot
 * independently; mismatches block the tally"). The counting board numbers the returned sheets in the
 * order they come out of the box; counter 1 and counter 2 each enter every sheet: for each person a level,
 * or an invalid mark (`none`: no box ticked; `several`: two or three — QĐ 262, per person). Only sheets
 * both counters entered identically become ballots; anything else is a mismatch that blocks the close.
 */

/** The two keyboards of the counting board. */
export const PAPER_SLOTS = [1, 2] as const;
export type PaperSlot = (typeof PAPER_SLOTS)[number];

/** The highest sheet number: one ballot per member summoned, and a roll holds at most 2,000 (MAX_ROLL). */
export const MAX_PAPER_SHEET_NO = 2000;
/** Sheets one save may carry: a counter saves row by row, or a pile at a time. */
export const MAX_PAPER_SHEETS_PER_SAVE = 500;

/** Fast entry: the digit a counter types for each mark (1/2/3 the three levels; 0 no mark; 9 several). */
export const PAPER_MARK_KEYS: Readonly<Record<string, BallotMark>> = {
  '1': 'cao',
  '2': 'tin_nhiem',
  '3': 'thap',
  '0': 'none',
  '9': 'several',
};

export interface PaperSheet {
  readonly sheetNo: number;
  readonly marks: Readonly<Record<string, BallotMark>>;
}

export type PaperMismatch =
  /** The sheet was entered by one counter only. */
  | { readonly kind: 'missing'; readonly sheetNo: number; readonly enteredBy: PaperSlot }
  /** Both entered the sheet; for this person the marks differ (undefined: left out on that side). */
  | {
      readonly kind: 'marks';
      readonly sheetNo: number;
      readonly subjectId: string;
      readonly first: BallotMark | undefined;
      readonly second: BallotMark | undefined;
    };

export type PaperComparison =
  | { readonly ok: true; readonly ballots: readonly CastBallot[]; readonly sheets: number }
  | { readonly ok: false; readonly mismatches: readonly PaperMismatch[]; readonly sheetNos: readonly number[] };

const bySheet = (sheets: readonly PaperSheet[]) => new Map(sheets.map((s) => [s.sheetNo, s]));

/**
 * Compares the two counters' entries sheet by sheet (ascending sheet numbers), over the round's
 * `subjectIds`. Agreement gives one ballot per sheet carrying exactly those subjects' marks.
 */
export function comparePaperEntries(
  subjectIds: readonly string[],
  first: readonly PaperSheet[],
  second: readonly PaperSheet[],
): PaperComparison {
  const a = bySheet(first);
  const b = bySheet(second);
  const sheetNos = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => x - y);
  const mismatches: PaperMismatch[] = [];
  const ballots: CastBallot[] = [];
  for (const sheetNo of sheetNos) {
    const left = a.get(sheetNo);
    const right = b.get(sheetNo);
    if (!left || !right) {
      mismatches.push({ kind: 'missing', sheetNo, enteredBy: left ? 1 : 2 });
      continue;
    }
    const marks: Record<string, BallotMark> = {};
    let agreed = true;
    for (const subjectId of subjectIds) {
      const l = left.marks[subjectId];
      const r = right.marks[subjectId];
      if (l === undefined || l !== r) {
        mismatches.push({ kind: 'marks', sheetNo, subjectId, first: l, second: r });
        agreed = false;
      } else marks[subjectId] = l;
    }
    if (agreed) ballots.push({ marks });
  }
  if (mismatches.length > 0) {
    return { ok: false, mismatches, sheetNos: [...new Set(mismatches.map((m) => m.sheetNo))] };
  }
  return { ok: true, ballots, sheets: ballots.length };
}

export interface PaperState {
  /** Ballots the board handed out; null when the round records none (no paper voting). */
  readonly handedOut: number | null;
  /** Slots with an assigned counter, and whether each has finished. */
  readonly counters: readonly { readonly slot: PaperSlot; readonly finished: boolean }[];
  readonly subjectIds: readonly string[];
  readonly first: readonly PaperSheet[];
  readonly second: readonly PaperSheet[];
}

export type PaperReconciliation =
  | { readonly ok: true; readonly ballots: readonly CastBallot[] }
  | { readonly ok: false; readonly code: 'PAPER_UNFINISHED'; readonly slots: readonly PaperSlot[]; readonly reason: string }
  | { readonly ok: false; readonly code: 'PAPER_MISMATCH'; readonly sheetNos: readonly number[]; readonly reason: string }
  | { readonly ok: false; readonly code: 'PAPER_OVER_ISSUED'; readonly sheets: number; readonly reason: string };

/** True when the round uses paper at all: ballots handed out, a counter assigned or a sheet entered. */
export function usesPaper(state: PaperState): boolean {
  return (state.handedOut ?? 0) > 0 || state.counters.length > 0 || state.first.length + state.second.length > 0;
}

/**
 * What closing the round may add: nothing when paper is not used; otherwise both counters must have
 * finished, every sheet must agree, and no more sheets may come back than ballots were handed out.
 */
export function reconcilePaper(state: PaperState): PaperReconciliation {
  if (!usesPaper(state)) return { ok: true, ballots: [] };
  const unfinished = PAPER_SLOTS.filter((slot) => !state.counters.some((c) => c.slot === slot && c.finished));
  if (unfinished.length > 0) {
    return {
      ok: false,
      code: 'PAPER_UNFINISHED',
      slots: unfinished,
      reason: `Người nhập phiếu ${unfinished.join(' và ')} chưa nhập xong phiếu giấy.`,
    };
  }
  const compared = comparePaperEntries(state.subjectIds, state.first, state.second);
  if (!compared.ok) {
    return {
      ok: false,
      code: 'PAPER_MISMATCH',
      sheetNos: compared.sheetNos,
      reason: `Hai người nhập phiếu nhập khác nhau ở tờ số ${compared.sheetNos.join(', ')}.`,
    };
  }
  const handedOut = state.handedOut ?? 0;
  if (compared.sheets > handedOut) {
    return {
      ok: false,
      code: 'PAPER_OVER_ISSUED',
      sheets: compared.sheets,
      reason: `Số tờ phiếu giấy thu về (${compared.sheets}) lớn hơn số phiếu giấy đã phát (${handedOut}).`,
    };
  }
  return { ok: true, ballots: compared.ballots };
}
