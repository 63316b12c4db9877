import { sql, type Kysely } from 'kysely';

// Frozen once landed. Accounts, server-side sessions, login throttling, grants (module auth).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table accounts (
      id bigint generated always as identity primary key,
      username text collate "C" not null,
      display_name text not null,
      email text,
      home_unit_id bigint not null references org_units (id),
      password_hash text not null,
      password_changed_at timestamptz not null default now(),
      must_change_password boolean not null default false,
      totp_secret text,
      totp_enabled_at timestamptz,
      totp_last_step bigint,
      locale text not null default 'vi' check (locale in ('vi', 'en')),
      disabled_at timestamptz,
      created_at timestamptz not null default now(),
      version integer not null default 1
    )`.execute(db);
  await sql`create unique index accounts_username_idx on accounts (lower(username))`.execute(db);
  await sql`create index accounts_home_unit_idx on accounts (home_unit_id)`.execute(db);
  await sql`
    create table sessions (
      id_hash text primary key,
      account_id bigint not null references accounts (id) on delete cascade,
      csrf_token text not null,
      mfa_passed boolean not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      ip text,
      user_agent text
    )`.execute(db);
  await sql`create index sessions_account_idx on sessions (account_id)`.execute(db);
  await sql`
    create table auth_throttle (
      key text primary key,
      failures integer not null,
      window_started_at timestamptz not null,
      locked_until timestamptz
    )`.execute(db);
  await sql`
    create table grants (
      id bigint generated always as identity primary key,
      account_id bigint not null references accounts (id),
      role text not null check (role in ('admin', 'organizer', 'inspector', 'decider')),
      unit_id bigint not null references org_units (id),
      management_body_id bigint references management_bodies (id),
      granted_by bigint references accounts (id),
      granted_at timestamptz not null default now(),
      revoked_at timestamptz,
      revoked_by bigint references accounts (id),
      check ((role = 'decider') = (management_body_id is not null))
    )`.execute(db);
  await sql`create index grants_account_idx on grants (account_id) where revoked_at is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table grants`.execute(db);
  await sql`drop table auth_throttle`.execute(db);
  await sql`drop table sessions`.execute(db);
  await sql`drop table accounts`.execute(db);
}
