import { sql, type Kysely } from 'kysely';

// Frozen once landed. Confidence votes (module votes, issue 5; DESIGN "Confidence votes: secrecy by
// construction").
//
// Secrecy is in the shape of the tables:
// - `vote_ballot_codes` holds only the SHA-256 of each issued room code and a used flag: no member, no
//   issue or use time, no id column (so no issue order either);
// - `vote_ballots` holds the receipt, the canonical marks and a random sort key (the primary key with the
//   round): no code reference, no time, no account, session or address, no identity column whose order
//   would follow cast order. Closing a round rewrites both tables in sort-key / digest order (one
//   transaction id, physical order unrelated to cast order).
// The round itself carries times (the vote's window), which is as fine as a ballot's time may get.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table vote_rounds (
      id bigint generated always as identity primary key,
      unit_id bigint not null references org_units (id),
      title text not null,
      rule_set text not null check (rule_set in ('party', 'state')),
      denominator text not null check (denominator in ('BALLOTS_RETURNED', 'SUMMONED', 'VALID')),
      vote_date date not null,
      status text not null default 'draft' check (status in ('draft', 'open', 'closed', 'published')),
      roll_fingerprint text check (roll_fingerprint ~ '^[0-9a-f]{64}$'),
      summoned integer check (summoned >= 0),
      present integer check (present >= 0),
      codes_issued integer not null default 0 check (codes_issued >= 0),
      ballots_returned integer check (ballots_returned >= 0),
      list_head text check (list_head ~ '^[0-9a-f]{64}$'),
      created_at timestamptz not null default now(),
      opened_at timestamptz,
      closed_at timestamptz,
      version integer not null default 1
    )`.execute(db);
  await sql`create index vote_rounds_unit_idx on vote_rounds (unit_id)`.execute(db);

  await sql`
    create table vote_subjects (
      id bigint generated always as identity primary key,
      round_id bigint not null references vote_rounds (id),
      person_id bigint not null references people (id),
      post_title text not null,
      post_started_on date not null,
      start_kind text not null check (start_kind in ('appointed', 'elected', 'approved')),
      retirement_announced_on date,
      excluded boolean not null,
      exclusion_reason text,
      unique (round_id, person_id),
      check (excluded = (exclusion_reason is not null))
    )`.execute(db);

  await sql`
    create table vote_roll_members (
      id bigint generated always as identity primary key,
      round_id bigint not null references vote_rounds (id),
      person_id bigint references people (id),
      name text not null,
      present boolean not null default false,
      unique (round_id, person_id)
    )`.execute(db);

  await sql`
    create table vote_ballot_codes (
      code_digest text primary key check (code_digest ~ '^[0-9a-f]{64}$'),
      round_id bigint not null references vote_rounds (id),
      used boolean not null default false
    )`.execute(db);
  await sql`create index vote_ballot_codes_round_idx on vote_ballot_codes (round_id)`.execute(db);

  await sql`
    create table vote_ballots (
      round_id bigint not null references vote_rounds (id),
      sort_key text not null check (sort_key ~ '^[0-9a-f]{32}$'),
      receipt text not null unique,
      marks jsonb not null,
      primary key (round_id, sort_key)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['vote_ballots', 'vote_ballot_codes', 'vote_roll_members', 'vote_subjects', 'vote_rounds']) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
