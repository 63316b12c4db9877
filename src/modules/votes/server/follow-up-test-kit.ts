import type { Db } from '../../../platform/server/db/database.js';
import type { UnitRef } from '../../../app/server/testing/world.js';
import { insertRound } from './votes-test-kit.js';

/** Fixtures for the follow-up tests and the authorization matrix: an open follow-up of a published round. */
export async function insertFollowUp(db: Db, unit: UnitRef, kind = 'out_of_planning_for_higher_posts'): Promise<number> {
  const roundId = await insertRound(db, unit, 'published');
  const subject = await db
    .selectFrom('vote_subjects')
    .select(['id', 'person_id'])
    .where('round_id', '=', roundId)
    .executeTakeFirstOrThrow();
  const { id } = await db
    .insertInto('vote_follow_ups')
    .values({
      round_id: roundId,
      subject_id: subject.id,
      person_id: subject.person_id,
      kind,
      vote_year: 2026,
      low_over_half: true,
      low_two_thirds: false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
