import type { z } from 'zod';
import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { viSearchText } from '../../../shared/vi-sort.js';
import type {
  AddDisciplineInputSchema,
  AddPartyEventInputSchema,
  AddPostInputSchema,
  AddRewardInputSchema,
  AddSalaryGradeInputSchema,
  AddTrainingInputSchema,
  EndPostInputSchema,
  HistoryKind,
  PersonDetail,
  SetManagementInputSchema,
} from '../people.contract.js';
import { managementBodyFitsTrack, type UnitTrack } from '../management-track.rules.js';
import { PeopleErrors } from '../people.errors.js';
import { canReadPerson, peopleAuthority } from '../people.policy.js';
import { getPersonDetail, requireEditablePerson } from './person.service.js';
import type { PersonRow } from './person.queries.js';

/** The table behind each history kind. */
export const HISTORY_TABLES = {
  posts: 'person_posts',
  management: 'person_management',
  training: 'person_training',
  'salary-grades': 'person_salary_grades',
  rewards: 'person_rewards',
  discipline: 'person_discipline',
  'party-events': 'person_party_events',
} as const satisfies Record<HistoryKind, string>;

interface HistoryWrite {
  readonly db: Db;
  readonly actor: AccountActor;
  readonly audit: AuditContext;
  readonly personId: number;
}

async function audited(
  w: HistoryWrite,
  row: PersonRow,
  action: string,
  entityId: number,
  change: { before?: unknown; after?: unknown },
  extraPaths: readonly string[] = [],
): Promise<PersonDetail> {
  await w.db
    .updateTable('people')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: w.audit.now() }))
    .where('id', '=', row.id)
    .execute();
  await recordAudit(w.db, w.audit, {
    action,
    entityType: 'person',
    entityId: row.id,
    unitId: row.unit_id,
    authority: peopleAuthority(w.actor, [row.unit_path, ...extraPaths]),
    before: change.before === undefined ? undefined : { itemId: entityId, ...(change.before as object) },
    after: change.after === undefined ? undefined : { itemId: entityId, ...(change.after as object) },
  });
  return getPersonDetail(w.db, w.actor, row.id);
}

