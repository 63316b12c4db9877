import { sql, type Kysely } from 'kysely';

// Frozen once landed. Paper ballots with double entry (module votes, issue 5; DESIGN "Confidence votes":
// "two counters enter each ballot independently; mismatches block the tally").
//
// - `vote_rounds.paper_ballots`: how many paper ballots the counting board handed out (counted as issued).
// - `vote_counters`: the two members of the counting board at the keyboards (slot 1 and 2), two
//   different accounts; `finished` once a counter has entered every sheet.
// - `vote_paper_entries`: each counter's entry of each returned sheet. Sheet numbers are written on the
//   ballots by the board in the order they come out of the box: no link to any voter. At close the
//   agreed sheets become ordinary anonymous ballots (random receipt and sort key) in `vote_ballots`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table vote_rounds add column paper_ballots integer check (paper_ballots >= 0)`.execute(db);

  await sql`
    create table vote_counters (
      round_id bigint not null references vote_rounds (id),
      slot smallint not null check (slot in (1, 2)),
      account_id bigint not null references accounts (id),
      finished boolean not null default false,
      primary key (round_id, slot),
      unique (round_id, account_id)
    )`.execute(db);
  await sql`create index vote_counters_account_idx on vote_counters (account_id)`.execute(db);

  await sql`
    create table vote_paper_entries (
      round_id bigint not null references vote_rounds (id),
      sheet_no integer not null check (sheet_no > 0),
      entry_by smallint not null check (entry_by in (1, 2)),
      marks jsonb not null,
      primary key (round_id, sheet_no, entry_by)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table vote_paper_entries`.execute(db);
  await sql`drop table vote_counters`.execute(db);
  await sql`alter table vote_rounds drop column paper_ballots`.execute(db);
}
