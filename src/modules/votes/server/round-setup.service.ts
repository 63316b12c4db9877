import type { z } from 'zod';
import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { inSubtrees, scopePaths } from '../../../platform/server/auth/scope.js';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { PEOPLE_READ_ROLES } from '../../people/index.js';
import { checkSubjectEligibility } from '../eligibility.rules.js';
import { rollFingerprint } from '../roll-fingerprint.rules.js';
import { VotesErrors } from '../votes.errors.js';
import { roundAccess, votesAuthority } from '../votes.policy.js';
import type {
  AddSubjectsInputSchema,
  AttendanceInputSchema,
  CreateRoundInputSchema,
  RoundDetail,
  SetRollInputSchema,
} from '../votes.schemas.js';
import { loadRoundDetail, requireRound, ruleSetOf, type RoundRow } from './round.queries.js';

/**
 * Setting a round up, while it is a draft: create it, add the people voted on (eligibility applied, the
 * excluded kept with their reason), set the roll, freeze it (fingerprint), record who is present. Each
 * step checks the policy on the round's unit, writes and audits in the caller's transaction.
 */
export interface VotesWrite {
  readonly db: Db;
  readonly actor: AccountActor;
  readonly audit: AuditContext;
}

async function audited(w: VotesWrite, round: RoundRow, action: string, after: unknown): Promise<RoundDetail> {
  await recordAudit(w.db, w.audit, {
    action,
    entityType: 'vote_round',
    entityId: round.id,
    unitId: round.unitId,
    authority: votesAuthority(w.actor, round.unitPath),
    after,
  });
  await w.db
    .updateTable('vote_rounds')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', round.id)
    .execute();
  return loadRoundDetail(w.db, w.actor, round);
}

export async function requireDraft(w: VotesWrite, id: number): Promise<RoundRow> {
  const round = await requireRound(w.db, w.actor, id, 'manage');
  if (round.status !== 'draft') throw VotesErrors.ROUND_NOT_DRAFT();
  return round;
}

export async function createRound(w: VotesWrite, input: z.output<typeof CreateRoundInputSchema>): Promise<RoundDetail> {
  const unit = await w.db.selectFrom('org_units').select(['id', 'path']).where('id', '=', input.unitId).executeTakeFirst();
  const access = unit ? roundAccess(w.actor, { unitPath: unit.path }) : 'none';
  if (!unit || access === 'none') throw CommonErrors.NOT_FOUND();
  if (access !== 'manage') throw CommonErrors.FORBIDDEN();
  const denominator = input.denominator ?? ruleSetOf(input.ruleSet).defaultDenominator;
  const { id } = await w.db
    .insertInto('vote_rounds')
    .values({ unit_id: unit.id, title: input.title, rule_set: input.ruleSet, denominator, vote_date: input.voteDate })
    .returning('id')
    .executeTakeFirstOrThrow();
  const round = await requireRound(w.db, w.actor, id, 'manage');
  await recordAudit(w.db, w.audit, {
    action: 'votes.round.create',
    entityType: 'vote_round',
    entityId: id,
    unitId: unit.id,
    authority: votesAuthority(w.actor, unit.path),
    after: { ...input, denominator },
  });
  return loadRoundDetail(w.db, w.actor, round);
}

/** People the actor may read, with their open posts (head posts first). */
async function scopedPeople(w: VotesWrite, personIds: readonly number[]) {
  const paths = scopePaths(w.actor, PEOPLE_READ_ROLES);
  const people = await w.db
    .selectFrom('people as p')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.full_name'])
    .where('p.id', 'in', [...personIds])
    .where((eb) => inSubtrees(eb.ref('u.path'), paths))
    .execute();
  return new Map(people.map((p) => [p.id, p.full_name]));
}

