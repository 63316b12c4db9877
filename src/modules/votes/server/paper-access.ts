import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import { comparePaperEntries, reconcilePaper, usesPaper, type PaperSlot, type PaperState } from '../paper-entry.rules.js';
import { VotesErrors } from '../votes.errors.js';
import { roundAccess, type RoundAccess } from '../votes.policy.js';
import type { PaperComparisonView, PaperStatus, SlotSheets } from '../votes-paper.contract.js';
import { countSheets, findHandedOut, listCounters, loadSlotSheets, type CounterRow } from './paper-entry.queries.js';
import { ballotSubjectIds, findRoundRow, listSubjects, type RoundRow } from './round.queries.js';

/**
 * Who may see or touch a round's paper entry. Being named counter on a round is an authority of its own
 * (a counting board member need not hold a role over the unit): a counter reads the round's paper status
 * and writes their slot only. Readers of the round see the status and the comparison; nobody else sees
 * the round (404). Nobody — not even an organizer — writes a slot they are not assigned to (403).
 */
export interface PaperAccess {
  readonly round: RoundRow;
  readonly access: RoundAccess;
  readonly counters: readonly CounterRow[];
  readonly mySlot: PaperSlot | null;
}

export async function requirePaperAccess(
  db: Db,
  actor: AccountActor,
  id: number,
  lock: 'update' | 'none' = 'none',
): Promise<PaperAccess> {
  const round = await findRoundRow(db, id, lock);
  if (!round) throw CommonErrors.NOT_FOUND();
  const counters = await listCounters(db, round.id);
  const mySlot = counters.find((c) => c.accountId === actor.accountId)?.slot ?? null;
  const access = roundAccess(actor, { unitPath: round.unitPath });
  if (access === 'none' && mySlot === null) throw CommonErrors.NOT_FOUND();
  return { round, access, counters, mySlot };
}

/** The caller must be the counter of `slot` (403 otherwise, organizers included). */
export function requireOwnSlot(pa: PaperAccess, slot: PaperSlot): void {
  if (pa.mySlot !== slot) {
    throw VotesErrors.PAPER_NOT_COUNTER([{ field: 'slot', message: `Phần ${slot} / slot ${slot}` }]);
  }
}

export const bothFinished = (counters: readonly CounterRow[]): boolean =>
  ([1, 2] as const).every((slot) => counters.some((c) => c.slot === slot && c.finished));

export async function loadPaperState(db: Db, roundId: number, counters: readonly CounterRow[]): Promise<PaperState> {
  const [handedOut, subjectIds, first, second] = await Promise.all([
    findHandedOut(db, roundId),
    ballotSubjectIds(db, roundId),
    loadSlotSheets(db, roundId, 1),
    loadSlotSheets(db, roundId, 2),
  ]);
  return { handedOut, subjectIds, first, second, counters };
}

export async function paperStatus(db: Db, pa: PaperAccess): Promise<PaperStatus> {
  const { round, counters } = pa;
  const [subjects, counts, state] = await Promise.all([
    listSubjects(db, round.id),
    countSheets(db, round.id),
    loadPaperState(db, round.id, counters),
  ]);
  let comparison: PaperStatus['comparison'] = 'unused';
  let mismatchSheets: number[] = [];
  if (usesPaper(state)) {
    if (!bothFinished(counters)) comparison = 'entering';
    else {
      const compared = comparePaperEntries(state.subjectIds, state.first, state.second);
      comparison = compared.ok ? 'agreed' : 'mismatch';
      mismatchSheets = compared.ok ? [] : [...compared.sheetNos];
    }
  }
  return {
    roundId: round.id,
    title: round.title,
    status: round.status,
    ballotsHandedOut: state.handedOut,
    subjects: subjects
      .filter((s) => !s.excluded)
      .map((s) => ({ id: String(s.id), fullName: s.fullName, postTitle: s.postTitle })),
    counters: counters.map((c) => ({ ...c, sheets: counts[c.slot] })),
    mySlot: pa.mySlot,
    comparison,
    mismatchSheets,
    can: { manage: pa.access === 'manage' },
  };
}

export async function getPaperStatus(db: Db, actor: AccountActor, id: number): Promise<PaperStatus> {
  return paperStatus(db, await requirePaperAccess(db, actor, id));
}

/**
 * A slot's sheets: its own counter reads them at any time; the other counter only once both have
 * finished (so neither can copy the other); nobody else reads single entries.
 */
export async function getSlotSheets(db: Db, actor: AccountActor, id: number, slot: PaperSlot): Promise<SlotSheets> {
  const pa = await requirePaperAccess(db, actor, id);
  if (pa.mySlot === null) requireOwnSlot(pa, slot);
  if (pa.mySlot !== slot && !bothFinished(pa.counters))
    throw VotesErrors.PAPER_UNFINISHED([{ field: 'slot', message: String(slot) }]);
  const sheets = await loadSlotSheets(db, pa.round.id, slot);
  const finished = pa.counters.some((c) => c.slot === slot && c.finished);
  return { roundId: pa.round.id, slot, finished, sheets: sheets.map((s) => ({ sheetNo: s.sheetNo, marks: { ...s.marks } })) };
}

/** The mismatches between the two entries, once both counters have finished (409 before). */
export async function comparePaper(db: Db, actor: AccountActor, id: number): Promise<PaperComparisonView> {
  const pa = await requirePaperAccess(db, actor, id);
  if (!bothFinished(pa.counters)) throw VotesErrors.PAPER_UNFINISHED();
  const state = await loadPaperState(db, pa.round.id, pa.counters);
  const compared = comparePaperEntries(state.subjectIds, state.first, state.second);
  const over = reconcilePaper(state);
  return {
    roundId: pa.round.id,
    agreed: over.ok,
    agreedSheets: compared.ok ? compared.sheets : 0,
    ballotsHandedOut: state.handedOut,
    mismatches: compared.ok
      ? []
      : compared.mismatches.map((m) =>
          m.kind === 'missing'
            ? { sheetNo: m.sheetNo, kind: m.kind, enteredBy: m.enteredBy, subjectId: null, first: null, second: null }
            : {
                sheetNo: m.sheetNo,
                kind: m.kind,
                enteredBy: null,
                subjectId: m.subjectId,
                first: m.first ?? null,
                second: m.second ?? null,
              },
        ),
  };
}
