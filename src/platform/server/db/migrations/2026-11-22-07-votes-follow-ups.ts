import { sql, type Kysely } from 'kysely';

// Frozen once landed. Follow-up records of a confidence vote (module votes, issue 5; DOMAIN §2.1
// "Use of results", §2.2 art. 12): one row per subject and consequence the tally rules name
// (`vote-constants.ts` FollowUp), created when the round's result is published, linked to the person so
// the annual review can read them (QĐ 366 art. 11.4: > 1/2 low in the year → a leader is rated KHT).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table vote_follow_ups (
      id bigint generated always as identity primary key,
      round_id bigint not null references vote_rounds (id),
      subject_id bigint not null references vote_subjects (id),
      person_id bigint not null references people (id),
      kind text not null check (kind in (
        'out_of_planning_for_higher_posts', 'consider_relief_from_post', 'consider_resignation',
        'consider_vote_of_confidence', 'resign_or_vote_of_confidence', 'dismissal', 'propose_dismissal')),
      vote_year integer not null check (vote_year between 1900 and 2999),
      low_over_half boolean not null,
      low_two_thirds boolean not null,
      status text not null default 'open' check (status in ('open', 'done', 'dismissed')),
      note text,
      resolved_at timestamptz,
      created_at timestamptz not null default now(),
      version integer not null default 1,
      unique (round_id, subject_id, kind),
      check ((status = 'open') = (resolved_at is null))
    )`.execute(db);
  await sql`create index vote_follow_ups_person_idx on vote_follow_ups (person_id, vote_year)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table vote_follow_ups`.execute(db);
}
