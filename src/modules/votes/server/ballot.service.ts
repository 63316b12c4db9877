import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { CommonErrors } from '../../../shared/app-error.js';
import type { Db } from '../../../platform/server/db/database.js';
import { checkCode, codeDigest, formatCode, generateReceiptCode, normaliseCode } from '../ballot-code.rules.js';
import { findBallotByReceipt } from '../ballot-list.rules.js';
import type { BallotMark } from '../vote-constants.js';
import { VotesErrors } from '../votes.errors.js';
import type { CastBallotInputSchema, PublicBallot, ReceiptCheckInputSchema } from '../votes.schemas.js';
import type { z } from 'zod';
import { publishedBallotList } from './ballot-list.queries.js';
import type { OpenRoundSubjects } from './open-round-subjects.js';
import { ballotSubjectIds, findRoundRow, listSubjects } from './round.queries.js';

/** Bytes of the random sort key that orders stored ballots (128 bits, hex). */
const SORT_KEY_BYTES = 16;

/**
 * The ballot a voter's phone shows, with no session: only an open round answers, with its title and the
 * eligible subjects' names and posts (what the printed sheet carries) — no roll, counts or unit.
 */
export async function publicBallot(db: Db, roundId: number): Promise<PublicBallot> {
  const round = await findRoundRow(db, roundId);
  if (!round) throw CommonErrors.NOT_FOUND();
  if (round.status !== 'open') throw VotesErrors.ROUND_NOT_OPEN();
  const subjects = (await listSubjects(db, roundId)).filter((s) => !s.excluded);
  return {
    id: round.id,
    title: round.title,
    status: round.status,
    subjects: subjects.map((s) => ({ id: String(s.id), fullName: s.fullName, postTitle: s.postTitle })),
  };
}

/**
 * Casts a ballot with a room code, with no session, account or address involved. One statement, so one
 * round trip and its own transaction: the round must be open (held for share, so closing waits for
 * casts in flight), the code's digest must exist unused in this round; the code is marked used and the
 * ballot stored with a fresh receipt and a random sort key — nothing that names the code, the caller or
 * the time. The marks are checked first against the open round's subjects (fixed once it opened). When
 * nothing was stored, a second look says why (round not open, code used, code unknown); nothing changed.
 * Not audited (an audit row carries a time, a request id and the caller): the close event records how
 * many ballots came back.
 */
export async function castBallot(
  db: Db,
  roundId: number,
  input: z.output<typeof CastBallotInputSchema>,
  subjects: OpenRoundSubjects,
  onUnknownCode: () => void = () => {},
): Promise<{ roundId: number; receipt: string }> {
  const check = checkCode(input.code, 'ballot');
  if (!check.ok) throw VotesErrors.BALLOT_CODE_INVALID([{ field: 'code', message: check.reason }]);
  const digest = codeDigest(check.code);
  const marks = canonicalMarks(await subjects.of(db, roundId), input.marks);
  const receipt = generateReceiptCode();
  const { rows } = await sql<{ receipt: string }>`
    with open_round as (
      select id from vote_rounds where id = ${roundId} and status = 'open' for share
    ), spent as (
      update vote_ballot_codes c set used = true
      from open_round r
      where c.round_id = r.id and c.code_digest = ${digest} and not c.used
      returning c.round_id
    )
    insert into vote_ballots (round_id, sort_key, receipt, marks)
    select round_id, ${randomBytes(SORT_KEY_BYTES).toString('hex')}, ${receipt}, ${JSON.stringify(marks)}::jsonb from spent
    returning receipt`.execute(db);
  if (rows.length === 1) return { roundId, receipt: formatCode(receipt) };
  return refuseCast(db, roundId, digest, onUnknownCode);
}

async function refuseCast(db: Db, roundId: number, digest: string, onUnknownCode: () => void): Promise<never> {
  const round = await findRoundRow(db, roundId);
  if (!round) throw CommonErrors.NOT_FOUND();
  if (round.status !== 'open') throw VotesErrors.ROUND_NOT_OPEN();
  const known = await db
    .selectFrom('vote_ballot_codes')
    .select('used')
    .where('code_digest', '=', digest)
    .where('round_id', '=', roundId)
    .executeTakeFirst();
  if (known) throw VotesErrors.BALLOT_CODE_USED();
  onUnknownCode();
  throw VotesErrors.BALLOT_CODE_INVALID();
}

/** The marks must name exactly the round's eligible subjects (422 otherwise); returned in canonical order. */
function canonicalMarks(expected: readonly string[], given: Readonly<Record<string, BallotMark>>): Record<string, BallotMark> {
  const unknown = Object.keys(given).filter((id) => !expected.includes(id));
  const missing = expected.filter((id) => !Object.hasOwn(given, id));
  if (unknown.length > 0 || missing.length > 0) {
    const details = [
      ...unknown.map((id) => ({ field: `marks.${id}`, message: 'Không có trong đợt này / not in this round' })),
      ...missing.map((id) => ({ field: `marks.${id}`, message: 'Thiếu / missing' })),
    ];
    throw VotesErrors.SUBJECTS_MISMATCH(details);
  }
  return Object.fromEntries(expected.flatMap((id) => (given[id] ? [[id, given[id]] as const] : [])));
}

/**
 * In the caller's transaction: the marks must name exactly the round's eligible subjects (422
 * otherwise); returns them in canonical order. Shared by every way of casting.
 */
export async function checkBallotMarks(
  trx: Db,
  roundId: number,
  given: Readonly<Record<string, BallotMark>>,
): Promise<Record<string, BallotMark>> {
  return canonicalMarks(await ballotSubjectIds(trx, roundId), given);
}

/** Stores checked marks with a fresh receipt and a random sort key (nothing else); returns the receipt. */
export async function storeBallot(trx: Db, roundId: number, marks: Record<string, BallotMark>): Promise<string> {
  const receipt = generateReceiptCode();
  await trx
    .insertInto('vote_ballots')
    .values({ round_id: roundId, sort_key: randomBytes(SORT_KEY_BYTES).toString('hex'), receipt, marks: JSON.stringify(marks) })
    .execute();
  return formatCode(receipt);
}

/** A voter's check against the published list: found or not, with the list's head to compare. */
export async function checkReceipt(db: Db, input: z.output<typeof ReceiptCheckInputSchema>) {
  const round = await findRoundRow(db, input.roundId);
  if (!round) throw CommonErrors.NOT_FOUND();
  if (round.status !== 'published') throw VotesErrors.ROUND_NOT_PUBLISHED();
  const check = checkCode(input.receipt, 'receipt');
  if (!check.ok) throw VotesErrors.BALLOT_CODE_INVALID([{ field: 'receipt', message: check.reason }]);
  const list = await publishedBallotList(db, round);
  const entry = findBallotByReceipt(list, normaliseCode(check.code));
  const subjects = (await listSubjects(db, round.id)).filter((s) => !s.excluded);
  return {
    roundId: round.id,
    found: entry !== undefined,
    subjects: subjects.map((s) => ({ id: String(s.id), fullName: s.fullName })),
    head: list.head,
    entry: entry
      ? { receipt: entry.receipt, marks: { ...entry.marks }, entryHash: entry.entryHash, chainHash: entry.chainHash }
      : null,
  };
}
