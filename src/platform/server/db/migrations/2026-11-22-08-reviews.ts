import { sql, type Kysely } from 'kysely';

// Frozen once landed. Annual review and classification (module reviews, issue 4).
//
// - `review_cycles`: a year (or quarter/month) opened over a unit subtree, with the rule set's settings
//   resolved at opening (defaults + the organization's audited overrides) and the step deadlines.
// - `reviews`: one row per person or collective in a cycle, carrying every step's record (self-review,
//   collective comments, proposal, decision, publication) and the snapshot the statistics group by
//   (unit path, status, gender, age band) so later moves do not rewrite past years.
// - `review_opinion_codes` / `review_opinion_answers`: wide opinion collection, anonymous by shape (the
//   same as vote codes: digests and a used flag; answers with a random sort key, no respondent, no time).
// - `review_level_stats`: the exact rollup of decided levels per ancestor unit, kept by a trigger in the
//   same transaction as the decision (issue 4 benchmark: subtree statistics without scanning reviews).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table review_org_settings (
      unit_id bigint primary key references org_units (id),
      overrides jsonb not null,
      decision_ref text,
      version integer not null default 1,
      updated_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table review_cycles (
      id bigint generated always as identity primary key,
      unit_id bigint not null references org_units (id),
      title text not null,
      regime text not null check (regime in ('party', 'state')),
      period_kind text not null check (period_kind in ('year', 'quarter', 'month')),
      year integer not null check (year between 2000 and 2100),
      period_no integer,
      period_start date not null,
      period_end date not null,
      settings jsonb not null,
      self_review_due date not null,
      comments_due date not null,
      decision_due date not null,
      status text not null default 'open' check (status in ('open', 'closed')),
      created_at timestamptz not null default now(),
      version integer not null default 1,
      check (period_end >= period_start),
      check ((period_kind = 'year') = (period_no is null)),
      check (self_review_due <= comments_due and comments_due <= decision_due)
    )`.execute(db);
  await sql`
    create unique index review_cycles_period_uq
    on review_cycles (unit_id, regime, period_kind, year, coalesce(period_no, 0))`.execute(db);

  await sql`
    create table reviews (
      id bigint generated always as identity primary key,
      cycle_id bigint not null references review_cycles (id),
      subject_type text not null check (subject_type in ('person', 'collective')),
      person_id bigint references people (id),
      collective_kind text check (collective_kind in ('unit', 'party_organization', 'leadership_collective')),
      unit_id bigint not null references org_units (id),
      unit_path text not null,
      subject_kind text not null,
      form text not null check (form in ('01', '2A', '2B', '2C')),
      rule_set text not null,
      duty_group text not null,
      management_body_id bigint references management_bodies (id),
      is_leader boolean not null default false,
      is_head boolean not null default false,
      gender text check (gender in ('male', 'female')),
      age_band text,
      person_status text,
      status text not null default 'pending'
        check (status in ('pending', 'self_reviewed', 'commented', 'proposed', 'decided', 'published')),
      self_review jsonb,
      self_level text check (self_level in ('HTXS', 'HTT', 'HT', 'KHT')),
      self_reviewed_at timestamptz,
      comments jsonb,
      commented_at timestamptz,
      proposed_level text check (proposed_level in ('HTXS', 'HTT', 'HT', 'KHT')),
      proposal_note text,
      proposed_at timestamptz,
      level text check (level in ('HTXS', 'HTT', 'HT', 'KHT', 'NOT_RATED')),
      decision_ref text,
      decided_on date,
      decided_by bigint,
      decided_at timestamptz,
      decision_reasons jsonb,
      quota_exception_id bigint,
      notified_at timestamptz,
      published_at timestamptz,
      version integer not null default 1,
      check ((subject_type = 'person') = (person_id is not null)),
      check ((subject_type = 'collective') = (collective_kind is not null)),
      check ((level is null) = (decided_at is null))
    )`.execute(db);
  await sql`create unique index reviews_person_uq on reviews (cycle_id, person_id) where person_id is not null`.execute(db);
  await sql`
    create unique index reviews_collective_uq on reviews (cycle_id, unit_id, collective_kind)
    where collective_kind is not null`.execute(db);
  await sql`create index reviews_cycle_status_idx on reviews (cycle_id, status)`.execute(db);
  await sql`create index reviews_person_idx on reviews (person_id) where person_id is not null`.execute(db);
  await sql`create index reviews_path_idx on reviews (cycle_id, unit_path text_pattern_ops)`.execute(db);

  await sql`
    create table review_quota_exceptions (
      id bigint generated always as identity primary key,
      cycle_id bigint not null references review_cycles (id),
      duty_group text not null,
      ceiling_percent integer not null check (ceiling_percent between 1 and 100),
      decision_ref text not null,
      decided_on date not null,
      recorded_by bigint not null,
      created_at timestamptz not null default now(),
      unique (cycle_id, duty_group)
    )`.execute(db);

  await sql`
    create table review_opinion_codes (
      code_digest text primary key check (code_digest ~ '^[0-9a-f]{64}$'),
      review_id bigint not null references reviews (id),
      used boolean not null default false
    )`.execute(db);
  await sql`create index review_opinion_codes_review_idx on review_opinion_codes (review_id)`.execute(db);
  await sql`
    create table review_opinion_answers (
      review_id bigint not null references reviews (id),
      sort_key text not null check (sort_key ~ '^[0-9a-f]{32}$'),
      level text not null check (level in ('HTXS', 'HTT', 'HT', 'KHT')),
      comment text,
      primary key (review_id, sort_key)
    )`.execute(db);

  await sql`
    create table review_petitions (
      id bigint generated always as identity primary key,
      review_id bigint not null references reviews (id),
      filed_on date not null,
      content text not null,
      answer_due date not null,
      status text not null default 'open' check (status in ('open', 'upheld', 'rejected')),
      answer text,
      answered_on date,
      answered_by bigint,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index review_petitions_review_idx on review_petitions (review_id)`.execute(db);

  await sql`
    create table review_rerates (
      id bigint generated always as identity primary key,
      review_id bigint not null references reviews (id),
      from_level text not null,
      to_level text not null,
      reason text not null,
      decision_ref text not null,
      decided_by bigint not null,
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table review_consequences (
      id bigint generated always as identity primary key,
      review_id bigint not null references reviews (id),
      person_id bigint not null references people (id),
      kind text not null,
      basis text not null,
      status text not null default 'open' check (status in ('open', 'done', 'dismissed')),
      note text,
      created_at timestamptz not null default now(),
      unique (review_id, kind)
    )`.execute(db);
  await sql`create index review_consequences_person_idx on review_consequences (person_id)`.execute(db);

  await createLevelStats(db);
}

/**
 * One row per (ancestor unit, year, period, regime, subject type, status, gender, age band, level):
 * a decided review counts once under every unit of its snapshot path. The trigger moves the count when
 * a level is set, changed (re-rating) or cleared, in the writing transaction, so the rollup is exact.
 */
async function createLevelStats(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table review_level_stats (
      unit_id bigint not null,
      cycle_id bigint not null,
      subject_type text not null,
      person_status text not null,
      gender text not null,
      age_band text not null,
      level text not null,
      count integer not null check (count >= 0),
      primary key (unit_id, cycle_id, subject_type, person_status, gender, age_band, level)
    )`.execute(db);
  await sql`
    create function review_level_stats_apply(r reviews, delta integer) returns void language plpgsql as $$
    begin
      if r.level is null then
        return;
      end if;
      insert into review_level_stats as s
        (unit_id, cycle_id, subject_type, person_status, gender, age_band, level, count)
      select u::bigint, r.cycle_id, r.subject_type, coalesce(r.person_status, ''), coalesce(r.gender, ''),
             coalesce(r.age_band, ''), r.level, greatest(delta, 0)
      from unnest(string_to_array(trim(both '/' from r.unit_path), '/')) as u
      on conflict (unit_id, cycle_id, subject_type, person_status, gender, age_band, level)
      do update set count = s.count + delta;
    end $$`.execute(db);
  await sql`
    create function review_level_stats_trigger() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') then
        perform review_level_stats_apply(old, -1);
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        perform review_level_stats_apply(new, 1);
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger reviews_level_stats after insert or delete or update of level, unit_path, person_status,
      gender, age_band, cycle_id, subject_type on reviews
    for each row execute function review_level_stats_trigger()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger reviews_level_stats on reviews`.execute(db);
  await sql`drop function review_level_stats_trigger()`.execute(db);
  await sql`drop function review_level_stats_apply(reviews, integer)`.execute(db);
  for (const table of [
    'review_level_stats',
    'review_consequences',
    'review_rerates',
    'review_petitions',
    'review_opinion_answers',
    'review_opinion_codes',
    'review_quota_exceptions',
    'reviews',
    'review_cycles',
    'review_org_settings',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
