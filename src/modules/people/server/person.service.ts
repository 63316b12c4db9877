import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { localToday } from '../age-band.rules.js';
import type { PersonDetail, UpdatePersonInput } from '../people.contract.js';
import { idNumberTaken, invalidIdNumber, PeopleErrors, versionConflict } from '../people.errors.js';
import { canPlaceInUnit, canReadPerson, canSeeFullIdNumber, peopleAuthority, personAccess } from '../people.policy.js';
import { checkIdNumber, maskIdNumber } from '../person-id.rules.js';
import type { PersonInputParsed } from '../person.schemas.js';
import {
  findPersonRow,
  loadHistories,
  personProfileFields,
  personValues,
  rowToInput,
  successorPaths,
  type PersonRow,
} from './person.queries.js';

/** The row with the actor's access: 404 when they cannot read it. */
export async function requireReadablePerson(db: Db, actor: AccountActor, id: number, forUpdate = false): Promise<PersonRow> {
  const row = await findPersonRow(db, id, forUpdate);
  if (!row) throw CommonErrors.NOT_FOUND();
  const person = { unitPath: row.unit_path, successorPaths: [] as string[] };
  if (!canReadPerson(actor, person)) {
    person.successorPaths = await successorPaths(db, row.unit_merged_into_id);
    if (!canReadPerson(actor, person)) throw CommonErrors.NOT_FOUND();
  }
  return row;
}

/** 404 when the actor cannot read the person, 403 when they can read but not change the record. */
export async function requireEditablePerson(db: Db, actor: AccountActor, id: number): Promise<PersonRow> {
  const row = await requireReadablePerson(db, actor, id, true);
  if (personAccess(actor, { unitPath: row.unit_path }) !== 'write') throw CommonErrors.FORBIDDEN();
  return row;
}

export async function getPersonDetail(db: Db, actor: AccountActor, id: number): Promise<PersonDetail> {
  const row = await requireReadablePerson(db, actor, id);
  const full = canSeeFullIdNumber(actor, { unitPath: row.unit_path });
  const histories = await loadHistories(db, row.id);
  return {
    id: row.id,
    hoDem: row.ho_dem,
    ten: row.ten,
    fullName: row.full_name,
    otherNames: row.other_names,
    gender: row.gender as PersonDetail['gender'],
    dateOfBirth: row.date_of_birth,
    birthDatePrecision: row.birth_date_precision as PersonDetail['birthDatePrecision'],
    birthplace: row.birthplace,
    homeTown: row.home_town,
    ethnicity: row.ethnicity,
    religion: row.religion,
    idNumber: full ? row.id_number : null,
    idNumberMasked: maskIdNumber(row.id_number),
    phone: row.phone,
    email: row.email,
    address: row.address,
    status: row.status as PersonDetail['status'],
    unitId: row.unit_id,
    unitName: row.unit_name,
    ...personProfileFields(row),
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    ...histories,
    can: { edit: personAccess(actor, { unitPath: row.unit_path }) === 'write' },
  };
}

/** What the audit log keeps of a record: never the full ID number. */
export function personSnapshot(input: PersonInputParsed, version?: number) {
  return { ...input, idNumber: maskIdNumber(input.idNumber), ...(version === undefined ? {} : { version }) };
}

/** The record's own consistency: ID number against gender and birth year, dates in order. */
export function validatePerson(input: PersonInputParsed, today: string): void {
  if (input.idNumber) {
    const refusals = checkIdNumber(input.idNumber, input);
    if (refusals.length > 0) throw invalidIdNumber(refusals);
  }
  if (input.dateOfBirth > today) {
    throw PeopleErrors.BIRTH_DATE_IN_FUTURE([{ field: 'body.dateOfBirth', message: 'Ngày sinh không được sau ngày hôm nay' }]);
  }
  if (input.partyJoinDate && input.partyOfficialDate && input.partyOfficialDate < input.partyJoinDate) {
    throw PeopleErrors.PARTY_DATES_ORDER([
      { field: 'body.partyOfficialDate', message: 'Ngày chính thức không được trước ngày vào Đảng' },
    ]);
  }
}

