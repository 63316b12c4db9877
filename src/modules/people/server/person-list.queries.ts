import { sql, type Expression, type SqlBool } from 'kysely';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { inSubtrees, scopePaths } from '../../../platform/server/auth/scope.js';
import type { Db } from '../../../platform/server/db/database.js';
import { pageOffset } from '../../../shared/pagination.js';
import { viSearchText } from '../../../shared/vi-sort.js';
import { listSubtreeUnitIds } from '../../org/index.js';
import { ageBandBirthRange, localToday } from '../age-band.rules.js';
import type { ListPeopleQuery, PersonSummary } from '../people.contract.js';
import { PEOPLE_READ_ROLES } from '../people.policy.js';
import { maskIdNumber } from '../person-id.rules.js';

export type PeopleFilter = Omit<ListPeopleQuery, 'page' | 'pageSize'>;

function likeContains(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Units merged (transitively) into a unit the actor covers, with their subtrees: people kept under an
 * old unit stay visible to whoever holds its successor. Merged units are few; this is cheap.
 */
async function mergedUnitsInScope(db: Db, paths: readonly string[]): Promise<number[]> {
  if (paths.length === 0) return [];
  const merged = await db
    .selectFrom('org_units as m')
    .innerJoin('org_units as s', 's.id', 'm.merged_into_id')
    .select(['m.id', 'm.path', 's.path as successor_path'])
    .where('m.status', '=', 'merged')
    .execute();
  if (merged.length === 0) return [];
  const covered = (p: string) => paths.some((q) => p.startsWith(q));
  const roots = merged.filter((m) => !covered(m.path) && covered(m.successor_path));
  const ids = new Set<number>();
  for (const root of roots)
    for (const id of await listSubtreeUnitIds(db, root.id, { includeMergedPredecessors: true })) ids.add(id);
  return [...ids];
}

/** The list's query without paging: scope, filters, order. Shared by the list page and the export. */
async function filteredQuery(db: Db, actor: AccountActor, filter: PeopleFilter, now: Date) {
  const paths = scopePaths(actor, PEOPLE_READ_ROLES);
  const extra = await mergedUnitsInScope(db, paths);
  const unitIds =
    filter.unitId === undefined ? null : await listSubtreeUnitIds(db, filter.unitId, { includeMergedPredecessors: true });

  let q = db.selectFrom('people as p').innerJoin('org_units as u', 'u.id', 'p.unit_id');
  q = q.where((eb) => {
    const scope: Expression<SqlBool>[] = [inSubtrees(eb.ref('u.path'), paths)];
    if (extra.length > 0) scope.push(eb('p.unit_id', 'in', extra));
    return eb.or(scope);
  });
  if (unitIds !== null) q = unitIds.length === 0 ? q.where(sql<SqlBool>`false`) : q.where('p.unit_id', 'in', unitIds);
  if (filter.status) q = q.where('p.status', '=', filter.status);
  if (filter.gender) q = q.where('p.gender', '=', filter.gender);
  if (filter.educationLevel) q = q.where('p.education_level', '=', filter.educationLevel);
  if (filter.politicalTheory) q = q.where('p.political_theory', '=', filter.politicalTheory);
  if (filter.partyMember !== undefined) {
    q = q.where('p.party_join_date', filter.partyMember ? 'is not' : 'is', null);
  }
  if (filter.ageBand) {
    const { from, to } = ageBandBirthRange(filter.ageBand, localToday(now));
    if (from !== null) q = q.where('p.date_of_birth', '>=', from);
    if (to !== null) q = q.where('p.date_of_birth', '<=', to);
  }
  if (filter.managementBodyId !== undefined) {
    const bodyId = filter.managementBodyId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('person_management as pm')
          .select('pm.id')
          .whereRef('pm.person_id', '=', 'p.id')
          .where('pm.management_body_id', '=', bodyId)
          .where('pm.valid_to', 'is', null),
      ),
    );
  }
  const postTitle = filter.postTitle ? viSearchText(filter.postTitle) : '';
  if (postTitle !== '') {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('person_posts as pp')
          .select('pp.id')
          .whereRef('pp.person_id', '=', 'p.id')
          .where('pp.end_date', 'is', null)
          .where(sql<SqlBool>`pp.title_search like ${likeContains(postTitle)}`),
      ),
    );
  }
  // Every word must occur in the name, other names or ID number ("nguyen anh" finds "Nguyễn Văn Ánh").
  const words = filter.search
    ? viSearchText(filter.search)
        .split(' ')
        .filter((w) => w !== '')
    : [];
  for (const word of words) q = q.where(sql<SqlBool>`p.search_text like ${likeContains(word)}`);
  return q;
}

