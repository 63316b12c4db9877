import { sql } from 'kysely';
import type { Db } from '../../../platform/server/db/database.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { insertPerson, type UnitRef } from '../../../app/server/testing/world.js';
import { codeDigest, generateBallotCode } from '../ballot-code.rules.js';
import { buildBallotList } from '../ballot-list.rules.js';
import { rollFingerprint } from '../roll-fingerprint.rules.js';
import type { RoundDetail, RoundStatus } from '../votes.schemas.js';

/** Fixtures for the votes route tests and the authorization matrix. */

/** A person in `unit` holding an open post since `startedOn`. */
export async function insertOfficeHolder(db: Db, unit: UnitRef, name: string, startedOn = '2020-03-01', title = 'Phó Giám đốc') {
  const person = await insertPerson(db, unit, name);
  await db
    .insertInto('person_posts')
    .values({ person_id: person.id, unit_id: unit.id, title, title_search: title.toLowerCase(), start_date: startedOn })
    .execute();
  return person.id;
}

/**
 * A round inserted directly in the given state: one subject, a frozen roll of three members all present;
 * `codes` issued when open or later (their digests stored). For requests that consume a round.
 */
export async function insertRound(db: Db, unit: UnitRef, status: RoundStatus, codes: readonly string[] = []): Promise<number> {
  const subject = await insertOfficeHolder(db, unit, 'Đinh Văn Thể');
  const started = status !== 'draft';
  const { id } = await db
    .insertInto('vote_rounds')
    .values({
      unit_id: unit.id,
      title: 'Lấy phiếu tín nhiệm giữa nhiệm kỳ',
      rule_set: 'party',
      denominator: 'BALLOTS_RETURNED',
      vote_date: '2026-11-20',
      status,
      summoned: started ? 3 : null,
      present: started ? 3 : null,
      codes_issued: codes.length,
      ballots_returned: status === 'closed' || status === 'published' ? 0 : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const subjectRow = await db
    .insertInto('vote_subjects')
    .values({
      round_id: id,
      person_id: subject,
      post_title: 'Phó Giám đốc',
      post_started_on: '2020-03-01',
      start_kind: 'appointed',
      excluded: false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const roll = ['Thành viên Một', 'Thành viên Hai', 'Thành viên Ba'].map((name) => ({ round_id: id, name, present: true }));
  await db.insertInto('vote_roll_members').values(roll).execute();
  const fingerprint = rollFingerprint(
    id,
    roll.map((r) => ({ personId: null, name: r.name })),
  );
  await db.updateTable('vote_rounds').set({ roll_fingerprint: fingerprint }).where('id', '=', id).execute();
  if (codes.length > 0) {
    await db
      .insertInto('vote_ballot_codes')
      .values(codes.map((c) => ({ code_digest: codeDigest(c), round_id: id })))
      .execute();
  }
  if (status === 'published') {
    // No ballot was cast: the list's head is its header hash.
    const built = buildBallotList({
      roundId: String(id),
      subjects: [{ subjectId: String(subjectRow.id), issued: codes.length, summoned: 3 }],
      ballots: [],
    });
    if (!built.ok) throw new Error(built.reason);
    await db.updateTable('vote_rounds').set({ list_head: built.list.head }).where('id', '=', id).execute();
  }
  return id;
}

/** A fresh open round with one usable code. */
export async function openRoundWithCode(db: Db, unit: UnitRef): Promise<{ roundId: number; code: string; subjectId: string }> {
  const code = generateBallotCode();
  const roundId = await insertRound(db, unit, 'open', [code]);
  const s = await db.selectFrom('vote_subjects').select('id').where('round_id', '=', roundId).executeTakeFirstOrThrow();
  return { roundId, code, subjectId: String(s.id) };
}

async function ok<T>(res: Promise<{ status: number; body: unknown }>, status = 200): Promise<T> {
  const r = await res;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body as T;
}

export interface RoundSetup {
  readonly round: RoundDetail;
  readonly subjectIds: string[];
}

/**
 * Through the API, as an organizer would: a round for `unit` with `subjects` office holders (one of them
 * appointed this year, so excluded), a roll of `summoned` named members and `present` of them present.
 */
export async function setUpRound(
  db: Db,
  organizer: TestClient,
  unit: UnitRef,
  opts: { summoned: number; present: number; subjects?: number },
): Promise<RoundSetup> {
  const created = await ok<RoundDetail>(
    organizer.post('/api/votes/rounds', {
      unitId: unit.id,
      title: 'Hội nghị giữa nhiệm kỳ',
      ruleSet: 'party',
      voteDate: '2026-11-20',
    }),
    201,
  );
  const people: number[] = [];
  for (let i = 0; i < (opts.subjects ?? 3); i++) people.push(await insertOfficeHolder(db, unit, `Lê Văn Chủ ${i + 1}`));
  const newcomer = await insertOfficeHolder(db, unit, 'Trần Mới Đến', '2026-02-01', 'Trưởng phòng');
  const base = `/api/votes/rounds/${created.id}`;
  const withSubjects = await ok<RoundDetail>(
    organizer.post(`${base}/subjects`, { subjects: [...people, newcomer].map((personId) => ({ personId })) }),
  );
  const members = Array.from({ length: opts.summoned }, (_, i) => ({ name: `Ủy viên ${i + 1}` }));
  const withRoll = await ok<RoundDetail>(organizer.request('PUT', `${base}/roll`, { body: { members } }));
  await ok(organizer.post(`${base}/roll/freeze`));
  const presentIds = withRoll.roll.slice(0, opts.present).map((m) => m.id);
  const round = await ok<RoundDetail>(organizer.request('PUT', `${base}/attendance`, { body: { presentMemberIds: presentIds } }));
  const subjectIds = withSubjects.subjects.filter((s) => !s.excluded).map((s) => String(s.id));
  return { round, subjectIds };
}

/** Opens the round and issues its codes; returns them. */
export async function openAndIssue(organizer: TestClient, roundId: number): Promise<string[]> {
  await ok(organizer.post(`/api/votes/rounds/${roundId}/open`));
  return (await ok<{ codes: string[] }>(organizer.post(`/api/votes/rounds/${roundId}/codes`), 201)).codes;
}

/** Row counts of every votes table and the audit log, for "nothing changed". */
export async function votesRowCounts(db: Db): Promise<Record<string, number>> {
  const { rows } = await sql<Record<string, number>>`
    select (select count(*)::int from vote_rounds) as rounds,
           (select count(*)::int from vote_subjects) as subjects,
           (select count(*)::int from vote_roll_members) as roll,
           (select count(*)::int from vote_ballot_codes) as codes,
           (select count(*)::int from vote_ballot_codes where used) as used_codes,
           (select count(*)::int from vote_ballots) as ballots,
           (select count(*)::int from audit_events) as audit,
           (select coalesce(sum(version), 0)::int from vote_rounds) as versions`.execute(db);
  return rows[0] ?? {};
}