/** A unit the actor may place people in: 404 unseen, 403 read-only, 422 inactive. */
async function requirePlaceableUnit(db: Db, actor: AccountActor, unitId: number, field: string) {
  const unit = await db.selectFrom('org_units').select(['id', 'path', 'status']).where('id', '=', unitId).executeTakeFirst();
  if (!unit || !canReadPerson(actor, { unitPath: unit.path })) throw CommonErrors.NOT_FOUND();
  if (!canPlaceInUnit(actor, unit.path)) throw CommonErrors.FORBIDDEN();
  if (unit.status !== 'active') throw PeopleErrors.UNIT_NOT_AVAILABLE([{ field, message: 'Đơn vị đã ngừng hoạt động' }]);
  return unit;
}

async function assertIdNumberFree(db: Db, idNumber: string | null | undefined, exceptId: number | null): Promise<void> {
  if (!idNumber) return;
  let q = db.selectFrom('people').select('id').where('id_number', '=', idNumber);
  if (exceptId !== null) q = q.where('id', '<>', exceptId);
  if (await q.executeTakeFirst()) throw idNumberTaken();
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown }).code === '23505';
}

export async function createPerson(
  db: Db,
  actor: AccountActor,
  audit: AuditContext,
  input: PersonInputParsed,
): Promise<PersonDetail> {
  const unit = await requirePlaceableUnit(db, actor, input.unitId, 'body.unitId');
  validatePerson(input, localToday(audit.now()));
  await assertIdNumberFree(db, input.idNumber, null);
  let id: number;
  try {
    ({ id } = await db
      .insertInto('people')
      .values({ ...personValues(input), created_at: audit.now(), updated_at: audit.now() })
      .returning('id')
      .executeTakeFirstOrThrow());
  } catch (error) {
    throw isUniqueViolation(error) ? idNumberTaken() : error;
  }
  await recordAudit(db, audit, {
    action: 'people.person.create',
    entityType: 'person',
    entityId: id,
    unitId: unit.id,
    authority: peopleAuthority(actor, [unit.path]),
    after: personSnapshot(input, 1),
  });
  return getPersonDetail(db, actor, id);
}

export async function updatePerson(
  db: Db,
  actor: AccountActor,
  audit: AuditContext,
  id: number,
  patch: UpdatePersonInput,
): Promise<PersonDetail> {
  const row = await requireEditablePerson(db, actor, id);
  if (patch.version !== row.version) throw versionConflict(row.version, patch.version);
  const before = rowToInput(row);
  const { version: _version, ...fields } = patch;
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const next = { ...before, ...defined } as PersonInputParsed;
  const paths = [row.unit_path];
  if (next.unitId !== row.unit_id) {
    const unit = await requirePlaceableUnit(db, actor, next.unitId, 'body.unitId');
    paths.push(unit.path);
  }
  validatePerson(next, localToday(audit.now()));
  if (next.idNumber !== before.idNumber) await assertIdNumberFree(db, next.idNumber, row.id);
  try {
    await db
      .updateTable('people')
      .set((eb) => ({ ...personValues(next), version: eb('version', '+', 1), updated_at: audit.now() }))
      .where('id', '=', row.id)
      .execute();
  } catch (error) {
    throw isUniqueViolation(error) ? idNumberTaken() : error;
  }
  await recordAudit(db, audit, {
    action: 'people.person.update',
    entityType: 'person',
    entityId: row.id,
    unitId: next.unitId,
    authority: peopleAuthority(actor, paths),
    before: personSnapshot(before, row.version),
    after: personSnapshot(next, row.version + 1),
  });
  return getPersonDetail(db, actor, row.id);
}
