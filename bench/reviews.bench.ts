/**
 * `npm run bench -- --only reviews [--people 500000] [--years 5] [--requests 3000] [--concurrency 64]
 * [--stats-units 200] [--log-level info]` (or BENCH_REVIEWS_PEOPLE for the size) — the annual-review
 * benchmark (issue 4 §Benchmarks), each figure beside its baseline in the same run:
 * (a) saving a self-review through the API (session, CSRF, validation, rules, audit, write) at 64
 *     concurrent keep-alive connections, vs a bare Fastify route doing one INSERT through pg;
 * (b) the level statistics of random unit subtrees (the service: authority, cycles, breakdown, 5-year
 *     trend from the rollup) vs the plain GROUP BY over `reviews` giving the same numbers.
 * A benchmark, never a test: it prints ✓/✗, never fails.
 */
import { fork } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { SELF_REVIEW_86 } from '../src/modules/reviews/server/reviews-test-kit.js';
import { reviewStats } from '../src/modules/reviews/server/stats.queries.js';
import { StatsQuerySchema } from '../src/modules/reviews/reviews-stats.schemas.js';
import { cpuPerRequest, cpuSnapshot } from './cpu-usage.js';
import { benchActor } from './merit-path.js';
import { rawPool, stats, type Stats } from './votes-baseline.js';
import type { PutJob, PutReport } from './reviews-client.js';
import {
  APP_POOL_SIZE,
  createReviewsWorld,
  insertRootCycle,
  loadPeople,
  loadReviews,
  withRollupRebuilt,
  type ReviewsWorld,
} from './reviews-setup.js';

/** Issue 4 §Benchmarks: self-review saves ≥ 0.5× the bare INSERT route's throughput, p99 ≤ 50 ms. */
const GOAL_SAVE_RATIO = 0.5;
const GOAL_SAVE_P99_MS = 50;
/** Issue 4 §Benchmarks: statistics of any subtree p95 ≤ 20 ms and ≥ 20× faster than the plain GROUP BY. */
const GOAL_STATS_P95_MS = 20;
const GOAL_STATS_SPEEDUP = 20;
/** Requests sent before each measured burst (own reviews), so connections and code paths are warm. */
const WARMUP_REQUESTS = 200;
const DEFAULT_PEOPLE = 500_000;
/** Subtrees with at least this many reviews in the 5 years are reported apart (the plain query's cost grows with them). */
const BIG_SUBTREE_REVIEWS = 10_000;

interface Options {
  people: number;
  years: number;
  requests: number;
  concurrency: number;
  statsUnits: number;
  logLevel: string;
}

function parse(argv: readonly string[]): Options {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  };
  const int = (flag: string, fallback: number) => {
    const n = Number(value(flag) ?? fallback);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive integer`);
    return n;
  };
  return {
    people: int('--people', Number(process.env.BENCH_REVIEWS_PEOPLE ?? DEFAULT_PEOPLE)),
    years: int('--years', 5),
    requests: int('--requests', 3_000),
    concurrency: int('--concurrency', 64),
    statsUnits: int('--stats-units', 200),
    logLevel: value('--log-level') ?? 'info',
  };
}

const log = (m: string) => console.info(`[bench reviews ${new Date().toISOString().slice(11, 19)}] ${m}`);
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;
const pct = (s: Stats) => `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function fire(job: PutJob): Promise<PutReport> {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, 'reviews-client.ts'), [], { execArgv: ['--import', 'tsx'] });
    child.once('message', (r) => resolve(r as PutReport));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`the client exited with ${code}`))));
    child.send(job);
  });
}