export async function addSubjects(
  w: VotesWrite,
  id: number,
  input: z.output<typeof AddSubjectsInputSchema>,
): Promise<RoundDetail> {
  const round = await requireDraft(w, id);
  const ids = input.subjects.map((s) => s.personId);
  const people = await scopedPeople(w, ids);
  const posts = await w.db
    .selectFrom('person_posts')
    .select(['id', 'person_id', 'title', 'start_date', 'is_head'])
    .where('person_id', 'in', ids)
    .where('end_date', 'is', null)
    .orderBy('is_head', 'desc')
    .orderBy('start_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const rows = input.subjects.map((s, i) => {
    if (!people.has(s.personId))
      throw VotesErrors.PERSON_NOT_AVAILABLE([{ field: `subjects.${i}.personId`, message: String(s.personId) }]);
    const post = posts.find((p) => p.person_id === s.personId && (s.postId === undefined || p.id === s.postId));
    if (!post) throw VotesErrors.NO_CURRENT_POST([{ field: `subjects.${i}`, message: people.get(s.personId) ?? '' }]);
    const eligibility = checkSubjectEligibility(
      { startedOn: post.start_date, startKind: s.startKind, retirementAnnouncedOn: s.retirementAnnouncedOn ?? null },
      round.voteDate,
      ruleSetOf(round.ruleSet),
    );
    const reason = eligibility.eligible ? null : eligibility.exclusions.map((e) => e.reason).join(' ');
    return {
      round_id: round.id,
      person_id: s.personId,
      post_title: post.title,
      post_started_on: post.start_date,
      start_kind: s.startKind,
      retirement_announced_on: s.retirementAnnouncedOn ?? null,
      excluded: reason !== null,
      exclusion_reason: reason,
    };
  });
  // Adding a person twice updates their line (post, start kind, retirement) instead of failing.
  await w.db
    .insertInto('vote_subjects')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['round_id', 'person_id']).doUpdateSet((eb) => ({
        post_title: eb.ref('excluded.post_title'),
        post_started_on: eb.ref('excluded.post_started_on'),
        start_kind: eb.ref('excluded.start_kind'),
        retirement_announced_on: eb.ref('excluded.retirement_announced_on'),
        excluded: eb.ref('excluded.excluded'),
        exclusion_reason: eb.ref('excluded.exclusion_reason'),
      })),
    )
    .execute();
  const after = rows.map((r) => ({ personId: r.person_id, postTitle: r.post_title, excluded: r.exclusion_reason }));
  return audited(w, round, 'votes.subjects.add', after);
}

export async function setRoll(w: VotesWrite, id: number, input: z.output<typeof SetRollInputSchema>): Promise<RoundDetail> {
  const round = await requireDraft(w, id);
  if (round.rollFingerprint) throw VotesErrors.ROLL_FROZEN();
  const personIds = input.members.flatMap((m) => (m.personId === undefined ? [] : [m.personId]));
  if (new Set(personIds).size !== personIds.length) throw VotesErrors.ROLL_DUPLICATE();
  const people = personIds.length > 0 ? await scopedPeople(w, personIds) : new Map<number, string>();
  const rows = input.members.map((m, i) => {
    if (m.personId !== undefined && !people.has(m.personId))
      throw VotesErrors.PERSON_NOT_AVAILABLE([{ field: `members.${i}.personId`, message: String(m.personId) }]);
    const name = m.name ?? people.get(m.personId ?? 0) ?? '';
    return { round_id: round.id, person_id: m.personId ?? null, name };
  });
  await w.db.deleteFrom('vote_roll_members').where('round_id', '=', round.id).execute();
  await w.db.insertInto('vote_roll_members').values(rows).execute();
  return audited(w, round, 'votes.roll.set', { summoned: rows.length });
}

export async function freezeRoll(w: VotesWrite, id: number): Promise<RoundDetail> {
  const round = await requireDraft(w, id);
  if (round.rollFingerprint) throw VotesErrors.ROLL_FROZEN();
  const members = await w.db
    .selectFrom('vote_roll_members')
    .select(['person_id', 'name'])
    .where('round_id', '=', round.id)
    .execute();
  if (members.length === 0) throw VotesErrors.ROLL_EMPTY();
  const fingerprint = rollFingerprint(
    round.id,
    members.map((m) => ({ personId: m.person_id, name: m.name })),
  );
  await w.db.updateTable('vote_rounds').set({ roll_fingerprint: fingerprint }).where('id', '=', round.id).execute();
  return audited(w, { ...round, rollFingerprint: fingerprint }, 'votes.roll.freeze', {
    fingerprint,
    summoned: members.length,
  });
}

export async function recordAttendance(
  w: VotesWrite,
  id: number,
  input: z.output<typeof AttendanceInputSchema>,
): Promise<RoundDetail> {
  const round = await requireDraft(w, id);
  if (!round.rollFingerprint) throw VotesErrors.ROLL_NOT_FROZEN();
  const present = [...new Set(input.presentMemberIds)];
  const onRoll = await w.db.selectFrom('vote_roll_members').select('id').where('round_id', '=', round.id).execute();
  const rollIds = new Set(onRoll.map((m) => m.id));
  const stranger = present.find((m) => !rollIds.has(m));
  if (stranger !== undefined) throw VotesErrors.NOT_ON_ROLL([{ field: 'presentMemberIds', message: String(stranger) }]);
  await w.db.updateTable('vote_roll_members').set({ present: false }).where('round_id', '=', round.id).execute();
  if (present.length > 0) {
    await w.db
      .updateTable('vote_roll_members')
      .set({ present: true })
      .where('round_id', '=', round.id)
      .where('id', 'in', present)
      .execute();
  }
  return audited(w, round, 'votes.attendance.record', { present: present.length, summoned: rollIds.size });
}