const summaryColumns = [
  'p.id',
  'p.ho_dem',
  'p.ten',
  'p.full_name',
  'p.gender',
  'p.date_of_birth',
  'p.birth_date_precision',
  'p.status',
  'p.unit_id',
  'u.name as unit_name',
  'p.id_number',
  'p.party_join_date',
  'p.education_level',
  'p.political_theory',
] as const;

function orderAndSelect(q: Awaited<ReturnType<typeof filteredQuery>>, sort: PeopleFilter['sort']) {
  let s = q
    .select(summaryColumns)
    .select(
      sql<
        string[]
      >`array(select pp.title from person_posts pp where pp.person_id = p.id and pp.end_date is null order by pp.is_head desc, pp.is_deputy desc, pp.start_date, pp.id)`.as(
        'post_titles',
      ),
    );
  if (sort === 'dateOfBirth') s = s.orderBy('p.date_of_birth').orderBy('p.name_sort_key');
  else if (sort === 'unit') s = s.orderBy('u.sort_key').orderBy('u.id').orderBy('p.name_sort_key');
  else s = s.orderBy('p.name_sort_key');
  return s.orderBy('p.id');
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof orderAndSelect>['execute']>>[number];

function toSummary(r: SummaryRow): PersonSummary {
  return {
    id: r.id,
    hoDem: r.ho_dem,
    ten: r.ten,
    fullName: r.full_name,
    gender: r.gender as PersonSummary['gender'],
    dateOfBirth: r.date_of_birth,
    birthDatePrecision: r.birth_date_precision as PersonSummary['birthDatePrecision'],
    status: r.status as PersonSummary['status'],
    unitId: r.unit_id,
    unitName: r.unit_name,
    idNumberMasked: maskIdNumber(r.id_number),
    partyMember: r.party_join_date !== null,
    educationLevel: r.education_level as PersonSummary['educationLevel'],
    politicalTheory: r.political_theory as PersonSummary['politicalTheory'],
    postTitles: r.post_titles ?? [],
  };
}

export async function listPeople(
  db: Db,
  actor: AccountActor,
  query: ListPeopleQuery,
  now: Date = new Date(),
): Promise<{ items: PersonSummary[]; total: number; page: number; pageSize: number }> {
  const base = await filteredQuery(db, actor, query, now);
  const [rows, count] = await Promise.all([
    orderAndSelect(base, query.sort).limit(query.pageSize).offset(pageOffset(query)).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toSummary), total: Number(count.n), page: query.page, pageSize: query.pageSize };
}

export const EXPORT_CHUNK_SIZE = 2000;

/** The same rows as the list, unpaged, in chunks (for the export): `for await (const rows of …)`. */
export async function* listPeopleForExport(
  db: Db,
  actor: AccountActor,
  filter: PeopleFilter,
  options: { chunkSize?: number; now?: Date } = {},
): AsyncGenerator<PersonSummary[]> {
  const size = options.chunkSize ?? EXPORT_CHUNK_SIZE;
  const base = await filteredQuery(db, actor, filter, options.now ?? new Date());
  for (let offset = 0; ; offset += size) {
    const rows = await orderAndSelect(base, filter.sort).limit(size).offset(offset).execute();
    if (rows.length > 0) yield rows.map(toSummary);
    if (rows.length < size) return;
  }
}
