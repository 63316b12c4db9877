import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import { placeOf, type MinutesData } from '../minutes/minutes.data.js';
import { renderMinutes } from '../minutes/render-minutes.js';
import type { FollowUp } from '../vote-constants.js';
import { FOLLOW_UP_LABELS } from '../votes-follow-ups.contract.js';
import { VotesErrors } from '../votes.errors.js';
import { getTally } from './results.service.js';
import { requireRound, ruleSetOf, type RoundRow } from './round.queries.js';

/**
 * The counting board's minutes of a closed or published round, for every reader of the round. The
 * issuing body is the round's unit under its parent; the place is the top unit's (the province).
 */
async function unitNames(db: Db, round: RoundRow): Promise<Pick<MinutesData, 'unitName' | 'superiorName' | 'place'>> {
  const ids = round.unitPath
    .split('/')
    .filter((part) => /^\d+$/.test(part))
    .map(Number);
  const rows = ids.length > 0 ? await db.selectFrom('org_units').select(['id', 'name']).where('id', 'in', ids).execute() : [];
  const name = (id: number | undefined) => rows.find((r) => r.id === id)?.name ?? null;
  return {
    unitName: name(round.unitId) ?? '',
    superiorName: ids.length > 1 ? name(ids[ids.length - 2]) : null,
    place: placeOf(name(ids[0])),
  };
}

async function minutesData(db: Db, actor: AccountActor, id: number): Promise<MinutesData> {
  const round = await requireRound(db, actor, id, 'read');
  if (round.status !== 'closed' && round.status !== 'published') throw VotesErrors.ROUND_NOT_CLOSED();
  const tally = await getTally(db, actor, round.id);
  return {
    title: round.title,
    ruleSet: round.ruleSet,
    ruleSource: ruleSetOf(round.ruleSet).source,
    status: round.status,
    voteDate: round.voteDate,
    ...(await unitNames(db, round)),
    summoned: round.summoned ?? 0,
    present: round.present ?? 0,
    ballotsIssued: round.codesIssued,
    ballotsReturned: tally.ballotsReturned,
    // The round does not record its counting board yet: the minutes leave lines to write the names in.
    countingBoard: [],
    subjects: tally.subjects.map((s) => ({
      fullName: s.fullName,
      postTitle: s.postTitle,
      issued: s.issued,
      returned: s.returned,
      valid: s.valid,
      invalid: s.invalid,
      denominator: s.denominator,
      levels: s.levels,
      followUps: s.followUps.filter(isFollowUp),
    })),
    listHead: round.status === 'published' ? round.listHead : null,
  };
}

const FOLLOW_UPS: ReadonlySet<string> = new Set(Object.keys(FOLLOW_UP_LABELS));
function isFollowUp(value: string): value is FollowUp {
  return FOLLOW_UPS.has(value);
}

export async function getMinutesPdf(db: Db, actor: AccountActor, id: number): Promise<Buffer> {
  return renderMinutes(await minutesData(db, actor, id));
}
