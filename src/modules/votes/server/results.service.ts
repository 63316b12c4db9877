import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { PublishedBallotList } from '../ballot-list.rules.js';
import { tallyMarkCounts } from '../tally.rules.js';
import { VotesErrors } from '../votes.errors.js';
import type { RoundTallySchema } from '../votes.schemas.js';
import type { z } from 'zod';
import { closedMarkCounts, publishedBallotList, tallySubjects } from './ballot-list.queries.js';
import { countBallots, listSubjects, requireRound, ruleSetOf } from './round.queries.js';

/**
 * The counting board's tally of a closed round, with each subject's name and post: the counts of each
 * mark per subject fixed when the round closed (a few dozen numbers, not every ballot), the pure rules
 * do the rest.
 */
export async function getTally(db: Db, actor: AccountActor, id: number): Promise<z.input<typeof RoundTallySchema>> {
  const round = await requireRound(db, actor, id, 'read');
  if (round.status !== 'closed' && round.status !== 'published') throw VotesErrors.ROUND_NOT_CLOSED();
  // Both were fixed on the round when the counting board closed it (checked equal to a recount then);
  // the published list and `merit votes verify` recount every ballot.
  const [markCounts, returned] = await Promise.all([
    closedMarkCounts(db, round.id),
    round.ballotsReturned ?? countBallots(db, round.id),
  ]);
  const result = tallyMarkCounts({
    subjects: await tallySubjects(db, round),
    markCounts,
    denominator: round.denominator,
    ruleSet: ruleSetOf(round.ruleSet),
  });
  if (!result.ok) throw VotesErrors.ROUND_NOT_CLOSED([{ message: result.reason }]);
  const people = new Map((await listSubjects(db, round.id)).map((s) => [String(s.id), s]));
  return {
    roundId: round.id,
    status: round.status,
    ruleSet: round.ruleSet,
    ballotsReturned: returned,
    subjects: result.subjects.map((t) => {
      const s = people.get(t.subjectId);
      return {
        ...t,
        followUps: [...t.followUps],
        personId: s?.personId ?? 0,
        fullName: s?.fullName ?? '',
        postTitle: s?.postTitle ?? '',
      };
    }),
  };
}

/** The published ballot list, for readers of the round, once it is published. */
export async function getBallotList(db: Db, actor: AccountActor, id: number): Promise<PublishedBallotList> {
  const round = await requireRound(db, actor, id, 'read');
  if (round.status !== 'published') throw VotesErrors.ROUND_NOT_PUBLISHED();
  return publishedBallotList(db, round);
}