export async function addPost(w: HistoryWrite, input: z.output<typeof AddPostInputSchema>): Promise<PersonDetail> {
  const row = await requireEditablePerson(w.db, w.actor, w.personId);
  const unit = await w.db.selectFrom('org_units').select(['id', 'path']).where('id', '=', input.unitId).executeTakeFirst();
  // A concurrent post may be in another unit (a party committee, say): it must exist and be visible to the actor.
  if (!unit || !canReadPerson(w.actor, { unitPath: unit.path })) {
    throw PeopleErrors.UNIT_NOT_AVAILABLE([{ field: 'body.unitId', message: 'Đơn vị không tồn tại hoặc ngoài phạm vi của bạn' }]);
  }
  const { id } = await w.db
    .insertInto('person_posts')
    .values({
      person_id: row.id,
      unit_id: input.unitId,
      title: input.title,
      title_search: viSearchText(input.title),
      is_head: input.isHead,
      is_deputy: input.isDeputy,
      start_date: input.startDate,
      document_ref: input.documentRef ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return audited(w, row, 'people.post.add', id, { after: input });
}

export async function endPost(
  w: HistoryWrite,
  postId: number,
  input: z.output<typeof EndPostInputSchema>,
): Promise<PersonDetail> {
  const row = await requireEditablePerson(w.db, w.actor, w.personId);
  const post = await w.db
    .selectFrom('person_posts')
    .selectAll()
    .where('id', '=', postId)
    .where('person_id', '=', row.id)
    .forUpdate()
    .executeTakeFirst();
  if (!post) throw CommonErrors.NOT_FOUND();
  if (post.end_date !== null) throw PeopleErrors.POST_ALREADY_ENDED();
  if (input.endDate < post.start_date) {
    throw PeopleErrors.DATE_ORDER([{ field: 'body.endDate', message: 'Ngày kết thúc không được trước ngày bắt đầu' }]);
  }
  await w.db
    .updateTable('person_posts')
    .set({ end_date: input.endDate, document_ref: input.documentRef ?? post.document_ref })
    .where('id', '=', post.id)
    .execute();
  return audited(w, row, 'people.post.end', post.id, { before: { endDate: null }, after: input });
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Sets the management body of one track; the current one of that track ends the day before. */
export async function setManagement(w: HistoryWrite, input: z.output<typeof SetManagementInputSchema>): Promise<PersonDetail> {
  const row = await requireEditablePerson(w.db, w.actor, w.personId);
  const body = await w.db
    .selectFrom('management_bodies as b')
    .innerJoin('org_units as u', 'u.id', 'b.unit_id')
    .select(['b.id', 'b.valid_to', 'u.track'])
    .where('b.id', '=', input.managementBodyId)
    .executeTakeFirst();
  if (!body || body.valid_to !== null) {
    throw PeopleErrors.MANAGEMENT_BODY_NOT_AVAILABLE([
      { field: 'body.managementBodyId', message: 'Cơ quan quản lý không khả dụng' },
    ]);
  }
  if (!managementBodyFitsTrack(input.track, body.track as UnitTrack)) {
    throw PeopleErrors.MANAGEMENT_BODY_WRONG_TRACK([
      {
        field: 'body.managementBodyId',
        message:
          input.track === 'party'
            ? 'Diện quản lý bên Đảng phải là cơ quan của tổ chức đảng'
            : 'Diện quản lý bên chính quyền không thể là cơ quan của tổ chức đảng',
      },
    ]);
  }
  const current = await w.db
    .selectFrom('person_management')
    .selectAll()
    .where('person_id', '=', row.id)
    .where('track', '=', input.track)
    .where('valid_to', 'is', null)
    .forUpdate()
    .executeTakeFirst();
  if (current) {
    if (input.validFrom <= current.valid_from) {
      throw PeopleErrors.DATE_NOT_AFTER_CURRENT([
        { field: 'body.validFrom', message: 'Ngày hiệu lực phải sau ngày bắt đầu hiện tại' },
      ]);
    }
    await w.db
      .updateTable('person_management')
      .set({ valid_to: dayBefore(input.validFrom) })
      .where('id', '=', current.id)
      .execute();
  }
  const { id } = await w.db
    .insertInto('person_management')
    .values({ person_id: row.id, track: input.track, management_body_id: input.managementBodyId, valid_from: input.validFrom })
    .returning('id')
    .executeTakeFirstOrThrow();
  const before = current ? { previousId: current.id, managementBodyId: current.management_body_id, validTo: null } : undefined;
  return audited(w, row, 'people.management.set', id, { before, after: input });
}

export async function addTraining(w: HistoryWrite, input: z.output<typeof AddTrainingInputSchema>): Promise<PersonDetail> {
  const row = await requireEditablePerson(w.db, w.actor, w.personId);
  if (input.toDate && input.toDate < input.fromDate) {
    throw PeopleErrors.DATE_ORDER([{ field: 'body.toDate', message: 'Ngày kết thúc không được trước ngày bắt đầu' }]);
  }
  const { id } = await w.db
    .insertInto('person_training')
    .values({
      person_id: row.id,
      institution: input.institution,
      major: input.major ?? null,
      from_date: input.fromDate,
      to_date: input.toDate ?? null,
      mode: input.mode ?? null,
      qualification: input.qualification ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return audited(w, row, 'people.training.add', id, { after: input });
}

export async function addSalaryGrade(w: HistoryWrite, input: z.output<typeof AddSalaryGradeInputSchema>): Promise<PersonDetail> {
  const row = await requireEditablePerson(w.db, w.actor, w.personId);
  const { id } = await w.db
    .insertInto('person_salary_grades')
    .values({
      person_id: row.id,
      rank_name: input.rankName ?? null,
      rank_code: input.rankCode ?? null,
      step: input.step ?? null,
      coefficient: input.coefficient ?? null,
      effective_date: input.effectiveDate,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return audited(w, row, 'people.salary-grade.add', id, { after: input });
}

export async function addReward(w: HistoryWrite, input: z.output<typeof AddRewardInputSchema>): Promise<PersonDetail> {
  const row = await requireEditablePerson(w.db, w.actor, w.personId);
  const { id } = await w.db
    .insertInto('person_rewards')
    .values({
      person_id: row.id,
      form: input.form,
      reason: input.reason ?? null,
      decided_on: input.decidedOn,
      decision_ref: input.decisionRef ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return audited(w, row, 'people.reward.add', id, { after: input });
}

export async function addDiscipline(w: HistoryWrite, input: z.output<typeof AddDisciplineInputSchema>): Promise<PersonDetail> {
  const row = await requireEditablePerson(w.db, w.actor, w.personId);
  const { id } = await w.db
    .insertInto('person_discipline')
    .values({
      person_id: row.id,
      form: input.form,
      reason: input.reason,
      decided_on: input.decidedOn,
      decision_ref: input.decisionRef ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return audited(w, row, 'people.discipline.add', id, { after: input });
}

export async function addPartyEvent(w: HistoryWrite, input: z.output<typeof AddPartyEventInputSchema>): Promise<PersonDetail> {
  const row = await requireEditablePerson(w.db, w.actor, w.personId);
  const { id } = await w.db
    .insertInto('person_party_events')
    .values({
      person_id: row.id,
      kind: input.kind,
      event_date: input.eventDate,
      note: input.note ?? null,
      document_ref: input.documentRef ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return audited(w, row, 'people.party-event.add', id, { after: input });
}

/** Deletes a wrongly entered history entry; the audit keeps the entry as `before`. */
export async function deleteHistoryItem(w: HistoryWrite, kind: HistoryKind, itemId: number): Promise<PersonDetail> {
  const row = await requireEditablePerson(w.db, w.actor, w.personId);
  const table = HISTORY_TABLES[kind];
  const item = await w.db
    .selectFrom(table)
    .selectAll()
    .where('id', '=', itemId)
    .where('person_id', '=', row.id)
    .executeTakeFirst();
  if (!item) throw CommonErrors.NOT_FOUND();
  await w.db.deleteFrom(table).where('id', '=', itemId).execute();
  const { person_id: _p, created_at: _c, id: _i, ...before } = item as Record<string, unknown>;
  return audited(w, row, `people.${kind}.delete`, itemId, { before });
}
