import type { z } from 'zod';
import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import type { PaperSlot } from '../paper-entry.rules.js';
import { VotesErrors } from '../votes.errors.js';
import { votesAuthority } from '../votes.policy.js';
import {
  MAX_COUNTER_CANDIDATES,
  type PaperStatus,
  type SaveSheetsInputSchema,
  type SetPaperInputSchema,
  type SlotSheets,
} from '../votes-paper.contract.js';
import { paperStatus, requireOwnSlot, requirePaperAccess, type PaperAccess } from './paper-access.js';
import { countSheets, listCounterCandidates, loadSlotSheets } from './paper-entry.queries.js';
import type { VotesWrite } from './round-setup.service.js';
import { ballotSubjectIds, requireRound, rosterCounts } from './round.queries.js';

/**
 * Writes of the paper double entry, each in the caller's transaction with its audit row. The audit
 * holds counts only (sheets saved, removed, entered), never marks: a counter's entries are of anonymous
 * sheets, but the audit names the account that wrote them.
 */
const INSERT_CHUNK = 500;

async function audit(w: VotesWrite, pa: Pick<PaperAccess, 'round'>, action: string, authority: string | null, after: unknown) {
  await recordAudit(w.db, w.audit, {
    action,
    entityType: 'vote_round',
    entityId: pa.round.id,
    unitId: pa.round.unitId,
    authority,
    after,
  });
  await w.db
    .updateTable('vote_rounds')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', pa.round.id)
    .execute();
}

/** The round locked for the write, the caller its counter of `slot`, the round open for voting. */
async function requireSlotWrite(w: VotesWrite, id: number, slot: PaperSlot): Promise<PaperAccess> {
  const pa = await requirePaperAccess(w.db, w.actor, id, 'update');
  requireOwnSlot(pa, slot);
  if (pa.round.status !== 'open') throw VotesErrors.ROUND_NOT_OPEN();
  return pa;
}

const counterAuthority = (slot: PaperSlot) => `vote_counter ${slot}`;

/**
 * Names the two counters (two different active accounts homed in the round's unit or below) and records the paper ballots handed out,
 * while the round is a draft or open. A slot that already holds entries keeps its counter; room codes
 * and paper ballots together never exceed the members present (one ballot each).
 */
export async function setPaper(w: VotesWrite, id: number, input: z.output<typeof SetPaperInputSchema>): Promise<PaperStatus> {
  const round = await requireRound(w.db, w.actor, id, 'manage');
  if (round.status !== 'draft' && round.status !== 'open') throw VotesErrors.ROUND_NOT_OPEN();
  const wanted = [
    { slot: 1 as const, accountId: input.counter1AccountId, field: 'counter1AccountId' },
    { slot: 2 as const, accountId: input.counter2AccountId, field: 'counter2AccountId' },
  ];
  const active = await listCounterCandidates(
    w.db,
    round.unitPath,
    wanted.length,
    wanted.map((c) => c.accountId),
  );
  for (const c of wanted) {
    if (!active.some((a) => a.id === c.accountId)) {
      throw VotesErrors.PAPER_COUNTER_UNKNOWN([{ field: c.field, message: String(c.accountId) }]);
    }
  }
  const before = await requirePaperAccess(w.db, w.actor, id);
  const sheets = await countSheets(w.db, round.id);
  for (const c of wanted) {
    const current = before.counters.find((x) => x.slot === c.slot);
    if (current && current.accountId !== c.accountId && sheets[c.slot] > 0) {
      throw VotesErrors.PAPER_COUNTER_HAS_ENTRIES([{ field: c.field, message: `Phần ${c.slot}: ${sheets[c.slot]} tờ` }]);
    }
  }
  const present = round.present ?? (await rosterCounts(w.db, round.id)).present;
  if (round.codesIssued + input.ballotsHandedOut > present) {
    throw VotesErrors.PAPER_BALLOTS_OVER_PRESENT([
      { field: 'ballotsHandedOut', message: `${round.codesIssued} + ${input.ballotsHandedOut} > ${present}` },
    ]);
  }
  await w.db.deleteFrom('vote_counters').where('round_id', '=', round.id).execute();
  await w.db
    .insertInto('vote_counters')
    .values(
      wanted.map((c) => ({
        round_id: round.id,
        slot: c.slot,
        account_id: c.accountId,
        finished: before.counters.some((x) => x.slot === c.slot && x.accountId === c.accountId && x.finished),
      })),
    )
    .execute();
  await w.db.updateTable('vote_rounds').set({ paper_ballots: input.ballotsHandedOut }).where('id', '=', round.id).execute();
  await audit(w, { round }, 'votes.paper.set', votesAuthority(w.actor, round.unitPath), input);
  return paperStatus(w.db, await requirePaperAccess(w.db, w.actor, id));
}

