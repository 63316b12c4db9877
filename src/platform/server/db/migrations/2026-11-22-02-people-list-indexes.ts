import { sql, type Kysely } from 'kysely';

// Frozen once landed. People list at province scale (docs/decisions/008-people-list-at-scale.md).
//
// - `pg_trgm` on both backends (PGlite loads it from `@electric-sql/pglite/contrib/pg_trgm` in
//   database.ts; on a server it is a trusted extension): a trigram GIN index on `search_text` (name,
//   other names and ID number, lower-case without diacritics) serves `like '%word%'` for words of 3
//   characters or more and `~ '(^| )wo'` (a word's start) for shorter ones.
// - The keyset orders of the list, covering the unit (index-only scans for the page's ids, skipping
//   the heap): (name_sort_key, id) include (unit_id) replaces (name_sort_key, id);
//   (date_of_birth, name_sort_key, id) include (unit_id) replaces (date_of_birth, id), which it also
//   serves for the age-band filter; units in (sort_key, id) order let the "by unit" list
//   walk units in order and each unit's people by people_unit_name_idx (an incremental sort, no
//   sort of the whole scope).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create index people_search_trgm_idx on people using gin (search_text gin_trgm_ops)`.execute(db);
  // `include (unit_id)`: the page's ids come from an index-only scan joined to the unit for the scope.
  await sql`create index people_name_unit_idx on people (name_sort_key, id) include (unit_id)`.execute(db);
  await sql`drop index people_name_idx`.execute(db);
  await sql`create index people_birth_name_idx on people (date_of_birth, name_sort_key, id) include (unit_id)`.execute(db);
  await sql`drop index people_birth_idx`.execute(db);
  await sql`create index org_units_sort_idx on org_units (sort_key, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index org_units_sort_idx`.execute(db);
  await sql`create index people_birth_idx on people (date_of_birth, id)`.execute(db);
  await sql`drop index people_birth_name_idx`.execute(db);
  await sql`create index people_name_idx on people (name_sort_key, id)`.execute(db);
  await sql`drop index people_name_unit_idx`.execute(db);
  await sql`drop index people_search_trgm_idx`.execute(db);
}
