import type { Db } from '../../../platform/server/db/database.js';
import type { PersonDetail } from '../people.contract.js';
import type { PersonInputParsed } from '../person.schemas.js';
import { joinFullName, personNameSortKey, personSearchText } from '../person-name.rules.js';
import type { Gender } from '../people-codes.js';

interface NameValues {
  readonly fullName: string;
  readonly sortKey: string;
  /** `personSearchText(fullName, null, null)`. */
  readonly searchText: string;
}

// The name columns of (họ đệm, tên), cached: an import of 500,000 people has far fewer distinct names.
// Bounded: once full, further names are computed each time.
const NAME_CACHE_MAX = 200_000;
const nameCache = new Map<string, Map<string, NameValues>>();
let nameCacheSize = 0;

function nameValues(hoDem: string, ten: string): NameValues {
  let byTen = nameCache.get(hoDem);
  const cached = byTen?.get(ten);
  if (cached) return cached;
  const fullName = joinFullName(hoDem, ten);
  const values = {
    fullName,
    sortKey: personNameSortKey(hoDem, ten),
    searchText: personSearchText(fullName, null, null),
  };
  if (nameCacheSize < NAME_CACHE_MAX) {
    if (!byTen) nameCache.set(hoDem, (byTen = new Map()));
    byTen.set(ten, values);
    nameCacheSize += 1;
  }
  return values;
}

const DIGITS = /^\d+$/;

/** `personSearchText(fullName, otherNames, idNumber)`, from the name's cached part when that is the same. */
function searchText(name: NameValues, otherNames: string | null | undefined, idNumber: string | null | undefined): string {
  // With a non-empty (already clean) name and no other names, the search text is the name's, then the
  // ID number's digits (which fold to themselves) after one space.
  if (!otherNames && name.fullName !== '') {
    if (!idNumber) return name.searchText;
    if (DIGITS.test(idNumber)) return `${name.searchText} ${idNumber}`;
  }
  return personSearchText(name.fullName, otherNames, idNumber);
}

/** The columns the record's input maps to (name keys computed here, so every writer stores the same). */
export function personValues(input: PersonInputParsed) {
  const name = nameValues(input.hoDem, input.ten);
  return {
    ho_dem: input.hoDem,
    ten: input.ten,
    full_name: name.fullName,
    name_sort_key: name.sortKey,
    search_text: searchText(name, input.otherNames, input.idNumber),
    other_names: input.otherNames ?? null,
    gender: input.gender,
    date_of_birth: input.dateOfBirth,
    birth_date_precision: input.birthDatePrecision,
    birthplace: input.birthplace ?? null,
    home_town: input.homeTown ?? null,
    ethnicity: input.ethnicity,
    religion: input.religion,
    id_number: input.idNumber ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    address: input.address ?? null,
    status: input.status,
    unit_id: input.unitId,
    education_general: input.educationGeneral ?? null,
    education_level: input.educationLevel ?? null,
    education_major: input.educationMajor ?? null,
    academic_title: input.academicTitle ?? null,
    political_theory: input.politicalTheory ?? null,
    state_management: input.stateManagement ?? null,
    languages: input.languages ?? null,
    it_level: input.itLevel ?? null,
    party_join_date: input.partyJoinDate ?? null,
    party_official_date: input.partyOfficialDate ?? null,
    party_cell_id: input.partyCellId ?? null,
    civil_service_rank: input.civilServiceRank ?? null,
    civil_service_rank_code: input.civilServiceRankCode ?? null,
    salary_step: input.salaryStep ?? null,
    salary_coefficient: input.salaryCoefficient ?? null,
    health: input.health ?? null,
  };
}
export type PersonValues = ReturnType<typeof personValues>;

/** The person's row with its unit, as loaded for the policy and the detail. */
export async function findPersonRow(db: Db, id: number, forUpdate = false) {
  let q = db
    .selectFrom('people as p')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .selectAll('p')
    .select(['u.path as unit_path', 'u.name as unit_name', 'u.status as unit_status', 'u.merged_into_id as unit_merged_into_id'])
    .where('p.id', '=', id);
  if (forUpdate) q = q.forUpdate('p');
  return q.executeTakeFirst();
}
export type PersonRow = NonNullable<Awaited<ReturnType<typeof findPersonRow>>>;

/** Paths of the units `mergedIntoId` leads to, nearest first (a merged unit's records stay readable). */
export async function successorPaths(db: Db, mergedIntoId: number | null): Promise<string[]> {
  const paths: string[] = [];
  const seen = new Set<number>();
  let next = mergedIntoId;
  while (next !== null && !seen.has(next)) {
    seen.add(next);
    const unit = await db.selectFrom('org_units').select(['path', 'merged_into_id']).where('id', '=', next).executeTakeFirst();
    if (!unit) break;
    paths.push(unit.path);
    next = unit.merged_into_id;
  }
  return paths;
}