/**
 * A counter saves sheets of their own slot (inserted or replaced by sheet number) and removes sheets
 * entered by mistake. Each sheet carries exactly the round's people; refused while the slot is finished.
 */
export async function saveSheets(
  w: VotesWrite,
  id: number,
  slot: PaperSlot,
  input: z.output<typeof SaveSheetsInputSchema>,
): Promise<SlotSheets> {
  const pa = await requireSlotWrite(w, id, slot);
  if (pa.counters.some((c) => c.slot === slot && c.finished)) throw VotesErrors.PAPER_SLOT_FINISHED();
  const expected = await ballotSubjectIds(w.db, pa.round.id);
  const details = input.sheets.flatMap((s, i) => [
    ...Object.keys(s.marks)
      .filter((id) => !expected.includes(id))
      .map((id) => ({ field: `sheets.${i}.marks.${id}`, message: 'Không có trong đợt này / not in this round' })),
    ...expected
      .filter((id) => !Object.hasOwn(s.marks, id))
      .map((id) => ({ field: `sheets.${i}.marks.${id}`, message: 'Thiếu / missing' })),
  ]);
  if (details.length > 0) throw VotesErrors.SUBJECTS_MISMATCH(details);
  if (input.remove.length > 0) {
    await w.db
      .deleteFrom('vote_paper_entries')
      .where('round_id', '=', pa.round.id)
      .where('entry_by', '=', slot)
      .where('sheet_no', 'in', input.remove)
      .execute();
  }
  const rows = input.sheets.map((s) => ({
    round_id: pa.round.id,
    sheet_no: s.sheetNo,
    entry_by: slot,
    marks: JSON.stringify(Object.fromEntries(expected.map((id) => [id, s.marks[id]]))),
  }));
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await w.db
      .insertInto('vote_paper_entries')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .onConflict((oc) =>
        oc.columns(['round_id', 'sheet_no', 'entry_by']).doUpdateSet((eb) => ({ marks: eb.ref('excluded.marks') })),
      )
      .execute();
  }
  const sheets = await loadSlotSheets(w.db, pa.round.id, slot);
  await audit(w, pa, 'votes.paper.sheets.save', counterAuthority(slot), {
    slot,
    saved: rows.length,
    removed: input.remove.length,
    sheets: sheets.length,
  });
  return {
    roundId: pa.round.id,
    slot,
    finished: false,
    sheets: sheets.map((s) => ({ sheetNo: s.sheetNo, marks: { ...s.marks } })),
  };
}

async function setFinished(w: VotesWrite, id: number, slot: PaperSlot, finished: boolean): Promise<PaperStatus> {
  const pa = await requireSlotWrite(w, id, slot);
  const current = pa.counters.find((c) => c.slot === slot);
  if (current && current.finished !== finished) {
    await w.db
      .updateTable('vote_counters')
      .set({ finished })
      .where('round_id', '=', pa.round.id)
      .where('slot', '=', slot)
      .execute();
    const sheets = (await countSheets(w.db, pa.round.id))[slot];
    await audit(w, pa, finished ? 'votes.paper.finish' : 'votes.paper.reopen', counterAuthority(slot), { slot, sheets });
  }
  return paperStatus(w.db, await requirePaperAccess(w.db, w.actor, id));
}

/** The counter has entered every sheet; once both have, each sees the other's entries and the comparison. */
export const finishSlot = (w: VotesWrite, id: number, slot: PaperSlot) => setFinished(w, id, slot, true);

/** The counter reopens their slot to correct an entry (the comparison waits until they finish again). */
export const reopenSlot = (w: VotesWrite, id: number, slot: PaperSlot) => setFinished(w, id, slot, false);

/** Accounts the organizer may name counter on the round (managers of the round only). */
export async function listCandidates(w: Pick<VotesWrite, 'db' | 'actor'>, id: number) {
  const round = await requireRound(w.db, w.actor, id, 'manage', 'none');
  return { items: await listCounterCandidates(w.db, round.unitPath, MAX_COUNTER_CANDIDATES) };
}
