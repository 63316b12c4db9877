import { sql, type Expression, type SqlBool } from 'kysely';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { inSubtrees, scopePaths } from '../../../platform/server/auth/scope.js';
import type { Db } from '../../../platform/server/db/database.js';
import { CommonErrors } from '../../../shared/app-error.js';
import { pageOffset } from '../../../shared/pagination.js';
import { viSearchText } from '../../../shared/vi-sort.js';
import { listSubtreeUnitIds } from '../../org/index.js';
import { ageBandBirthRange, localToday } from '../age-band.rules.js';
import { encodePeopleCursor, type PeopleCursor, type PeopleCursorKey } from '../people-list-cursor.js';
import { PEOPLE_EXACT_TOTAL_CAP, type ListPeopleQuery, type PeoplePage, type PersonSummary } from '../people.contract.js';
import { PEOPLE_READ_ROLES } from '../people.policy.js';
import { maskIdNumber } from '../person-id.rules.js';
import { mergedUnitsInScope } from './person-list-scope.queries.js';
import { keysetCondition, ordered, SORT_KEYS } from './person-list-order.queries.js';
import { likeContains, searchWords, wordCondition } from './person-list-search.queries.js';

export type PeopleFilter = Omit<ListPeopleQuery, 'page' | 'pageSize' | 'cursor'>;

/** The list's query without paging: scope, filters, order. Shared by the list page and the export. */
async function filteredQuery(db: Db, actor: AccountActor, filter: PeopleFilter, now: Date) {
  const paths = scopePaths(actor, PEOPLE_READ_ROLES);
  const unitId = filter.unitId;
  const [extra, unitIds] = await Promise.all([
    mergedUnitsInScope(db, paths),
    unitId === undefined ? null : listSubtreeUnitIds(db, unitId, { includeMergedPredecessors: true }),
  ]);

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
  for (const word of searchWords(filter.search)) q = q.where(wordCondition(word));
  return q;
}

type Filtered = Awaited<ReturnType<typeof filteredQuery>>;

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
  // The sort keys, for the cursors.
  'p.name_sort_key',
  'u.sort_key as unit_sort_key',
] as const;

const postTitles = sql<
  string[]
>`array(select pp.title from person_posts pp where pp.person_id = p.id and pp.end_date is null order by pp.is_head desc, pp.is_deputy desc, pp.start_date, pp.id)`;

