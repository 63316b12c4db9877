import { sql, type Kysely } from 'kysely';

// Frozen once landed. Organization tree with history (module org).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table org_units (
      id bigint generated always as identity primary key,
      parent_id bigint references org_units (id),
      path text collate "C" not null,
      depth integer not null,
      track text not null check (track in ('party', 'state', 'mass')),
      kind text not null,
      code text not null,
      name text not null,
      short_name text,
      sort_key text collate "C" not null,
      search_text text not null,
      valid_from date not null,
      valid_to date,
      status text not null default 'active' check (status in ('active', 'merged', 'dissolved')),
      merged_into_id bigint references org_units (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      check ((status = 'active') = (valid_to is null)),
      check ((status = 'merged') = (merged_into_id is not null))
    )`.execute(db);
  await sql`create unique index org_units_path_idx on org_units (path)`.execute(db);
  await sql`create index org_units_parent_idx on org_units (parent_id, sort_key)`.execute(db);
  await sql`create unique index org_units_active_code_idx on org_units (lower(code)) where status = 'active'`.execute(db);
  await sql`
    create table org_unit_events (
      id bigint generated always as identity primary key,
      unit_id bigint not null references org_units (id),
      kind text not null,
      effective_date date not null,
      document_ref text,
      note text,
      related_unit_id bigint references org_units (id),
      before jsonb,
      after jsonb,
      account_id bigint,
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index org_unit_events_unit_idx on org_unit_events (unit_id, id)`.execute(db);
  await sql`create index org_unit_events_related_idx on org_unit_events (related_unit_id)`.execute(db);
  await sql`
    create table management_bodies (
      id bigint generated always as identity primary key,
      unit_id bigint not null references org_units (id),
      kind text not null,
      name text not null,
      valid_from date not null,
      valid_to date,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index management_bodies_unit_idx on management_bodies (unit_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table management_bodies`.execute(db);
  await sql`drop table org_unit_events`.execute(db);
  await sql`drop table org_units`.execute(db);
}
