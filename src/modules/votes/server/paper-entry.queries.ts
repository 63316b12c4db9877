import { sql } from 'kysely';
import { inSubtrees } from '../../../platform/server/auth/scope.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { PaperSheet, PaperSlot } from '../paper-entry.rules.js';
import type { BallotMark } from '../vote-constants.js';

/** Reads of the paper double entry: the two counters, each slot's sheets, the ballots handed out. */
export interface CounterRow {
  readonly slot: PaperSlot;
  readonly accountId: number;
  readonly displayName: string;
  readonly finished: boolean;
}

export const toSlot = (n: number): PaperSlot => (n === 1 ? 1 : 2);

export async function listCounters(db: Db, roundId: number): Promise<CounterRow[]> {
  const rows = await db
    .selectFrom('vote_counters as c')
    .innerJoin('accounts as a', 'a.id', 'c.account_id')
    .select(['c.slot', 'c.account_id', 'a.display_name', 'c.finished'])
    .where('c.round_id', '=', roundId)
    .orderBy('c.slot')
    .execute();
  return rows.map((r) => ({ slot: toSlot(r.slot), accountId: r.account_id, displayName: r.display_name, finished: r.finished }));
}

/** Paper ballots handed out on the round (0 when it records none): counted as issued in the tally. */
export async function paperBallotsHandedOut(db: Db, roundId: number): Promise<number> {
  return (await findHandedOut(db, roundId)) ?? 0;
}

/** Null when the round records no paper ballots at all. */
export async function findHandedOut(db: Db, roundId: number): Promise<number | null> {
  const row = await db.selectFrom('vote_rounds').select('paper_ballots').where('id', '=', roundId).executeTakeFirst();
  return row?.paper_ballots ?? null;
}

export async function loadSlotSheets(db: Db, roundId: number, slot: PaperSlot): Promise<PaperSheet[]> {
  const rows = await db
    .selectFrom('vote_paper_entries')
    .select(['sheet_no', 'marks'])
    .where('round_id', '=', roundId)
    .where('entry_by', '=', slot)
    .orderBy('sheet_no')
    .execute();
  return rows.map((r) => ({ sheetNo: r.sheet_no, marks: r.marks as Record<string, BallotMark> }));
}

/** Sheets entered per slot. */
export async function countSheets(db: Db, roundId: number): Promise<Record<PaperSlot, number>> {
  const rows = await db
    .selectFrom('vote_paper_entries')
    .select(['entry_by', sql<number>`count(*)::int`.as('n')])
    .where('round_id', '=', roundId)
    .groupBy('entry_by')
    .execute();
  const counts: Record<PaperSlot, number> = { 1: 0, 2: 0 };
  for (const r of rows) counts[toSlot(r.entry_by)] = r.n;
  return counts;
}

/**
 * Accounts that may be named counter on a round of the unit at `unitPath`: active, homed in that unit
 * or below (the counting board is drawn from the voting body). Only `ids` when given.
 */
export async function listCounterCandidates(db: Db, unitPath: string, limit: number, ids?: readonly number[]) {
  let q = db
    .selectFrom('accounts as a')
    .innerJoin('org_units as u', 'u.id', 'a.home_unit_id')
    .select(['a.id', 'a.username', 'a.display_name'])
    .where('a.disabled_at', 'is', null)
    .where((eb) => inSubtrees(eb.ref('u.path'), [unitPath]));
  if (ids) q = q.where('a.id', 'in', [...ids]);
  const rows = await q.orderBy('a.display_name').orderBy('a.id').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, username: r.username, displayName: r.display_name }));
}
