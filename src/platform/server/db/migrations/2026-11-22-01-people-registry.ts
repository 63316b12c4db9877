import { sql, type Kysely } from 'kysely';

// Frozen once landed. People registry (module people): the personal record (form 2C) and its histories.
//
// Ordering: `name_sort_key` (collate "C") holds the Vietnamese key tên → đệm → họ (person-name.rules.ts),
// identical on PostgreSQL and PGlite. Search: `search_text` (lower-case, no diacritics) with LIKE, inside
// the caller's unit scope; a trigram index is not portable (PGlite loads pg_trgm only as an extension).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table people (
      id bigint generated always as identity primary key,
      ho_dem text not null,
      ten text not null,
      full_name text not null,
      name_sort_key text collate "C" not null,
      search_text text not null,
      other_names text,
      gender text not null check (gender in ('male', 'female')),
      date_of_birth date not null,
      birth_date_precision text not null default 'day' check (birth_date_precision in ('day', 'year')),
      birthplace text,
      home_town text,
      ethnicity text not null default 'Kinh',
      religion text not null default 'Không',
      id_number text check (id_number ~ '^[0-9]{12}$'),
      phone text,
      email text,
      address text,
      status text not null check (status in ('cadre', 'civil_servant', 'public_employee', 'worker')),
      unit_id bigint not null references org_units (id),
      education_general text,
      education_level text,
      education_major text,
      academic_title text,
      political_theory text,
      state_management text,
      languages text,
      it_level text,
      party_join_date date,
      party_official_date date,
      party_cell_id bigint references org_units (id),
      civil_service_rank text,
      civil_service_rank_code text,
      salary_step integer,
      salary_coefficient double precision,
      health text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1
    )`.execute(db);
  // A plain unique index (NULLs are distinct) so the importer can use ON CONFLICT (id_number).
  await sql`create unique index people_id_number_idx on people (id_number)`.execute(db);
  await sql`create index people_name_idx on people (name_sort_key, id)`.execute(db);
  await sql`create index people_unit_name_idx on people (unit_id, name_sort_key, id)`.execute(db);
  await sql`create index people_birth_idx on people (date_of_birth, id)`.execute(db);

  await sql`
    create table person_posts (
      id bigint generated always as identity primary key,
      person_id bigint not null references people (id),
      unit_id bigint not null references org_units (id),
      title text not null,
      title_search text not null,
      is_head boolean not null default false,
      is_deputy boolean not null default false,
      start_date date not null,
      end_date date,
      document_ref text,
      created_at timestamptz not null default now(),
      check (end_date is null or end_date >= start_date),
      check (not (is_head and is_deputy))
    )`.execute(db);
  await sql`create index person_posts_person_idx on person_posts (person_id, start_date)`.execute(db);
  await sql`create index person_posts_unit_idx on person_posts (unit_id) where end_date is null`.execute(db);

  await sql`
    create table person_management (
      id bigint generated always as identity primary key,
      person_id bigint not null references people (id),
      track text not null check (track in ('party', 'state')),
      management_body_id bigint not null references management_bodies (id),
      valid_from date not null,
      valid_to date,
      created_at timestamptz not null default now(),
      check (valid_to is null or valid_to >= valid_from)
    )`.execute(db);
  await sql`create index person_management_person_idx on person_management (person_id, track, valid_from)`.execute(db);
  await sql`create index person_management_body_idx on person_management (management_body_id) where valid_to is null`.execute(db);
  await sql`create unique index person_management_current_idx on person_management (person_id, track) where valid_to is null`.execute(
    db,
  );

  await sql`
    create table person_training (
      id bigint generated always as identity primary key,
      person_id bigint not null references people (id),
      institution text not null,
      major text,
      from_date date not null,
      to_date date,
      mode text,
      qualification text,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index person_training_person_idx on person_training (person_id)`.execute(db);

  await sql`
    create table person_salary_grades (
      id bigint generated always as identity primary key,
      person_id bigint not null references people (id),
      rank_name text,
      rank_code text,
      step integer,
      coefficient double precision,
      effective_date date not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index person_salary_grades_person_idx on person_salary_grades (person_id)`.execute(db);

  await sql`
    create table person_rewards (
      id bigint generated always as identity primary key,
      person_id bigint not null references people (id),
      form text not null,
      reason text,
      decided_on date not null,
      decision_ref text,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index person_rewards_person_idx on person_rewards (person_id, decided_on)`.execute(db);

  // Other modules (reviews, selection) read discipline by person and date.
  await sql`
    create table person_discipline (
      id bigint generated always as identity primary key,
      person_id bigint not null references people (id),
      form text not null,
      reason text not null,
      decided_on date not null,
      decision_ref text,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index person_discipline_person_idx on person_discipline (person_id, decided_on)`.execute(db);

  await sql`
    create table person_party_events (
      id bigint generated always as identity primary key,
      person_id bigint not null references people (id),
      kind text not null,
      event_date date not null,
      note text,
      document_ref text,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index person_party_events_person_idx on person_party_events (person_id, event_date)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'person_party_events',
    'person_discipline',
    'person_rewards',
    'person_salary_grades',
    'person_training',
    'person_management',
    'person_posts',
    'people',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