/** A bare Fastify route doing one INSERT through pg (pool of the app's size), on the same database. */
async function bareServer(url: string) {
  const raw = await rawPool(url, APP_POOL_SIZE);
  await raw.pool.query('create table bench_raw_self_reviews (review_id bigint not null, self_review jsonb not null)');
  const app = Fastify({ logger: false });
  app.put<{ Params: { id: string }; Body: unknown }>('/raw/:id', async (req) => {
    await raw.pool.query('insert into bench_raw_self_reviews (review_id, self_review) values ($1, $2)', [
      req.params.id,
      JSON.stringify(req.body),
    ]);
    return { ok: true };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, close: async () => (await app.close(), await raw.close()) };
}

const throughput = (r: PutReport) => (r.ms.length / r.wallMs) * 1000;

async function benchSaves(w: ReviewsWorld, o: Options) {
  const year = (w.years.at(-1) ?? 2025) + 1;
  const cycleId = await insertRootCycle(w, year);
  await loadReviews(w, cycleId, year, false, WARMUP_REQUESTS * 2 + o.requests * 2);
  const ids = (await w.handle.db.selectFrom('reviews').select('id').where('cycle_id', '=', cycleId).orderBy('id').execute()).map(
    (r) => r.id,
  );
  const body = JSON.stringify({ version: 1, ...SELF_REVIEW_86 });
  const headers = { cookie: w.cookie, 'x-csrf-token': w.csrf };
  const job = (base: string, path: (id: number) => string, slice: number[]): PutJob => ({
    base,
    method: 'PUT',
    concurrency: o.concurrency,
    headers,
    requests: slice.map((id) => ({ path: path(id), body })),
  });
  const bare = await bareServer(w.url);
  try {
    const merit = (s: number[]) => fire(job(w.base, (id) => `/api/reviews/${id}/self-review`, s));
    const raw = (s: number[]) => fire(job(bare.base, (id) => `/raw/${id}`, s));
    let at = 0;
    const take = (n: number) => ids.slice(at, (at += n));
    log(`self-review: warming up (${WARMUP_REQUESTS} each)…`);
    await raw(take(WARMUP_REQUESTS));
    await merit(take(WARMUP_REQUESTS));
    // Taking turns (raw, Merit, raw): the baseline is the mean of the two raw runs, so a machine whose
    // load changes during the run slows both alike.
    log(`self-review: ${o.requests} saves at ${o.concurrency} connections (raw, Merit, raw)…`);
    const c0 = cpuSnapshot();
    const raw1 = await raw(take(o.requests));
    const c1 = cpuSnapshot();
    const m = await merit(take(o.requests));
    const c2 = cpuSnapshot();
    const raw2 = await raw(ids.slice(0, o.requests));
    const cpu = { raw: cpuPerRequest(c0, c1, o.requests), merit: cpuPerRequest(c1, c2, o.requests) };
    if (m.firstError) log(`Merit answered an error: ${m.firstError}`);
    const rawTput = (throughput(raw1) + throughput(raw2)) / 2;
    const mTput = throughput(m);
    const mLat = stats(m.ms);
    const ok = m.statuses['200'] ?? 0;
    return { m, mLat, rawLat: stats([...raw1.ms, ...raw2.ms]), mTput, rawTput, ok, cpu };
  } finally {
    await bare.close();
  }
}

/** Random subtrees (seeded), the province included. */
async function sampleUnits(w: ReviewsWorld, n: number) {
  const units = await w.handle.db
    .selectFrom('org_units')
    .select(['id', 'path'])
    .where('status', '=', 'active')
    .where('path', 'like', `${w.root.path}%`)
    .orderBy('id')
    .execute();
  let seed = 20261122;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
  return [units[0]!, ...Array.from({ length: n - 1 }, () => units[Math.floor(next() * units.length)]!)];
}

async function benchStats(w: ReviewsWorld, o: Options) {
  const actor = benchActor(w.root.id, w.root.path);
  const year = w.years.at(-1)!;
  const units = await sampleUnits(w, o.statsUnits);
  const db = w.handle.db;
  const cycles = (await db.selectFrom('review_cycles').select('id').where('period_kind', '=', 'year').execute()).map((c) => c.id);
  const service = (unitId: number) =>
    reviewStats(db, actor, StatsQuerySchema.parse({ unitId, year, regime: 'state', years: o.years }));
  // The plain query giving the same numbers (the year's totals per level and the trend per year).
  const plain = (path: string) =>
    sql<{ year: number; level: string; n: number }>`
      select c.year, r.level, count(*)::int as n from reviews r join review_cycles c on c.id = r.cycle_id
      where r.cycle_id in (${sql.join(cycles)}) and r.unit_path like ${`${path}%`} and r.level is not null
        and r.subject_type = 'person' and c.regime = 'state' and c.period_kind = 'year'
      group by 1, 2`.execute(db);
  // warm-up
  for (const u of units.slice(0, 5)) {
    await service(u.id);
    await plain(u.path);
  }
  const sMs: number[] = [];
  const pMs: number[] = [];
  let mismatches = 0;
  const big: boolean[] = [];
  for (const u of units) {
    let t = performance.now();
    const s = await service(u.id);
    sMs.push(performance.now() - t);
    t = performance.now();
    const p = await plain(u.path);
    pMs.push(performance.now() - t);
    const plainYear = p.rows.filter((r) => r.year === year).reduce((a, r) => a + r.n, 0);
    const plainAll = p.rows.reduce((a, r) => a + r.n, 0);
    if (plainYear !== s.total.total || plainAll !== s.trend.reduce((a, t2) => a + t2.total, 0)) mismatches++;
    big.push(plainAll >= BIG_SUBTREE_REVIEWS);
  }
  const pick = (xs: number[], want: boolean) => xs.filter((_, i) => big[i] === want);
  const split = (want: boolean) => ({
    n: pick(sMs, want).length,
    s: stats(pick(sMs, want)),
    p: stats(pick(pMs, want)),
    speedup: mean(pick(pMs, want)) / mean(pick(sMs, want)),
  });
  return {
    s: stats(sMs),
    p: stats(pMs),
    speedup: mean(pMs) / mean(sMs),
    mismatches,
    n: units.length,
    big: split(true),
    small: split(false),
  };
}

export async function benchReviews(argv: readonly string[]): Promise<void> {
  const o = parse(argv);
  const loadAtStart = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const started = performance.now();
  const w0 = await createReviewsWorld(o.logLevel, log);
  const years = Array.from({ length: o.years }, (_, i) => 2021 + i);
  const w: ReviewsWorld = { ...w0, years };
  try {
    log(`${o.people} people…`);
    await loadPeople(w, o.people);
    log(`${o.years} years of decided state reviews (trigger off, rollup rebuilt after)…`);
    const load0 = performance.now();
    await withRollupRebuilt(w, async () => {
      for (const y of years) await loadReviews(w, await insertRootCycle(w, y), y, true);
    });
    const { rows } = await sql<{ n: number; s: number }>`
      select (select count(*)::int from reviews) as n, (select count(*)::int from review_level_stats) as s`.execute(w.handle.db);
    log(`${rows[0]?.n} reviews, ${rows[0]?.s} rollup rows, loaded in ${((performance.now() - load0) / 1000).toFixed(0)} s`);
    const save = await benchSaves(w, o);
    const st = await benchStats(w, o);
    const { rows: v } = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(w.handle.db);
    const ratio = save.mTput / save.rawTput;
    console.info(
      `\nAnnual reviews — PostgreSQL ${v[0]?.v}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ` +
        `load ${loadAtStart} at start; ${o.people} people, ${rows[0]?.n} reviews; ${((performance.now() - started) / 60000).toFixed(1)} min\n`,
    );
    console.info('| measure | Merit | baseline | ratio | goal | met |');
    console.info('|---|---|---|---|---|---|');
    console.info(
      `| self-review save, ${o.requests} at ${o.concurrency} conn. (throughput) | ${save.mTput.toFixed(0)}/s (${save.ok} × 200) | ` +
        `${save.rawTput.toFixed(0)}/s bare Fastify + 1 INSERT | ${ratio.toFixed(2)}× | ≥ ${GOAL_SAVE_RATIO}× | ${mark(ratio >= GOAL_SAVE_RATIO)} |`,
    );
    console.info(
      `| self-review latency p50 / p95 / p99 | ${pct(save.mLat)} | ${pct(save.rawLat)} | | p99 ≤ ${GOAL_SAVE_P99_MS} ms | ${mark(save.mLat.p99 <= GOAL_SAVE_P99_MS)} |`,
    );
    const cpuText = (c: { serverMs: number; postgresMs: number }) =>
      `${c.serverMs.toFixed(2)} ms server + ${c.postgresMs.toFixed(2)} ms PostgreSQL`;
    console.info(
      `| self-review CPU per request (diagnostic) | ${cpuText(save.cpu.merit)} | ${cpuText(save.cpu.raw)} | ` +
        `${((save.cpu.merit.serverMs + save.cpu.merit.postgresMs) / (save.cpu.raw.serverMs + save.cpu.raw.postgresMs)).toFixed(1)}× the CPU | | |`,
    );
    console.info(
      `| level statistics, ${st.n} random subtrees, p50 / p95 / p99 | ${pct(st.s)} | ${pct(st.p)} plain GROUP BY | ` +
        `${st.speedup.toFixed(1)}× (means) | p95 ≤ ${GOAL_STATS_P95_MS} ms, ≥ ${GOAL_STATS_SPEEDUP}× | ` +
        `${mark(st.s.p95 <= GOAL_STATS_P95_MS && st.speedup >= GOAL_STATS_SPEEDUP)} |`,
    );
    for (const [label, part] of [
      [`≥ ${BIG_SUBTREE_REVIEWS} reviews`, st.big],
      [`< ${BIG_SUBTREE_REVIEWS} reviews`, st.small],
    ] as const) {
      if (part.n === 0) continue;
      console.info(
        `| — of them ${part.n} subtrees with ${label} | ${pct(part.s)} | ${pct(part.p)} | ${part.speedup.toFixed(1)}× (means) | | |`,
      );
    }
    console.info(`\nstatistics equal to the plain query: ${st.n - st.mismatches}/${st.n} subtrees ${mark(st.mismatches === 0)}`);
  } finally {
    await w.close();
  }
}
