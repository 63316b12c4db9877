import { CommonErrors } from '../../../shared/app-error.js';
import type { Db } from '../../../platform/server/db/database.js';
import { VotesErrors } from '../votes.errors.js';
import { ballotSubjectIds, findRoundRow } from './round.queries.js';

/**
 * The eligible subjects of open rounds, remembered per process: a round's subjects change only while it
 * is a draft, so once it is open they are fixed and a meeting room's thousand casts need not read them
 * a thousand times. Whether the round is still open is checked by each cast's own statement.
 */
const MAX_ROUNDS = 1000;

export interface OpenRoundSubjects {
  /** The round's eligible subject ids; refuses when the round does not exist or is not open. */
  of(db: Db, roundId: number): Promise<readonly string[]>;
}

export function createOpenRoundSubjects(): OpenRoundSubjects {
  const known = new Map<number, readonly string[]>();
  return {
    async of(db, roundId) {
      const cached = known.get(roundId);
      if (cached) return cached;
      const round = await findRoundRow(db, roundId);
      if (!round) throw CommonErrors.NOT_FOUND();
      if (round.status !== 'open') throw VotesErrors.ROUND_NOT_OPEN();
      const ids = await ballotSubjectIds(db, roundId);
      if (known.size >= MAX_ROUNDS) known.delete(known.keys().next().value as number);
      known.set(roundId, ids);
      return ids;
    },
  };
}
