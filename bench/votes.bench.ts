/**
 * `npm run bench -- --only votes [--voters 1000] [--subjects 15] [--tally-ballots 10000] [--tally-runs 30]
 * [--log-level info]` — the confidence-vote benchmark (issue 5): a meeting room casting at the same
 * moment over real HTTP, checked against the codes issued, and the tally of a large round; each beside
 * raw PostgreSQL in the same run (ratios). A benchmark, never a test: it prints ✓/✗, never fails.
 */
import { fork } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { normaliseCode } from '../src/modules/votes/ballot-code.rules.js';
import { getTally } from '../src/modules/votes/server/results.service.js';
import { benchActor } from './merit-path.js';
import { rawCastTransactions, rawInserts, rawPool, rawTally, stats, type Burst, type Stats } from './votes-baseline.js';
import { log, mark, ms, parseOptions, pct, printTable, ratio, rows, type Options } from './votes-report.js';
import type { CastJob, CastReport } from './votes-client.js';
import {
  APP_POOL_SIZE,
  benchMark,
  closedTallyRound,
  createVotesWorld,
  openCommitteeRound,
  type VotesWorld,
} from './votes-setup.js';

/** Issue 5, "Benchmark": 1,000 voters at the same moment all accepted within 5 s. */
const GOAL_CAST_WALL_MS = 5_000;
/** Issue 5, "Benchmark": the tally of 10,000 ballots within 100 ms (read as p95 of GET …/tally). */
const GOAL_TALLY_MS = 100;
/** Casts made before the measured burst (own round), so connections and code paths are warm. */
const WARMUP_VOTERS = 20;
const TALLY_WARMUP = 3;

/** Runs the casting burst in a child process (its own event loop and core, as phones would be). */
function fireFromChild(job: CastJob): Promise<CastReport> {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, 'votes-client.ts'), [], { execArgv: ['--import', 'tsx'] });
    child.once('message', (report) => resolve(report as CastReport));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`the casting client exited with ${code}`))));
    child.send(job);
  });
}

const castBodies = (codes: readonly string[], subjectIds: readonly string[]) =>
  codes.map((code, i) => JSON.stringify({ code, marks: Object.fromEntries(subjectIds.map((id, k) => [id, benchMark(i, k)])) }));

/** What the database holds after the burst, checked against the codes issued and the receipts answered. */
async function verifyBurst(world: VotesWorld, roundId: number, report: CastReport, issued: number) {
  const { rows: counts } = await sql<{ ballots: number; receipts: number; used: number; unused: number }>`
    select (select count(*)::int from vote_ballots where round_id = ${roundId}) as ballots,
           (select count(distinct receipt)::int from vote_ballots where round_id = ${roundId}) as receipts,
           (select count(*)::int from vote_ballot_codes where round_id = ${roundId} and used) as used,
           (select count(*)::int from vote_ballot_codes where round_id = ${roundId} and not used) as unused`.execute(
    world.handle.db,
  );
  const c = counts[0] ?? { ballots: -1, receipts: -1, used: -1, unused: -1 };
  const stored = new Set(
    (await world.handle.db.selectFrom('vote_ballots').select('receipt').where('round_id', '=', roundId).execute()).map(
      (r) => r.receipt,
    ),
  );
  const answered = report.outcomes.filter((o) => o.status >= 200 && o.status < 300).map((o) => normaliseCode(o.answer));
  const answeredDistinct = new Set(answered).size;
  const missing = answered.filter((r) => !stored.has(r)).length;
  const ok =
    c.ballots === issued &&
    c.receipts === issued &&
    c.used === issued &&
    c.unused === 0 &&
    answeredDistinct === issued &&
    missing === 0;
  return { ...c, answered: answered.length, answeredDistinct, missing, ok };
}

