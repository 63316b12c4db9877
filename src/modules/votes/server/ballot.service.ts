import { randomBytes } from 'node:crypto';
import { CommonErrors } from '../../../shared/app-error.js';
import type { Db } from '../../../platform/server/db/database.js';
import { checkCode, codeDigest, formatCode, generateReceiptCode, normaliseCode } from '../ballot-code.rules.js';
import { findBallotByReceipt } from '../ballot-list.rules.js';
import type { BallotMark } from '../vote-constants.js';
import { VotesErrors } from '../votes.errors.js';
import type { CastBallotInputSchema, PublicBallot, ReceiptCheckInputSchema } from '../votes.schemas.js';
import type { z } from 'zod';
import { publishedBallotList } from './ballot-list.queries.js';
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
 * Casts a ballot with a room code, with no session, account or address involved. In one transaction:
 * the round must be open (held for share, so closing waits for us), the marks must cover exactly the
 * round's subjects, the code's digest must exist unused in this round; the code is marked used and the
 * ballot stored with a fresh receipt and a random sort key — nothing that names the code, the caller or
 * the time. Not audited (an audit row carries a time, a request id and the caller): the close event
 * records how many ballots came back. Any refusal rolls back, so nothing changes.
 */
export async function castBallot(
  db: Db,
  roundId: number,
  input: z.output<typeof CastBallotInputSchema>,
  onUnknownCode: () => void = () => {},
): Promise<{ roundId: number; receipt: string }> {
  const check = checkCode(input.code, 'ballot');
  if (!check.ok) throw VotesErrors.BALLOT_CODE_INVALID([{ field: 'code', message: check.reason }]);
  const digest = codeDigest(check.code);
  return db.transaction().execute(async (trx) => {
    const round = await findRoundRow(trx, roundId, 'share');
    if (!round) throw CommonErrors.NOT_FOUND();
    if (round.status !== 'open') throw VotesErrors.ROUND_NOT_OPEN();
    const marks = await checkBallotMarks(trx, roundId, input.marks);
    const used = await trx
      .updateTable('vote_ballot_codes')
      .set({ used: true })
      .where('code_digest', '=', digest)
      .where('round_id', '=', roundId)
      .where('used', '=', false)
      .returning('round_id')
      .executeTakeFirst();
    if (!used) {
      const known = await trx
        .selectFrom('vote_ballot_codes')
        .select('used')
        .where('code_digest', '=', digest)
        .where('round_id', '=', roundId)
        .executeTakeFirst();
      if (known) throw VotesErrors.BALLOT_CODE_USED();
      onUnknownCode();
      throw VotesErrors.BALLOT_CODE_INVALID();
    }
    return { roundId, receipt: await storeBallot(trx, roundId, marks) };
  });
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
  const expected = await ballotSubjectIds(trx, roundId);
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
  return {
    roundId: round.id,
    found: entry !== undefined,
    head: list.head,
    entry: entry
      ? { receipt: entry.receipt, marks: { ...entry.marks }, entryHash: entry.entryHash, chainHash: entry.chainHash }
      : null,
  };
}