/** The education, party and salary fields, the same in the detail and in the input's shape. */
export function personProfileFields(row: PersonRow) {
  return {
    educationGeneral: row.education_general,
    educationLevel: row.education_level as PersonDetail['educationLevel'],
    educationMajor: row.education_major,
    academicTitle: row.academic_title,
    politicalTheory: row.political_theory as PersonDetail['politicalTheory'],
    stateManagement: row.state_management,
    languages: row.languages,
    itLevel: row.it_level,
    partyJoinDate: row.party_join_date,
    partyOfficialDate: row.party_official_date,
    partyCellId: row.party_cell_id,
    civilServiceRank: row.civil_service_rank,
    civilServiceRankCode: row.civil_service_rank_code,
    salaryStep: row.salary_step,
    salaryCoefficient: row.salary_coefficient,
    health: row.health,
  };
}

/** The record back in the input's shape (for PATCH merges and the audit). */
export function rowToInput(row: PersonRow): PersonInputParsed {
  return {
    hoDem: row.ho_dem,
    ten: row.ten,
    otherNames: row.other_names,
    gender: row.gender as Gender,
    dateOfBirth: row.date_of_birth,
    birthDatePrecision: row.birth_date_precision as 'day' | 'year',
    birthplace: row.birthplace,
    homeTown: row.home_town,
    ethnicity: row.ethnicity as PersonInputParsed['ethnicity'],
    religion: row.religion,
    idNumber: row.id_number,
    phone: row.phone,
    email: row.email,
    address: row.address,
    status: row.status as PersonInputParsed['status'],
    unitId: row.unit_id,
    ...personProfileFields(row),
  };
}

type Histories = Pick<
  PersonDetail,
  'posts' | 'management' | 'training' | 'salaryGrades' | 'rewards' | 'discipline' | 'partyEvents'
>;

/** Every history of one person, newest first. */
export async function loadHistories(db: Db, personId: number): Promise<Histories> {
  const [posts, management, training, salaryGrades, rewards, discipline, partyEvents] = await Promise.all([
    db
      .selectFrom('person_posts as pp')
      .innerJoin('org_units as u', 'u.id', 'pp.unit_id')
      .select([
        'pp.id',
        'pp.unit_id',
        'u.name as unit_name',
        'pp.title',
        'pp.is_head',
        'pp.is_deputy',
        'pp.start_date',
        'pp.end_date',
        'pp.document_ref',
      ])
      .where('pp.person_id', '=', personId)
      .orderBy('pp.start_date', 'desc')
      .orderBy('pp.id', 'desc')
      .execute(),
    db
      .selectFrom('person_management as pm')
      .innerJoin('management_bodies as b', 'b.id', 'pm.management_body_id')
      .select(['pm.id', 'pm.track', 'pm.management_body_id', 'b.name', 'pm.valid_from', 'pm.valid_to'])
      .where('pm.person_id', '=', personId)
      .orderBy('pm.valid_from', 'desc')
      .orderBy('pm.id', 'desc')
      .execute(),
    db
      .selectFrom('person_training')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('from_date', 'desc')
      .orderBy('id', 'desc')
      .execute(),
    db
      .selectFrom('person_salary_grades')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('effective_date', 'desc')
      .orderBy('id', 'desc')
      .execute(),
    db
      .selectFrom('person_rewards')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('decided_on', 'desc')
      .orderBy('id', 'desc')
      .execute(),
    db
      .selectFrom('person_discipline')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('decided_on', 'desc')
      .orderBy('id', 'desc')
      .execute(),
    db
      .selectFrom('person_party_events')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('event_date', 'desc')
      .orderBy('id', 'desc')
      .execute(),
  ]);
  return {
    posts: posts.map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      unitName: r.unit_name,
      title: r.title,
      isHead: r.is_head,
      isDeputy: r.is_deputy,
      startDate: r.start_date,
      endDate: r.end_date,
      documentRef: r.document_ref,
    })),
    management: management.map((r) => ({
      id: r.id,
      track: r.track as 'party' | 'state',
      managementBodyId: r.management_body_id,
      managementBodyName: r.name,
      validFrom: r.valid_from,
      validTo: r.valid_to,
    })),
    training: training.map((r) => ({
      id: r.id,
      institution: r.institution,
      major: r.major,
      fromDate: r.from_date,
      toDate: r.to_date,
      mode: r.mode,
      qualification: r.qualification,
    })),
    salaryGrades: salaryGrades.map((r) => ({
      id: r.id,
      rankName: r.rank_name,
      rankCode: r.rank_code,
      step: r.step,
      coefficient: r.coefficient,
      effectiveDate: r.effective_date,
    })),
    rewards: rewards.map((r) => ({
      id: r.id,
      form: r.form,
      reason: r.reason,
      decidedOn: r.decided_on,
      decisionRef: r.decision_ref,
    })),
    discipline: discipline.map((r) => ({
      id: r.id,
      form: r.form as PersonDetail['discipline'][number]['form'],
      reason: r.reason,
      decidedOn: r.decided_on,
      decisionRef: r.decision_ref,
    })),
    partyEvents: partyEvents.map((r) => ({
      id: r.id,
      kind: r.kind as PersonDetail['partyEvents'][number]['kind'],
      eventDate: r.event_date,
      note: r.note,
      documentRef: r.document_ref,
    })),
  };
}
