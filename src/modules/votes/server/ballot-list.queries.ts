import { sql } from 'kysely';
import { AppError } from '../../../shared/app-error.js';
import type { Db } from '../../../platform/server/db/database.js';
import { buildBallotList, type ListedBallot, type PublishedBallotList } from '../ballot-list.rules.js';
import type { MarkCount, TallySubject } from '../tally.rules.js';
import type { BallotMark } from '../vote-constants.js';
import { paperBallotsHandedOut } from './paper-entry.queries.js';
import { remoteTokensIssued } from './remote-tokens.queries.js';
import { ballotSubjectIds, ruleSetOf, type RoundRow } from './round.queries.js';

/** The round's subjects as the tally sees them: every ballot carries every eligible subject. */
export async function tallySubjects(db: Db, round: RoundRow): Promise<TallySubject[]> {
  const ids = await ballotSubjectIds(db, round.id);
  const summoned = round.summoned ?? 0;
  // Issued: room codes plus paper ballots handed out (paper-entry.queries.ts) plus remote tokens signed (ADR 011).
  const issued = round.codesIssued + (await paperBallotsHandedOut(db, round.id)) + (await remoteTokensIssued(db, round.id));
  return ids.map((subjectId) => ({ subjectId, issued, summoned }));
}

/** The stored ballots, in sort-key order (random, never cast order). */
export async function loadBallots(db: Db, roundId: number): Promise<ListedBallot[]> {
  const rows = await db
    .selectFrom('vote_ballots')
    .select(['receipt', 'marks'])
    .where('round_id', '=', roundId)
    .orderBy('sort_key')
    .execute();
  return rows.map((r) => ({ receipt: r.receipt, marks: r.marks as Record<string, BallotMark> }));
}

/** Each subject's count of each mark over the round's ballots, counted by the database. */
export async function loadMarkCounts(db: Db, roundId: number): Promise<MarkCount[]> {
  const { rows } = await sql<MarkCount>`
    select m.key as "subjectId", m.value as mark, count(*)::int as count
    from vote_ballots b cross join lateral jsonb_each_text(b.marks) m
    where b.round_id = ${roundId}
    group by m.key, m.value`.execute(db);
  return rows;
}

/** The counts fixed when the round closed (counted again from the ballots for a round closed before they were kept). */
export async function closedMarkCounts(db: Db, roundId: number): Promise<MarkCount[]> {
  const row = await db.selectFrom('vote_rounds').select('mark_counts').where('id', '=', roundId).executeTakeFirst();
  return (row?.mark_counts as MarkCount[] | null | undefined) ?? loadMarkCounts(db, roundId);
}

/** The published ballot list of a closed round (buildBallotList: hash-sorted, chained, with its tally). */
export async function buildRoundBallotList(db: Db, round: RoundRow): Promise<PublishedBallotList> {
  const result = buildBallotList({
    roundId: String(round.id),
    subjects: await tallySubjects(db, round),
    ballots: await loadBallots(db, round.id),
    denominator: round.denominator,
    ruleSet: ruleSetOf(round.ruleSet),
  });
  // Casting admits only well-formed ballots, one per issued code: a refusal here means stored data is broken.
  if (!result.ok) {
    throw new AppError('BALLOT_LIST_BROKEN', { status: 500, vi: result.reason, en: `Ballot list: ${result.code}` });
  }
  return result.list;
}

/**
 * The list of a published round, checked against the head fixed when it was published: if a stored
 * ballot was added, removed or changed since, this refuses (500) instead of serving a different list.
 */
export async function publishedBallotList(db: Db, round: RoundRow): Promise<PublishedBallotList> {
  const list = await buildRoundBallotList(db, round);
  if (list.head !== round.listHead) {
    throw new AppError('BALLOT_LIST_CHANGED', {
      status: 500,
      vi: 'Danh sách phiếu lưu trữ không còn khớp với mã băm đã công bố; cần báo ngay cho ban kiểm phiếu',
      en: 'The stored ballots no longer match the published head; tell the counting board at once',
    });
  }
  return list;
}
