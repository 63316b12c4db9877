import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import { getPersonDetail } from '../../people/index.js';
import type { PersonRatings } from '../reviews-ratings.contract.js';
import { ratingsOf } from './ratings.queries.js';

/**
 * A person's decided ratings over the years and the consequences listed from them, for the profile.
 * Whoever may read the person may read these (the people module's policy: 404 outside one's authority).
 */
export async function personRatings(db: Db, actor: AccountActor, personId: number): Promise<PersonRatings> {
  const person = await getPersonDetail(db, actor, personId);
  const consequences = await db
    .selectFrom('review_consequences as q')
    .innerJoin('reviews as r', 'r.id', 'q.review_id')
    .innerJoin('review_cycles as c', 'c.id', 'r.cycle_id')
    .select(['q.id', 'q.review_id', 'c.year', 'q.kind', 'q.basis', 'q.status', 'q.note'])
    .where('q.person_id', '=', person.id)
    .orderBy('c.year', 'desc')
    .orderBy('q.id')
    .execute();
  return {
    personId: person.id,
    ratings: await ratingsOf(db, person.id),
    consequences: consequences.map((q) => ({
      id: q.id,
      reviewId: q.review_id,
      year: q.year,
      kind: q.kind,
      basis: q.basis,
      status: q.status,
      note: q.note,
    })),
  };
}