async function benchCasting(world: VotesWorld, o: Options) {
  log(`warm-up: ${WARMUP_VOTERS} casts on a round of their own`);
  const warm = await openCommitteeRound(world, WARMUP_VOTERS, o.subjects);
  await fireFromChild({
    base: world.base,
    path: `/api/votes/rounds/${warm.roundId}/ballots`,
    bodies: castBodies(warm.codes, warm.subjectIds),
  });
  log(`setting up a round: ${o.subjects} subjects (+1 excluded), roll of ${o.voters}, all present; opening; issuing codes`);
  const round = await openCommitteeRound(world, o.voters, o.subjects);
  if (round.codes.length !== o.voters) throw new Error(`issued ${round.codes.length} codes, expected ${o.voters}`);
  const job: CastJob = {
    base: world.base,
    path: `/api/votes/rounds/${round.roundId}/ballots`,
    bodies: castBodies(round.codes, round.subjectIds),
  };
  const loadBefore = loadavg()[0] ?? 0;
  log(`${o.voters} casts at the same moment over HTTP…`);
  const report = await fireFromChild(job);
  const latency = stats(report.outcomes.map((x) => x.ms));
  const accepted = report.outcomes.filter((x) => x.status >= 200 && x.status < 300).length;
  const refused = new Map<string, number>();
  for (const x of report.outcomes.filter((y) => y.status < 200 || y.status >= 300)) {
    const key = `${x.status} ${x.answer}`;
    refused.set(key, (refused.get(key) ?? 0) + 1);
  }
  if (refused.size > 0) log(`refused or failed: ${[...refused].map(([k, n]) => `${n} × ${k}`).join(', ')}`);
  const check = await verifyBurst(world, round.roundId, report, o.voters);
  log(
    `database: ${check.ballots} ballots, ${check.receipts} distinct receipts, ${check.used} codes used, ${check.unused} unused; ${check.missing} answered receipts missing`,
  );

  log(`raw PostgreSQL: ${o.voters} concurrent INSERTs and ${o.voters} hand-written cast transactions (pool of ${APP_POOL_SIZE})`);
  const raw = await rawPool(world.url, APP_POOL_SIZE);
  let inserts: Burst;
  let txns: Burst;
  try {
    inserts = await rawInserts(raw, round.roundId, o.voters, (i) =>
      Object.fromEntries(round.subjectIds.map((id, k) => [id, benchMark(i, k)])),
    );
    const persons = await world.handle.db
      .selectFrom('vote_subjects')
      .select('person_id')
      .where('round_id', '=', round.roundId)
      .where('excluded', '=', false)
      .execute();
    txns = await rawCastTransactions(
      raw,
      world.unit.id,
      async (rawRoundId) => {
        const ids = await world.handle.db
          .insertInto('vote_subjects')
          .values(
            persons.map((p) => ({
              round_id: rawRoundId,
              person_id: p.person_id,
              post_title: 'Phó Giám đốc',
              post_started_on: '2020-03-01',
              start_kind: 'appointed' as const,
              excluded: false,
            })),
          )
          .returning('id')
          .execute();
        return ids.map((r) => String(r.id));
      },
      o.voters,
      (ids, i) => Object.fromEntries(ids.map((id, k) => [id, benchMark(i, k)])),
    );
  } finally {
    await raw.close();
  }
  const loadAfter = loadavg()[0] ?? 0;
  log(
    `casting: Merit ${ms(report.wallMs)}, raw INSERTs ${ms(inserts.wallMs)}, raw transactions ${ms(txns.wallMs)}; load ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
  );

  rows.push({
    what: `${o.voters} casts at once: wall time until all answered`,
    merit: ms(report.wallMs),
    baseline: `${ms(inserts.wallMs)} INSERTs / ${ms(txns.wallMs)} txns`,
    ratio: `${ratio(report.wallMs, inserts.wallMs)} / ${ratio(report.wallMs, txns.wallMs)}`,
    goal: `all accepted ≤ ${GOAL_CAST_WALL_MS / 1000} s`,
    met: mark(accepted === o.voters && report.wallMs <= GOAL_CAST_WALL_MS),
  });
  rows.push({
    what: '  latency of one cast p50 / p95 / p99',
    merit: pct(latency),
    baseline: `${pct(inserts.latency)} / txns ${pct(txns.latency)}`,
    ratio: `p95 ${ratio(latency.p95, txns.latency.p95)} vs txns`,
    goal: '',
    met: '',
  });
  rows.push({
    what: '  accepted (2xx)',
    merit: `${accepted} / ${o.voters}`,
    baseline: `${inserts.ok} / ${txns.ok}`,
    ratio: '',
    goal: 'all',
    met: mark(accepted === o.voters),
  });
  rows.push({
    what: '  none lost or duplicated (vs codes issued)',
    merit: `${check.ballots} ballots, ${check.used} codes used, ${check.receipts} receipts, ${check.missing} missing`,
    baseline: '',
    ratio: '',
    goal: `${o.voters} each, 0 missing`,
    met: mark(check.ok),
  });
}

async function benchTally(world: VotesWorld, o: Options) {
  log(`tally round: ${o.tallyBallots} ballots × ${o.subjects} subjects inserted in bulk, closed through the API`);
  const round = await closedTallyRound(world, o.tallyBallots, o.subjects);
  const actor = benchActor(world.unit.id, world.unit.path);
  const url = `${world.base}/api/votes/rounds/${round.roundId}/tally`;
  const raw = await rawPool(world.url, APP_POOL_SIZE);
  try {
    const viaHttp = async () => {
      const res = await fetch(url, { headers: { cookie: world.sessionCookie } });
      if (res.status !== 200) throw new Error(`GET tally: ${res.status} ${await res.text()}`);
      return res.json() as Promise<{
        subjects: { subjectId: string; invalid: number; levels: Record<string, { count: number }> }[];
      }>;
    };
    // The same counts both ways, or the comparison means nothing.
    const merit = await viaHttp();
    const counted = await rawTally(raw, round.roundId);
    const same = merit.subjects.every((s) => {
      const r = counted.get(s.subjectId) ?? {};
      const invalid = (r.none ?? 0) + (r.several ?? 0);
      return ['cao', 'tin_nhiem', 'thap'].every((l) => (s.levels[l]?.count ?? -1) === (r[l] ?? 0)) && s.invalid === invalid;
    });
    const fns = [viaHttp, () => getTally(world.handle.db, actor, round.roundId), () => rawTally(raw, round.roundId)];
    for (let i = 0; i < TALLY_WARMUP; i++) for (const fn of fns) await fn();
    const samples: number[][] = fns.map(() => []);
    for (let i = 0; i < o.tallyRuns; i++) {
      for (const [k, fn] of fns.entries()) {
        const t = performance.now();
        await fn();
        samples[k]?.push(performance.now() - t);
      }
    }
    const [http, service, sqlOnly] = samples.map(stats) as [Stats, Stats, Stats];
    rows.push({
      what: `tally of ${o.tallyBallots} ballots × ${o.subjects}: GET …/tally p50 / p95 / p99`,
      merit: pct(http),
      baseline: `GROUP BY ${pct(sqlOnly)}`,
      ratio: `p95 ${ratio(http.p95, sqlOnly.p95)}`,
      goal: `p95 ≤ ${GOAL_TALLY_MS} ms`,
      met: mark(http.p95 <= GOAL_TALLY_MS),
    });
    rows.push({
      what: '  getTally service call alone',
      merit: pct(service),
      baseline: '',
      ratio: `p95 ${ratio(service.p95, sqlOnly.p95)}`,
      goal: '',
      met: '',
    });
    rows.push({
      what: '  counts equal to the GROUP BY',
      merit: same ? 'yes' : 'NO',
      baseline: '',
      ratio: '',
      goal: 'equal',
      met: mark(same),
    });
  } finally {
    await raw.close();
  }
}

/** The votes part of `npm run bench`; PostgreSQL only (many connections at once is the point). */
export async function benchVotes(argv: readonly string[]): Promise<void> {
  const o = parseOptions(argv);
  const started = performance.now();
  const loadAtStart = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  let world: VotesWorld | undefined;
  let version = '?';
  const failures: string[] = [];
  try {
    world = await createVotesWorld(o.logLevel);
    version = await world.version();
    log(`PostgreSQL ${version}, app listening on ${world.base}, log level ${o.logLevel}`);
    await benchCasting(world, o);
    await benchTally(world, o);
  } catch (error) {
    console.error(error);
    failures.push(error instanceof Error ? error.message : String(error));
  } finally {
    await world?.close().catch((error: unknown) => console.error(error));
  }
  const cpu = cpus();
  console.info('');
  console.info(
    `Merit votes bench — ${new Date().toISOString()} — ${o.voters} voters, ${o.subjects} subjects, tally of ${o.tallyBallots}`,
  );
  console.info(
    `machine: ${cpu[0]?.model ?? '?'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, PostgreSQL ${version}; ` +
      `app pool ${APP_POOL_SIZE}, server log level ${o.logLevel}`,
  );
  console.info(
    `load average at start / end: ${loadAtStart} / ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.info(`tally: ${o.tallyRuns} calls each after ${TALLY_WARMUP} warm-up, HTTP / service / GROUP BY taking turns`);
  console.info('');
  printTable();
  for (const f of failures) console.info(`\nFAILED ${f}`);
  console.info(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
