/**
 * The annual-review benchmark's world (issue 4 §Benchmarks): a fresh, uniquely named PostgreSQL
 * database (dropped on close) migrated and seeded with the demo province's unit tree, `people` generated
 * in SQL across its units, and `years` state year cycles on the province with one decided review per
 * person each (≈ 2.5M rows at 500k people × 5 years). The real app listens on an ephemeral port with an
 * organizer's session over the province.
 *
 * Bulk load: the rollup trigger is DISABLED while the reviews are inserted (one INSERT … SELECT per
 * year), then the rollup is rebuilt with one INSERT … SELECT (the same cells the trigger would have
 * written: one per ancestor unit × cycle × subject type × status × gender × age band × level) and the
 * trigger is enabled again before anything is measured. The statistics check compares it with the plain
 * GROUP BY afterwards.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { seedDemo } from '../src/app/server/demo/seed-demo.js';
import { TestClient } from '../src/app/server/testing/test-client.js';
import { insertAccount, signIn } from '../src/app/server/testing/world.js';
import type { DatabaseHandle } from '../src/platform/server/db/database.js';
import { createAppWorld } from './app-world.js';
export { APP_POOL_SIZE } from './app-world.js';

/** The state rule set and form of a civil servant's review (ND 335, form 2B). */
const RULE_SET = 'civil-servant-nd335-2026';

export interface ReviewsWorld {
  readonly url: string;
  readonly handle: DatabaseHandle;
  readonly app: FastifyInstance;
  readonly base: string;
  readonly root: { id: number; path: string };
  readonly organizer: TestClient;
  readonly cookie: string;
  readonly csrf: string;
  /** Year cycles of the decided years, oldest first. */
  readonly years: readonly number[];
  close(): Promise<void>;
}

export async function createReviewsWorld(logLevel: string, log: (m: string) => void): Promise<ReviewsWorld> {
  const world = await createAppWorld('reviews', log);
  const { handle } = world;
  try {
    log(`database ${world.name}: seeding the demo province's units…`);
    await seedDemo(handle.db, { password: 'Bench-only-not-a-secret-2026' });
    const { app, base } = await world.serve(logLevel);
    const root = await handle.db
      .selectFrom('org_units')
      .select(['id', 'path', 'name', 'code'])
      .where('parent_id', 'is', null)
      .where('track', '=', 'state')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const account = await insertAccount(handle.db, root, [{ role: 'organizer', unit: root }]);
    const organizer = await signIn(handle.db, new TestClient(app), account);
    return {
      url: world.url,
      handle,
      app,
      base,
      root,
      organizer,
      cookie: `merit_session=${organizer.cookie('merit_session') ?? ''}`,
      csrf: organizer.csrfToken ?? '',
      years: [],
      close: world.close,
    };
  } catch (error) {
    await world.close().catch(() => undefined);
    throw error;
  }
}

/** `n` generated people spread over the active state units (status, gender and age spread by id). */
export async function loadPeople(w: ReviewsWorld, n: number): Promise<void> {
  await sql`
    insert into people (ho_dem, ten, full_name, name_sort_key, search_text, gender, date_of_birth, status, unit_id)
    select 'Nguyễn Văn', 'Đo' || i, 'Nguyễn Văn Đo' || i, 'do ' || i, 'nguyen van do ' || i,
           case when i % 2 = 0 then 'male' else 'female' end,
           date '1966-01-01' + (i::bigint * 7919 % 14000)::int,
           (array['civil_servant', 'public_employee', 'cadre', 'civil_servant'])[1 + i % 4],
           u.ids[1 + i % array_length(u.ids, 1)]
    from generate_series(1, ${n}::int) as i,
         (select array_agg(id order by id) as ids from org_units where status = 'active' and track = 'state') as u`.execute(
    w.handle.db,
  );
}

/** A state year cycle on the province (far deadlines). */
export async function insertRootCycle(w: ReviewsWorld, year: number): Promise<number> {
  const { id } = await w.handle.db
    .insertInto('review_cycles')
    .values({
      unit_id: w.root.id,
      title: `Đánh giá, xếp loại năm ${year}`,
      regime: 'state',
      period_kind: 'year',
      year,
      period_start: `${year}-01-01`,
      period_end: `${year}-12-31`,
      settings: JSON.stringify({ wideOpinion: false }),
      self_review_due: '2099-12-05',
      comments_due: '2099-12-10',
      decision_due: '2099-12-15',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Age band on 31 Dec of `year` (people module's bands). */
const ageBandSql = (year: number) => sql`case
  when ${year} - extract(year from p.date_of_birth)::int < 30 then 'under_30'
  when ${year} - extract(year from p.date_of_birth)::int < 40 then '30_39'
  when ${year} - extract(year from p.date_of_birth)::int < 50 then '40_49'
  when ${year} - extract(year from p.date_of_birth)::int < 60 then '50_59'
  else '60_plus' end`;

/**
 * One review per person for `cycleId`: decided (a fixed spread of levels: about 10% HTXS, 50% HTT,
 * 32% HT, 5% KHT, 3% not rated) or pending when `decided` is false.
 */
export async function loadReviews(w: ReviewsWorld, cycleId: number, year: number, decided: boolean, limit?: number) {
  const level = decided
    ? sql`(case when (p.id * 37 + ${year}) % 100 < 10 then 'HTXS' when (p.id * 37 + ${year}) % 100 < 60 then 'HTT'
               when (p.id * 37 + ${year}) % 100 < 92 then 'HT' when (p.id * 37 + ${year}) % 100 < 97 then 'KHT'
               else 'NOT_RATED' end)`
    : sql`null`;
  await sql`
    insert into reviews (cycle_id, subject_type, person_id, unit_id, unit_path, subject_kind, form, rule_set, duty_group,
                         gender, age_band, person_status, status, level, decided_at, decided_on)
    select ${cycleId}, 'person', p.id, p.unit_id, u.path, 'civil_servant', '2B', ${RULE_SET}, 'u' || p.unit_id || ':staff',
           p.gender, ${ageBandSql(year)}, p.status, ${decided ? 'decided' : 'pending'}, ${level},
           ${decided ? sql`now()` : sql`null`}, ${decided ? sql`${`${year}-12-20`}::date` : sql`null`}
    from people p join org_units u on u.id = p.unit_id
    ${limit === undefined ? sql`` : sql`where p.id in (select id from people order by id limit ${limit})`}`.execute(w.handle.db);
}

/** Trigger off for the bulk load; back on after the rollup is rebuilt from `reviews` in one statement. */
export async function withRollupRebuilt(w: ReviewsWorld, load: () => Promise<void>): Promise<void> {
  const db = w.handle.db;
  await sql`alter table reviews disable trigger reviews_level_stats`.execute(db);
  try {
    await load();
    await sql`delete from review_level_stats`.execute(db);
    await sql`
      insert into review_level_stats (unit_id, cycle_id, subject_type, person_status, gender, age_band, level, count)
      select a::bigint, r.cycle_id, r.subject_type, coalesce(r.person_status, ''), coalesce(r.gender, ''),
             coalesce(r.age_band, ''), r.level, count(*)
      from reviews r cross join lateral unnest(string_to_array(trim(both '/' from r.unit_path), '/')) as a
      where r.level is not null
      group by 1, 2, 3, 4, 5, 6, 7`.execute(db);
  } finally {
    await sql`alter table reviews enable trigger reviews_level_stats`.execute(db);
  }
  await sql`analyze`.execute(db);
}
