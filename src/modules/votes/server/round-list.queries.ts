import { sql } from 'kysely';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { inSubtrees, scopePaths } from '../../../platform/server/auth/scope.js';
import type { Db } from '../../../platform/server/db/database.js';
import { roundAccess, VOTES_READ_ROLES } from '../votes.policy.js';
import type { ListRoundsQuery, RoundSummary, RoundStatus, RuleSetCode } from '../votes.schemas.js';

/**
 * The rounds the actor reads (any role over the round's unit), optionally within one unit's subtree
 * and one status. A `unitId` outside the actor's reach narrows to nothing: the list is empty, never
 * a hint that the unit exists. Newest vote date first, then newest round.
 */
export async function listRounds(db: Db, actor: AccountActor, q: ListRoundsQuery) {
  const paths = scopePaths(actor, VOTES_READ_ROLES);
  let base = db
    .selectFrom('vote_rounds as r')
    .innerJoin('org_units as u', 'u.id', 'r.unit_id')
    .where((eb) => inSubtrees(eb.ref('u.path'), paths));
  if (q.unitId !== undefined) {
    const unitId = q.unitId;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('org_units as f')
          .select('f.id')
          .where('f.id', '=', unitId)
          .where(sql<boolean>`starts_with(u.path, f.path)`),
      ),
    );
  }
  if (q.status) base = base.where('r.status', '=', q.status);

  const [count, rows] = await Promise.all([
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    base
      .select([
        'r.id',
        'r.unit_id',
        'u.name as unit_name',
        'u.path',
        'r.title',
        'r.rule_set',
        'r.vote_date',
        'r.status',
        'r.summoned',
        'r.present',
        'r.codes_issued',
        'r.ballots_returned',
      ])
      // Before opening, the counts come from the roll as it stands.
      .select([
        sql<number>`(select count(*)::int from vote_roll_members m where m.round_id = r.id)`.as('roll_size'),
        sql<number>`(select count(*)::int from vote_roll_members m where m.round_id = r.id and m.present)`.as('roll_present'),
      ])
      .orderBy('r.vote_date', 'desc')
      .orderBy('r.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
  ]);

  const items: RoundSummary[] = rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    title: r.title,
    ruleSet: r.rule_set as RuleSetCode,
    voteDate: r.vote_date,
    status: r.status as RoundStatus,
    summoned: r.summoned ?? r.roll_size,
    present: r.present ?? r.roll_present,
    codesIssued: r.codes_issued,
    ballotsReturned: r.ballots_returned,
    canManage: roundAccess(actor, { unitPath: r.path }) === 'manage',
  }));
  return { items, total: count.n, page: q.page, pageSize: q.pageSize };
}