function orderAndSelect(q: Filtered, sort: PeopleFilter['sort']) {
  return ordered(q.select(summaryColumns).select(postTitles.as('post_titles')), sort);
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

function rowKey(r: SummaryRow, sort: PeopleFilter['sort']): PeopleCursorKey[] {
  if (sort === 'dateOfBirth') return [r.date_of_birth, r.name_sort_key, r.id];
  if (sort === 'unit') return [r.unit_sort_key, r.unit_id, r.name_sort_key, r.id];
  return [r.name_sort_key, r.id];
}

/**
 * One page: the ids first (a narrow query the indexes answer, skipping `offset` rows or starting after
 * the cursor's key), then only those rows with their unit and posts (a deferred join, so the skipped
 * rows never have their posts looked up). One extra id tells whether the page has a neighbour.
 */
function pageIdsQuery(base: Filtered, query: ListPeopleQuery) {
  const cursor = query.cursor;
  let ids = ordered(base.select('p.id'), query.sort, { backwards: cursor?.side === 'before' }).limit(query.pageSize + 1);
  if (cursor) ids = ids.where(keysetCondition(cursor));
  else ids = ids.offset(pageOffset(query));
  return ids;
}

/** The page's rows with their unit and posts, in list order, by id (the second half of the deferred join). */
async function rowsByIds(db: Db, ids: readonly number[], query: ListPeopleQuery) {
  const backwards = query.cursor?.side === 'before';
  const rows =
    ids.length === 0
      ? []
      : await ordered(
          db
            .selectFrom('people as p')
            .innerJoin('org_units as u', 'u.id', 'p.unit_id')
            .select(summaryColumns)
            .select(postTitles.as('post_titles'))
            .where('p.id', 'in', ids),
          query.sort,
          { backwards },
        ).execute();
  const more = rows.length > query.pageSize;
  const page = rows.slice(0, query.pageSize);
  if (backwards) page.reverse();
  return { page, more };
}

/**
 * One page: the ids first (a narrow query the indexes answer, skipping `offset` rows or starting after
 * the cursor's key), then only those rows with their unit and posts (a deferred join, so the skipped
 * rows never have their posts looked up). One extra id tells whether the page has a neighbour.
 */
async function pageRows(db: Db, base: Filtered, query: ListPeopleQuery) {
  const ids = await pageIdsQuery(base, query).execute();
  return rowsByIds(
    db,
    ids.map((r) => r.id),
    query,
  );
}

/**
 * A search in one scan of the trigram index: its matches up to the cap, their number, and the page
 * taken from them (sorted, never found by walking the whole list in order). Above the cap the page is
 * the list's ordinary one (`undefined` here): so many matches are met soon in list order anyway.
 */
async function searchPage(db: Db, base: Filtered, query: ListPeopleQuery) {
  const keys = SORT_KEYS[query.sort];
  const matches = base
    .select('p.id')
    .select(keys.map((c, i) => sql.ref(c).as(`k${i}`)))
    .limit(PEOPLE_EXACT_TOTAL_CAP + 1);
  const refs = keys.map((_, i) => `m.k${i}`);
  const cursor = query.cursor;
  const direction = sql.raw(cursor?.side === 'before' ? 'desc' : 'asc');
  const pageIds = sql<
    (number | string)[]
  >`array(select m.id from m ${cursor ? sql`where ${keysetCondition(cursor, refs)}` : sql``}
    order by ${sql.join(refs.map((r) => sql`${sql.ref(r)} ${direction}`))}
    limit ${query.pageSize + 1} offset ${cursor ? 0 : pageOffset(query)})`;
  const found = await db
    .with('m', () => matches)
    .selectNoFrom([sql<number | string>`(select count(*) from m)`.as('n'), pageIds.as('ids')])
    .executeTakeFirstOrThrow();
  const n = Number(found.n);
  if (n > PEOPLE_EXACT_TOTAL_CAP) return undefined;
  const rows = await rowsByIds(db, found.ids.map(Number), query);
  return { rows, count: { total: n, totalIsExact: true } };
}

/** The total, counted exactly only up to the cap (a LIMIT inside the count stops the scan there). */
async function cappedTotal(db: Db, base: Filtered): Promise<{ total: number; totalIsExact: boolean }> {
  const upToCap = base.select(sql<number>`1`.as('one')).limit(PEOPLE_EXACT_TOTAL_CAP + 1);
  const row = await db
    .selectFrom(upToCap.as('c'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const n = Number(row.n);
  return n > PEOPLE_EXACT_TOTAL_CAP ? { total: PEOPLE_EXACT_TOTAL_CAP, totalIsExact: false } : { total: n, totalIsExact: true };
}

const CURSOR_OTHER_SORT = 'Con trỏ trang thuộc cách sắp xếp khác / The page cursor belongs to another sort order';

export async function listPeople(
  db: Db,
  actor: AccountActor,
  query: ListPeopleQuery,
  now: Date = new Date(),
): Promise<PeoplePage> {
  if (query.cursor && query.cursor.sort !== query.sort) {
    throw CommonErrors.VALIDATION_FAILED([{ field: 'query.cursor', message: CURSOR_OTHER_SORT }]);
  }
  const base = await filteredQuery(db, actor, query, now);
  let found = searchWords(query.search).length > 0 ? await searchPage(db, base, query) : undefined;
  if (found === undefined) {
    const [rows, count] = await Promise.all([pageRows(db, base, query), cappedTotal(db, base)]);
    found = { rows, count };
  }
  const { count } = found;
  const { page, more } = found.rows;
  const first = page[0];
  const last = page.at(-1);
  const cursorAt = (r: SummaryRow | undefined, side: PeopleCursor['side']) =>
    r === undefined ? null : encodePeopleCursor({ sort: query.sort, side, key: rowKey(r, query.sort) });
  const backwards = query.cursor?.side === 'before';
  // Forwards, the extra row says a next page exists; backwards, that a previous one does.
  const hasNext = backwards ? last !== undefined : more;
  const hasPrev = backwards ? more : query.cursor !== undefined || pageOffset(query) > 0;
  return {
    items: page.map(toSummary),
    ...count,
    page: query.page,
    pageSize: query.pageSize,
    nextCursor: hasNext ? cursorAt(last, 'after') : null,
    prevCursor: hasPrev ? cursorAt(first, 'before') : null,
  };
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
  // Chunk after chunk by keyset (each starts after the previous chunk's last row), never by OFFSET.
  let after: PeopleCursor | undefined;
  for (;;) {
    const q = orderAndSelect(base, filter.sort).limit(size);
    const rows = await (after ? q.where(keysetCondition(after)) : q).execute();
    if (rows.length > 0) yield rows.map(toSummary);
    const last = rows.at(-1);
    if (rows.length < size || last === undefined) return;
    after = { sort: filter.sort, side: 'after', key: rowKey(last, filter.sort) };
  }
}
