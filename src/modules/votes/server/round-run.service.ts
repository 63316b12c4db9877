import { formatCode, codeDigest, generateBallotCode, secureRandomBytes, type RandomBytes } from '../ballot-code.rules.js';
import { checkQuorum } from '../quorum.rules.js';
import { VotesErrors } from '../votes.errors.js';
import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { votesAuthority } from '../votes.policy.js';
import type { RoundDetail } from '../votes.schemas.js';
import { buildRoundBallotList, loadMarkCounts } from './ballot-list.queries.js';
import { addReconciledPaperBallots } from './paper-close.service.js';
import { createFollowUps } from './follow-up.service.js';
import { requireDraft, type VotesWrite } from './round-setup.service.js';
import { destroySigningKey } from './remote-key.js';
import { ballotSubjectIds, countBallots, loadRoundDetail, requireRound, rosterCounts, type RoundRow } from './round.queries.js';

/**
 * Running a round: open it (quorum), issue the room codes (shown once), close it (re-mixing the stored
 * ballots), publish it (the ballot list's head). Casting is in ballot.service.ts.
 */
const INSERT_CHUNK = 500;

async function audit(w: VotesWrite, round: RoundRow, action: string, after: unknown): Promise<void> {
  await recordAudit(w.db, w.audit, {
    action,
    entityType: 'vote_round',
    entityId: round.id,
    unitId: round.unitId,
    authority: votesAuthority(w.actor, round.unitPath),
    after,
  });
}

async function reload(w: VotesWrite, id: number): Promise<RoundDetail> {
  return loadRoundDetail(w.db, w.actor, await requireRound(w.db, w.actor, id, 'read'));
}

export async function openRound(w: VotesWrite, id: number): Promise<RoundDetail> {
  const round = await requireDraft(w, id);
  if (!round.rollFingerprint) throw VotesErrors.ROLL_NOT_FROZEN();
  if ((await ballotSubjectIds(w.db, round.id)).length === 0) throw VotesErrors.NO_SUBJECTS();
  const counts = await rosterCounts(w.db, round.id);
  const quorum = checkQuorum(counts);
  if (!quorum.ok) {
    throw VotesErrors.QUORUM_NOT_REACHED([
      { field: 'present', message: `${quorum.code}: ${quorum.reason} (${counts.present} × 3 < ${counts.summoned} × 2)` },
    ]);
  }
  await w.db
    .updateTable('vote_rounds')
    .set((eb) => ({
      status: 'open',
      summoned: counts.summoned,
      present: counts.present,
      opened_at: w.audit.now(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', round.id)
    .execute();
  await audit(w, round, 'votes.round.open', {
    ...counts,
    minimumPresent: quorum.minimumPresent,
    fingerprint: round.rollFingerprint,
  });
  return reload(w, id);
}

/**
 * One random code per member present, like handing out paper ballots. The codes leave the server once,
 * in this response; only their digests are stored, in digest order (not the printed order), with no
 * member and no time.
 */
export async function issueCodes(
  w: VotesWrite,
  id: number,
  random: RandomBytes = secureRandomBytes,
): Promise<{ roundId: number; codes: string[] }> {
  const round = await requireRound(w.db, w.actor, id, 'manage');
  if (round.status !== 'open') throw VotesErrors.ROUND_NOT_OPEN();
  if (round.codesIssued > 0) throw VotesErrors.CODES_ALREADY_ISSUED();
  const count = round.present ?? 0;
  const codes = new Set<string>();
  while (codes.size < count) codes.add(generateBallotCode(random));
  const digests = [...codes].map(codeDigest).sort();
  for (let i = 0; i < digests.length; i += INSERT_CHUNK) {
    const chunk = digests.slice(i, i + INSERT_CHUNK).map((code_digest) => ({ code_digest, round_id: round.id }));
    await w.db.insertInto('vote_ballot_codes').values(chunk).execute();
  }
  await w.db
    .updateTable('vote_rounds')
    .set((eb) => ({ codes_issued: count, version: eb('version', '+', 1) }))
    .where('id', '=', round.id)
    .execute();
  await audit(w, round, 'votes.codes.issue', { count });
  return { roundId: round.id, codes: [...codes].map(formatCode) };
}

/**
 * Rewrites the round's ballots in sort-key order and its codes in digest order, in this transaction:
 * afterwards every row carries the same transaction id and sits where its random key puts it, so
 * neither the physical order nor `xmin` follows the order ballots were cast or codes used.
 */
async function remix(db: Db, roundId: number): Promise<void> {
  const ballots = await db.selectFrom('vote_ballots').selectAll().where('round_id', '=', roundId).orderBy('sort_key').execute();
  await db.deleteFrom('vote_ballots').where('round_id', '=', roundId).execute();
  for (let i = 0; i < ballots.length; i += INSERT_CHUNK) {
    const chunk = ballots.slice(i, i + INSERT_CHUNK).map((b) => ({ ...b, marks: JSON.stringify(b.marks) }));
    await db.insertInto('vote_ballots').values(chunk).execute();
  }
  const codes = await db
    .selectFrom('vote_ballot_codes')
    .selectAll()
    .where('round_id', '=', roundId)
    .orderBy('code_digest')
    .execute();
  await db.deleteFrom('vote_ballot_codes').where('round_id', '=', roundId).execute();
  for (let i = 0; i < codes.length; i += INSERT_CHUNK) {
    await db
      .insertInto('vote_ballot_codes')
      .values(codes.slice(i, i + INSERT_CHUNK))
      .execute();
  }
}

/**
 * Closes voting. The round row is locked for update, so casts in flight (which hold it for share)
 * finish first and later ones see it closed. No event is audited per ballot cast; this one records
 * how many came back.
 */
export async function closeRound(w: VotesWrite, id: number): Promise<RoundDetail> {
  const round = await requireRound(w.db, w.actor, id, 'manage');
  if (round.status !== 'open') throw VotesErrors.ROUND_NOT_OPEN();
  await addReconciledPaperBallots(w, round); // paper double entry: 409 while a slot is open or a sheet mismatches
  const returned = await countBallots(w.db, round.id);
  await remix(w.db, round.id);
  const markCounts = JSON.stringify(await loadMarkCounts(w.db, round.id)); // fixed with the close (migration -10)
  await w.db
    .updateTable('vote_rounds')
    .set((eb) => ({
      status: 'closed',
      ballots_returned: returned,
      mark_counts: markCounts,
      closed_at: w.audit.now(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', round.id)
    .execute();
  const signingKeyDestroyed = await destroySigningKey(w.db, round.id); // remote voting: no token after close
  await audit(w, round, 'votes.round.close', {
    codesIssued: round.codesIssued,
    ballotsReturned: returned,
    ...(signingKeyDestroyed ? { signingKeyDestroyed } : {}),
  });
  return reload(w, id);
}

/** Publishes the result: the ballot list's head is fixed on the round; the list becomes downloadable. */
export async function publishRound(w: VotesWrite, id: number): Promise<RoundDetail> {
  const round = await requireRound(w.db, w.actor, id, 'manage');
  if (round.status !== 'closed') throw VotesErrors.ROUND_NOT_CLOSED();
  const list = await buildRoundBallotList(w.db, round);
  await w.db
    .updateTable('vote_rounds')
    .set((eb) => ({ status: 'published', list_head: list.head, version: eb('version', '+', 1) }))
    .where('id', '=', round.id)
    .execute();
  await audit(w, round, 'votes.round.publish', { head: list.head, ballots: list.entries.length });
  await createFollowUps(w, round);
  return reload(w, id);
}
