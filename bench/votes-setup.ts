/**
 * The confidence-vote benchmark's world: a fresh PostgreSQL database opened as production opens it
 * (`openDatabase`, pool of 10), the real app listening on an ephemeral port, an organizer's session,
 * a committee round with its codes issued (through the API), and a closed round of many ballots for
 * the tally (inserted in bulk).
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { TestClient } from '../src/app/server/testing/test-client.js';
import { insertAccount, insertUnit, signIn, type UnitRef } from '../src/app/server/testing/world.js';
import { generateReceiptCode } from '../src/modules/votes/ballot-code.rules.js';
import { insertOfficeHolder, openAndIssue, setUpRound } from '../src/modules/votes/server/votes-test-kit.js';
import { CONFIDENCE_LEVELS } from '../src/modules/votes/vote-constants.js';
import type { DatabaseHandle } from '../src/platform/server/db/database.js';
import { createAppWorld } from './app-world.js';
export { APP_POOL_SIZE } from './app-world.js';

/** Rows per INSERT when filling the tally round (a few MB of parameters at most). */
const BULK_CHUNK = 1_000;
/** Bytes of a stored ballot's random sort key (as ballot.service.ts). */
const SORT_KEY_BYTES = 16;

export interface VotesWorld {
  readonly url: string;
  readonly handle: DatabaseHandle;
  readonly app: FastifyInstance;
  /** http://127.0.0.1:<port> */
  readonly base: string;
  readonly unit: UnitRef;
  readonly organizer: TestClient;
  /** The organizer's session cookie, for requests over real HTTP. */
  readonly sessionCookie: string;
  version(): Promise<string>;
  close(): Promise<void>;
}

/** Creates `merit_bench_votes_<time>_<pid>`, migrates it, builds the app and listens; drops it on close. */
export async function createVotesWorld(logLevel: string): Promise<VotesWorld> {
  const world = await createAppWorld('votes', (m) => console.info(m));
  const { handle, url } = world;
  const drop = world.close;
  try {
    const { app, base } = await world.serve(logLevel);
    const unit = await insertUnit(handle.db, null, { name: 'Đảng bộ tỉnh Thử Nghiệm', track: 'party' });
    const account = await insertAccount(handle.db, unit, [{ role: 'organizer', unit }]);
    const organizer = await signIn(handle.db, new TestClient(app), account);
    const db = handle.db;
    return {
      url,
      handle,
      app,
      base,
      unit,
      organizer,
      sessionCookie: `merit_session=${organizer.cookie('merit_session') ?? ''}`,
      async version() {
        const { rows } = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db);
        return rows[0]?.v ?? '?';
      },
      close: drop,
    };
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
}

export interface OpenRound {
  readonly roundId: number;
  readonly subjectIds: string[];
  readonly codes: string[];
}

/** Through the API: a committee round with `subjects` office holders and a roll of `voters`, all present, open, codes issued. */
export async function openCommitteeRound(world: VotesWorld, voters: number, subjects: number): Promise<OpenRound> {
  const { round, subjectIds } = await setUpRound(world.handle.db, world.organizer, world.unit, {
    summoned: voters,
    present: voters,
    subjects,
  });
  const codes = await openAndIssue(world.organizer, round.id);
  return { roundId: round.id, subjectIds, codes };
}

/** Ballot i's mark for subject k: a fixed spread over the three levels (about one in seven blank). */
export function benchMark(i: number, k: number): string {
  const x = (i * 7 + k * 13) % 21;
  return x === 20 ? 'none' : (CONFIDENCE_LEVELS[x % CONFIDENCE_LEVELS.length] ?? 'cao');
}

/**
 * A round of `ballots` summoned, present and cast, with `subjects` subjects: rows inserted directly
 * (the ballots as castBallot stores them, in chunks), then closed through the API (re-mix, count).
 */
export async function closedTallyRound(world: VotesWorld, ballots: number, subjects: number): Promise<OpenRound> {
  const db = world.handle.db;
  const { id: roundId } = await db
    .insertInto('vote_rounds')
    .values({
      unit_id: world.unit.id,
      title: 'Lấy phiếu tín nhiệm — đo kiểm phiếu',
      rule_set: 'party',
      denominator: 'BALLOTS_RETURNED',
      vote_date: '2026-11-20',
      status: 'open',
      roll_fingerprint: randomBytes(32).toString('hex'),
      summoned: ballots,
      present: ballots,
      codes_issued: ballots,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const subjectIds: string[] = [];
  for (let k = 0; k < subjects; k++) {
    const personId = await insertOfficeHolder(db, world.unit, `Nguyễn Văn Đo ${k + 1}`);
    const row = await db
      .insertInto('vote_subjects')
      .values({
        round_id: roundId,
        person_id: personId,
        post_title: 'Phó Giám đốc',
        post_started_on: '2020-03-01',
        start_kind: 'appointed',
        excluded: false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    subjectIds.push(String(row.id));
  }
  for (let start = 0; start < ballots; start += BULK_CHUNK) {
    const rows = [];
    for (let i = start; i < Math.min(ballots, start + BULK_CHUNK); i++) {
      const marks = Object.fromEntries(subjectIds.map((id, k) => [id, benchMark(i, k)]));
      rows.push({
        round_id: roundId,
        sort_key: randomBytes(SORT_KEY_BYTES).toString('hex'),
        receipt: generateReceiptCode(),
        marks: JSON.stringify(marks),
      });
    }
    await db.insertInto('vote_ballots').values(rows).execute();
  }
  const closed = await world.organizer.post(`/api/votes/rounds/${roundId}/close`);
  if (closed.status !== 200) throw new Error(`closing the tally round: ${closed.status} ${JSON.stringify(closed.body)}`);
  await sql`analyze vote_ballots`.execute(db);
  return { roundId, subjectIds, codes: [] };
}
