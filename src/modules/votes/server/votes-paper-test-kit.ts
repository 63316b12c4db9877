import { sql } from 'kysely';
import type { Db } from '../../../platform/server/db/database.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { insertAccount, signIn, type TestAccount, type UnitRef } from '../../../app/server/testing/world.js';
import type { RoundStatus } from '../votes.schemas.js';
import { insertRound, setUpRound } from './votes-test-kit.js';

/** Fixtures for the paper double-entry route tests and the authorization matrix. */

/**
 * A round inserted directly in `status` (one subject, three members present, no codes) with the two
 * counters assigned and `handedOut` paper ballots recorded. Returns the round and its subject id.
 */
export async function insertPaperRound(
  db: Db,
  unit: UnitRef,
  counters: readonly [number, number],
  status: RoundStatus = 'open',
  handedOut = 3,
): Promise<{ roundId: number; subjectId: string }> {
  const roundId = await insertRound(db, unit, status);
  await db.updateTable('vote_rounds').set({ paper_ballots: handedOut }).where('id', '=', roundId).execute();
  await db
    .insertInto('vote_counters')
    .values(counters.map((account_id, i) => ({ round_id: roundId, slot: i + 1, account_id })))
    .execute();
  const s = await db.selectFrom('vote_subjects').select('id').where('round_id', '=', roundId).executeTakeFirstOrThrow();
  return { roundId, subjectId: String(s.id) };
}

export interface PaperRound {
  readonly roundId: number;
  readonly base: string;
  readonly subjectIds: string[];
  readonly one: TestAccount;
  readonly two: TestAccount;
  readonly c1: TestClient;
  readonly c2: TestClient;
}

/**
 * Through the API: a round of `present` members present out of 5 summoned, two people voted on, opened,
 * with two fresh counter accounts (no role anywhere: board members) signed in and `handedOut` paper
 * ballots recorded.
 */
export async function setUpPaperRound(
  db: Db,
  organizer: TestClient,
  unit: UnitRef,
  newClient: () => TestClient,
  handedOut = 4,
  present = 5,
): Promise<PaperRound> {
  const { round, subjectIds } = await setUpRound(db, organizer, unit, { summoned: 5, present, subjects: 2 });
  const base = `/api/votes/rounds/${round.id}`;
  const opened = await organizer.post(`${base}/open`);
  if (opened.status !== 200) throw new Error(`open: ${opened.status} ${JSON.stringify(opened.body)}`);
  const one = await insertAccount(db, unit);
  const two = await insertAccount(db, unit);
  const set = await organizer.request('PUT', `${base}/paper`, {
    body: { counter1AccountId: one.id, counter2AccountId: two.id, ballotsHandedOut: handedOut },
  });
  if (set.status !== 200) throw new Error(`paper: ${set.status} ${JSON.stringify(set.body)}`);
  return {
    roundId: round.id,
    base,
    subjectIds,
    one,
    two,
    c1: await signIn(db, newClient(), one),
    c2: await signIn(db, newClient(), two),
  };
}

/** Sheets numbered from `first`, each row the marks of the two people in order. */
export function sheets(subjectIds: readonly string[], rows: readonly (readonly string[])[], first = 1) {
  return rows.map((row, i) => ({ sheetNo: first + i, marks: Object.fromEntries(subjectIds.map((id, k) => [id, row[k]])) }));
}

/** Row counts of the paper tables, the ballots, the audit log and round versions, for "nothing changed". */
export async function paperRowCounts(db: Db): Promise<Record<string, number>> {
  const { rows } = await sql<Record<string, number>>`
    select (select count(*)::int from vote_paper_entries) as entries,
           (select count(*)::int from vote_counters) as counters,
           (select count(*)::int from vote_counters where finished) as finished,
           (select coalesce(sum(paper_ballots), 0)::int from vote_rounds) as handed_out,
           (select md5(coalesce(string_agg(marks::text, ',' order by round_id, sheet_no, entry_by), '')) from vote_paper_entries) as marks,
           (select count(*)::int from vote_ballots) as ballots,
           (select count(*)::int from audit_events) as audit,
           (select coalesce(sum(version), 0)::int from vote_rounds) as versions`.execute(db);
  return rows[0] ?? {};
}
