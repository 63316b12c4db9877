/**
 * `npm run bench [-- --size district|province] [--only import|search|votes|reviews] [--backend postgres|pglite]`
 * (`--only votes` takes its own flags: bench/votes.bench.ts; a run without `--only` ends with it.)
 *
 * A benchmark, not a test: it measures side by side in one run and prints figures and ratios, never
 * fails on a slow figure. Each run creates its own PostgreSQL database (dropped at the end) and, at
 * district size, a PGlite data dir in a temp folder. See docs/benchmarks.md.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { seedDemo } from '../src/app/server/demo/seed-demo.js';
import { PEOPLE_EXACT_TOTAL_CAP } from '../src/modules/people/people-list.schemas.js';
import { createPgliteDb, createServerDb, type BenchDb } from './bench-db.js';
import { failures, figures, log, printTable, sec, timed } from './figures.js';
import { SIZES, writePeopleCsv, type BenchSize } from './generate-people.js';
import { benchImport, benchSearch, OUT, type Units } from './people.bench.js';
import { benchVotes } from './votes.bench.js';
import { benchReviews } from './reviews.bench.js';

interface Options {
  readonly size: BenchSize;
  readonly only: 'import' | 'search' | 'votes' | 'reviews' | undefined;
  readonly backends: readonly ('postgres' | 'pglite')[];
}

function parseArgs(argv: readonly string[]): Options {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  };
  const size = value('--size') ?? 'district';
  if (size !== 'district' && size !== 'province') throw new Error(`--size district|province, not ${size}`);
  const only = value('--only');
  if (only !== undefined && only !== 'import' && only !== 'search' && only !== 'votes' && only !== 'reviews')
    throw new Error(`--only import|search|votes|reviews, not ${only}`);
  const backend = value('--backend');
  // PGlite at province size would take long and is not a goal (docs/benchmarks.md).
  const backends: readonly ('postgres' | 'pglite')[] =
    backend === 'postgres' || backend === 'pglite'
      ? [backend as 'postgres' | 'pglite']
      : size === 'district'
        ? (['postgres', 'pglite'] as const)
        : (['postgres'] as const);
  return { size, only, backends };
}

// ── One backend ──────────────────────────────────────────────────────────────────────────────────

/** Seeds the demo province into the fresh database (the people need units); its active units by code. */
async function loadUnits(db: BenchDb): Promise<Units> {
  const seeded = await seedDemo(db.db, { password: 'Bench-only-not-a-secret-2026' });
  if (!seeded) throw new Error('the bench database was not empty');
  const rows = await db.raw<{ id: number; code: string; path: string }>(
    `select id, code, path from org_units where status = 'active'`,
    [],
  );
  return { ids: new Map(rows.map((r) => [r.code, r.id])), paths: new Map(rows.map((r) => [r.code, r.path])) };
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.only === 'votes') return benchVotes(process.argv.slice(2));
  if (options.only === 'reviews') return benchReviews(process.argv.slice(2));
  const n = SIZES[options.size];
  const started = performance.now();
  const loadAtStart = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

  const csvFile = join(OUT, `people-${options.size}.csv`);
  const csv = await timed(() => writePeopleCsv(csvFile, n));
  log(`generated ${csvFile}: ${n} people, ${((await stat(csvFile)).size / 1e6).toFixed(1)} MB in ${sec(csv.ms)}`);

  const versions: string[] = [];
  for (const backend of options.backends) {
    // A failure (no server, a refused file…) is reported and the run goes on: the bench never fails.
    let db: BenchDb | undefined;
    try {
      db = backend === 'postgres' ? await createServerDb() : await createPgliteDb();
      log(`${db.label}: migrated`);
      versions.push(await db.version());
      const units = await loadUnits(db);
      log(`${backend}: ${units.ids.size} active units (demo province)`);
      // Search needs the rows: `--only search` still imports them but reports only the lists.
      await benchImport(db, options.size, units, csvFile, options.only !== 'search');
      if (options.only !== 'import') await benchSearch(db, options.size, units);
    } catch (error) {
      console.error(error);
      failures.push(`${backend}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await db?.close().catch((error: unknown) => console.error(error));
    }
  }

  const cpu = cpus();
  console.info('');
  console.info(`Merit bench — ${new Date().toISOString()} — size ${options.size} (${n} people)`);
  console.info(
    `machine: ${cpu[0]?.model ?? '?'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ` +
      `PostgreSQL ${versions.join(' / ')}`,
  );
  // Client and database share the machine: a busy machine slows both sides (the ratios hold better).
  console.info(
    `load average at start / end: ${loadAtStart} / ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.info(
    `list figures: p50 / p95 of one list call (page of 50 rows + total counted up to ${PEOPLE_EXACT_TOTAL_CAP}), 60 calls after 5 warm-up, Merit and baselines taking turns`,
  );
  console.info('');
  printTable(figures);
  for (const failure of failures) console.info(`\nFAILED ${failure}`);
  console.info(`\ntotal ${sec(performance.now() - started)}`);
  if (options.only === undefined) await benchVotes(process.argv.slice(2));
}

await main();
