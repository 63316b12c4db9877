import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { getPersonDetail } from '../../people/index.js';
import type { ResolveFollowUpInput, VoteFollowUp, VoteFollowUpList } from '../votes-follow-ups.contract.js';
import { VotesErrors } from '../votes.errors.js';
import { canResolveFollowUp, followUpAuthority } from './follow-up.policy.js';
import { listFollowUpRows, type FollowUpRow } from './follow-up.queries.js';
import { getTally } from './results.service.js';
import { requireRound, type RoundRow } from './round.queries.js';
import type { VotesWrite } from './round-setup.service.js';

/**
 * The follow-up records of a confidence vote (DOMAIN §2.1 "Use of results"; NQ 96/2023 art. 12): when
 * the result becomes official (publish), one record per subject and consequence the tally rules give
 * (`followUps` of each subject's tally), in the publishing transaction. Then each is marked done or
 * dismissed with a note by the organizer or the competent body.
 */
export async function createFollowUps(w: VotesWrite, round: RoundRow): Promise<number> {
  const tally = await getTally(w.db, w.actor, round.id);
  const voteYear = Number(round.voteDate.slice(0, 4));
  const values = tally.subjects.flatMap((s) =>
    s.followUps.map((kind) => ({
      round_id: round.id,
      subject_id: Number(s.subjectId),
      person_id: s.personId,
      kind,
      vote_year: voteYear,
      low_over_half: s.lowOverHalf,
      low_two_thirds: s.lowTwoThirds,
    })),
  );
  if (values.length === 0) return 0;
  const created = await w.db
    .insertInto('vote_follow_ups')
    .values(values)
    .onConflict((oc) => oc.columns(['round_id', 'subject_id', 'kind']).doNothing())
    .returning(['id', 'subject_id', 'person_id', 'kind'])
    .execute();
  if (created.length > 0) {
    await recordAudit(w.db, w.audit, {
      action: 'votes.follow_ups.create',
      entityType: 'vote_round',
      entityId: round.id,
      unitId: round.unitId,
      authority: followUpAuthority(w.actor, round.unitPath),
      after: created.map((f) => ({ id: f.id, subjectId: f.subject_id, personId: f.person_id, kind: f.kind })),
    });
  }
  return created.length;
}

function present(actor: AccountActor, row: FollowUpRow): VoteFollowUp {
  const { unitPath, ...rest } = row;
  return { ...rest, canResolve: canResolveFollowUp(actor, { unitPath }) };
}

/** The follow-ups of a round, for every reader of the round. */
export async function listRoundFollowUps(db: Db, actor: AccountActor, roundId: number): Promise<VoteFollowUpList> {
  const round = await requireRound(db, actor, roundId, 'read');
  const rows = await listFollowUpRows(db, { roundId: round.id });
  return { items: rows.map((r) => present(actor, r)) };
}

/** A person's follow-ups, for whoever may read the person (the people module's rule: 404 otherwise). */
export async function listPersonFollowUps(db: Db, actor: AccountActor, personId: number): Promise<VoteFollowUpList> {
  const person = await getPersonDetail(db, actor, personId);
  const rows = await listFollowUpRows(db, { personId: person.id });
  return { items: rows.map((r) => present(actor, r)) };
}

/** Marks an open follow-up done, or dismissed with its reason: 404 outside the round's unit, 403 if not allowed. */
export async function resolveFollowUp(w: VotesWrite, id: number, input: ResolveFollowUpInput): Promise<VoteFollowUp> {
  const [row] = await listFollowUpRows(w.db, { id }, true);
  if (!row) throw CommonErrors.NOT_FOUND();
  const round = await requireRound(w.db, w.actor, row.roundId, 'read', 'none');
  if (!canResolveFollowUp(w.actor, { unitPath: row.unitPath })) throw CommonErrors.FORBIDDEN();
  if (row.status !== 'open') throw VotesErrors.FOLLOW_UP_RESOLVED();
  const note = input.note === undefined || input.note === '' ? null : input.note;
  await w.db
    .updateTable('vote_follow_ups')
    .set((eb) => ({ status: input.status, note, resolved_at: w.audit.now(), version: eb('version', '+', 1) }))
    .where('id', '=', row.id)
    .execute();
  await recordAudit(w.db, w.audit, {
    action: 'votes.follow_up.resolve',
    entityType: 'vote_follow_up',
    entityId: row.id,
    unitId: round.unitId,
    authority: followUpAuthority(w.actor, row.unitPath),
    before: { status: row.status, note: row.note },
    after: { status: input.status, note, kind: row.kind, personId: row.personId, roundId: row.roundId },
  });
  const [updated] = await listFollowUpRows(w.db, { id: row.id });
  if (!updated) throw CommonErrors.NOT_FOUND();
  return present(w.actor, updated);
}
