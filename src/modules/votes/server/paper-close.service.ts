import { randomBytes } from 'node:crypto';
import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import { generateReceiptCode } from '../ballot-code.rules.js';
import { reconcilePaper, usesPaper } from '../paper-entry.rules.js';
import { VotesErrors } from '../votes.errors.js';
import { votesAuthority } from '../votes.policy.js';
import { loadPaperState } from './paper-access.js';
import { listCounters } from './paper-entry.queries.js';
import type { VotesWrite } from './round-setup.service.js';
import type { RoundRow } from './round.queries.js';

/** Bytes of the random sort key, as for ballots cast with a code (128 bits, hex). */
const SORT_KEY_BYTES = 16;
const INSERT_CHUNK = 500;

/**
 * Called by closeRound, in its transaction, before it counts and re-mixes the ballots. Nothing when the
 * round uses no paper. Otherwise refuses (409, naming the counters or the sheets) unless both counters
 * finished and agree on every sheet, no more sheets came back than were handed out, and room codes plus
 * paper ballots do not exceed the members present. Then each agreed sheet becomes an ordinary ballot:
 * a fresh receipt that is never shown to anyone (it only makes the published list whole) and a random
 * sort key; inserted in sort-key order, so neither the sheet order nor the entry order survives.
 */
export async function addReconciledPaperBallots(w: VotesWrite, round: RoundRow): Promise<void> {
  const state = await loadPaperState(w.db, round.id, await listCounters(w.db, round.id));
  if (!usesPaper(state)) return;
  const result = reconcilePaper(state);
  if (!result.ok) {
    if (result.code === 'PAPER_UNFINISHED') {
      throw VotesErrors.PAPER_UNFINISHED(result.slots.map((s) => ({ field: `paper.${s}`, message: result.reason })));
    }
    if (result.code === 'PAPER_MISMATCH') {
      throw VotesErrors.PAPER_MISMATCH([{ field: 'paper.sheets', message: result.reason }]);
    }
    throw VotesErrors.PAPER_OVER_ISSUED([{ field: 'ballotsHandedOut', message: result.reason }]);
  }
  const handedOut = state.handedOut ?? 0;
  const present = round.present ?? 0;
  if (round.codesIssued + handedOut > present) {
    throw VotesErrors.PAPER_BALLOTS_OVER_PRESENT([
      { field: 'ballotsHandedOut', message: `${round.codesIssued} + ${handedOut} > ${present}` },
    ]);
  }
  const rows = result.ballots
    .map((b) => ({
      round_id: round.id,
      sort_key: randomBytes(SORT_KEY_BYTES).toString('hex'),
      receipt: generateReceiptCode(),
      marks: JSON.stringify(b.marks),
    }))
    .sort((a, b) => (a.sort_key < b.sort_key ? -1 : 1));
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await w.db
      .insertInto('vote_ballots')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .execute();
  }
  await recordAudit(w.db, w.audit, {
    action: 'votes.paper.reconcile',
    entityType: 'vote_round',
    entityId: round.id,
    unitId: round.unitId,
    authority: votesAuthority(w.actor, round.unitPath),
    after: { ballotsHandedOut: handedOut, sheets: rows.length },
  });
}
