/**
 * `npm run bench [-- --size district|province] [--only import|search|votes] [--backend postgres|pglite]`
 * (`--only votes` takes its own flags: bench/votes.bench.ts; a run without `--only` ends with it.)
 *
 * A benchmark, not a test: it measures side by side in one run and prints figures and ratios, never
 * fails on a slow figure. Each run creates its own PostgreSQL database (dropped at the end) and, at
 * district size, a PGlite data dir in a temp folder. See docs/benchmarks.md.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { seedDemo } from '../src/app/server/demo/seed-demo.js';
import { encodePeopleCursor } from '../src/modules/people/people-list-cursor.js';
import { PEOPLE_EXACT_TOTAL_CAP } from '../src/modules/people/people-list.schemas.js';
import { PersonInputSchema, type PersonInputParsed } from '../src/modules/people/person.schemas.js';
import { personValues } from '../src/modules/people/server/person.queries.js';
import { viSearchText } from '../src/shared/vi-sort.js';
import { createPgliteDb, createServerDb, type BenchDb } from './bench-db.js';
import { generatePeople, SIZES, writeLines, writePeopleCsv, type BenchSize, type GeneratedPerson } from './generate-people.js';
import { benchActor, meritImport, meritList } from './merit-path.js';
import { benchVotes } from './votes.bench.js';
import { benchReviews } from './reviews.bench.js';

const OUT = join(import.meta.dirname, 'out');

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

// ── Figures ──────────────────────────────────────────────────────────────────────────────────────

interface Figure {
  readonly backend: string;
  readonly size: string;
  readonly what: string;
  readonly merit: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly goal: string;
  /** Lists only: the hand-written page query without the count. */
  readonly pageOnly?: string;
}
const figures: Figure[] = [];
const failures: string[] = [];
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;
const sec = (n: number) => `${(n / 1000).toFixed(2)} s`;

function log(message: string) {
  console.info(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? NaN;
}

interface Latency {
  readonly p50: number;
  readonly p95: number;
}

/**
 * Runs the functions in turn (warm-up + n calls each, one call at a time), so that noise from the
 * machine falls on all alike; p50/p95 in ms of each.
 */
async function latencies(fns: readonly ((i: number) => Promise<unknown>)[], n = 60, warmup = 5): Promise<Latency[]> {
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn(i);
  const samples: number[][] = fns.map(() => []);
  for (let i = 0; i < n; i++) {
    for (const [k, fn] of fns.entries()) {
      const start = performance.now();
      await fn(i);
      samples[k]?.push(performance.now() - start);
    }
  }
  return samples.map((s) => {
    s.sort((x, y) => x - y);
    return { p50: percentile(s, 50), p95: percentile(s, 95) };
  });
}

// ── The COPY baseline: the same rows, prepared, into a table like Merit's `people` ────────────

/** The generated person as the import produces it (PersonInputSchema output). */
function personInput(p: GeneratedPerson, unitIds: ReadonlyMap<string, number>): PersonInputParsed {
  return PersonInputSchema.parse({
    hoDem: p.hoDem,
    ten: p.ten,
    gender: p.gender,
    dateOfBirth: p.dateOfBirth,
    ethnicity: p.ethnicity,
    religion: p.religion,
    homeTown: p.homeTown,
    idNumber: p.idNumber,
    phone: p.phone,
    status: p.status,
    unitId: unitIds.get(p.unitCode) ?? 0,
    educationLevel: p.educationLevel,
    politicalTheory: p.politicalTheory,
    partyJoinDate: p.partyJoinDate,
    partyOfficialDate: p.partyOfficialDate,
    civilServiceRank: p.civilServiceRank,
    civilServiceRankCode: p.civilServiceRankCode,
    salaryStep: p.salaryStep,
    salaryCoefficient: p.salaryCoefficient,
  });
}

const copyField = (v: unknown) =>
  v === null || v === undefined
    ? '\\N'
    : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

/** The same people as the CSV, as Merit would store them, in COPY text format (prepared, not timed). */
async function writeCopyFile(file: string, count: number, unitIds: ReadonlyMap<string, number>): Promise<string[]> {
  const columns = Object.keys(personValues(personInput(generatePeople(1).next().value as GeneratedPerson, unitIds)));
  function* lines() {
    for (const p of generatePeople(count)) {
      const values = personValues(personInput(p, unitIds)) as Record<string, unknown>;
      yield columns.map((c) => copyField(values[c])).join('\t');
    }
  }
  await writeLines(file, lines());
  return columns;
}

// ── One backend ──────────────────────────────────────────────────────────────────────────────────

interface Units {
  readonly ids: Map<string, number>;
  readonly paths: Map<string, string>;
}

async function loadUnits(db: BenchDb): Promise<Units> {
  const seeded = await seedDemo(db.db, { password: 'Bench-only-not-a-secret-2026' });
  if (!seeded) throw new Error('the bench database was not empty');
  const rows = await db.raw<{ id: number; code: string; path: string }>(
    `select id, code, path from org_units where status = 'active'`,
    [],
  );
  return { ids: new Map(rows.map((r) => [r.code, r.id])), paths: new Map(rows.map((r) => [r.code, r.path])) };
}

/**
 * Import of the CSV through Merit (read, header, validate, upsertPeople in one transaction) into
 * `people`, and COPY of the same rows into `people_copy` (LIKE people INCLUDING ALL, plus the same
 * foreign keys: same columns, checks, indexes), taking turns: COPY, Merit, COPY again; the baseline
 * is the mean of the two COPYs, so that a machine whose load changes during the run slows both alike.
 * Leaves `people` filled for the search benchmark.
 */
async function benchImport(db: BenchDb, size: BenchSize, units: Units, csvFile: string, report: boolean) {
  const n = SIZES[size];
  const label = db.kind;
  const copyFile = join(OUT, `people-${size}-${label}.copy`);
  const columns = await writeCopyFile(copyFile, n, units.ids);
  const copyOnce = async (turn: string) => {
    log(`${label}: COPY of ${n} people (${turn})…`);
    await db.raw('create table people_copy (like people including all)', []);
    await db.raw(
      `alter table people_copy add foreign key (unit_id) references org_units (id),
                               add foreign key (party_cell_id) references org_units (id)`,
      [],
    );
    const copy = await timed(() => db.copyFromFile('people_copy', columns, copyFile));
    if (copy.value !== n) log(`warning: COPY wrote ${copy.value} rows, expected ${n}`);
    await db.raw('drop table people_copy', []);
    await db.raw('checkpoint', []).catch(() => undefined);
    return copy.ms;
  };

  const loadBefore = loadavg()[0] ?? 0;
  const copyBefore = await copyOnce('before Merit');
  log(`${label}: Merit import of ${n} people…`);
  const rootId = units.ids.get('HY') ?? 0;
  const merit = await timed(() => meritImport(db.db, csvFile, benchActor(rootId, units.paths.get('HY') ?? '/'), rootId, n));
  if (!merit.value.ok) log(`Merit import refused the file: ${merit.value.errors.join(' | ')}`);
  else if (merit.value.written !== n) log(`warning: Merit import wrote ${merit.value.written} people, expected ${n}`);
  await db.raw('checkpoint', []).catch(() => undefined);
  const copyAfter = await copyOnce('after Merit');
  const loadAfter = loadavg()[0] ?? 0;
  const copy = { ms: (copyBefore + copyAfter) / 2 };
  log(
    `${label}: import: COPY ${sec(copyBefore)}, Merit ${sec(merit.ms)}, COPY ${sec(copyAfter)}; load ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
  );
  if (!merit.value.ok) {
    log(`${label}: filling people from the COPY file for the search benchmark`);
    await db.raw('create table people_copy (like people including all)', []);
    await db.copyFromFile('people_copy', columns, copyFile);
    await db.raw(`insert into people (${columns.join(', ')}) select ${columns.join(', ')} from people_copy`, []);
    await db.raw('drop table people_copy', []);
  }
  await rm(copyFile, { force: true });
  await db.raw('analyze', []);

  if (!report) return;
  const goal = size === 'province' ? '≤ 1.5×' : '(≤ 1.5× at province)';
  const { read, validate, waitWrite, pipeline, finish } = merit.value.phases;
  figures.push({
    backend: label,
    size,
    what: `import ${n} people: Merit vs COPY`,
    merit: merit.value.ok ? sec(merit.ms) : `refused (${sec(merit.ms)})`,
    baseline: `${sec(copy.ms)} (${sec(copyBefore)} / ${sec(copyAfter)})`,
    ratio: merit.value.ok ? `${(merit.ms / copy.ms).toFixed(2)}×` : '–',
    goal,
  });
  figures.push({
    backend: label,
    size,
    what: `  of which read+parse / validate ‖ write / posts+audit`,
    merit: `${sec(read)} / ${sec(pipeline)} / ${sec(finish)}`,
    baseline: '',
    ratio: merit.value.ok ? `pipeline ${(pipeline / copy.ms).toFixed(2)}×` : '–',
    goal: '',
  });
  figures.push({
    backend: label,
    size,
    what: `  in the pipeline: validating / waiting for the server`,
    merit: `${sec(validate)} / ${sec(waitWrite)} (${merit.value.postsCreated} posts)`,
    baseline: '',
    ratio: '',
    goal: '',
  });
}

interface Case {
  readonly name: string;
  /** Merit's list query (the route's query string). */
  readonly query: (i: number) => Record<string, string | number | undefined>;
  /** The hand-written equivalent's extra conditions, `$2…`. */
  readonly where: (i: number) => { clause: string; params: unknown[] };
  readonly page: number;
  /** A page past the counted total, read after a row's key as the UI's "Trang sau" does. */
  readonly after?: { readonly nameSortKey: string; readonly id: number };
}

const NAME_SEARCHES = [
  'nguyen van hung',
  'tran thi lan',
  'hoang minh',
  'le thi huong',
  'pham duc anh',
  'vu thi thu',
  'dang van nam',
];
const PAGE_SIZE = 50;

const words = (text: string) =>
  viSearchText(text)
    .split(' ')
    .filter((w) => w !== '');

async function benchSearch(db: BenchDb, size: BenchSize, units: Units) {
  const n = SIZES[size];
  const rootPath = units.paths.get('HY') ?? '/';
  const actor = benchActor(units.ids.get('HY') ?? 0, rootPath);
  const communes = [...units.paths.keys()].filter((c) => /^HY-UBX-[A-Z-]+$/.test(c));
  const samples = await db.raw<{ id_number: string }>(`select id_number from people order by id limit 200`, []);
  const fragments = samples.map((s) => s.id_number.slice(5, 11));
  const deepPage = Math.max(2, Math.min(1_000, Math.floor(n / PAGE_SIZE / 2)));
  // The web numbers pages up to the exact-count cap and goes on by cursor (docs/decisions/008-…): a deep
  // page past the cap is read after the last row of the page before it, as "Trang sau" does.
  const deepOffset = (deepPage - 1) * PAGE_SIZE;
  const deepAfter =
    deepOffset >= PEOPLE_EXACT_TOTAL_CAP
      ? (
          await db.raw<{ name_sort_key: string; id: number }>(
            `select p.name_sort_key, p.id from people p join org_units u on u.id = p.unit_id where u.path like $1
              order by p.name_sort_key, p.id limit 1 offset ${deepOffset - 1}`,
            [`${rootPath}%`],
          )
        ).map((r) => ({ nameSortKey: r.name_sort_key, id: Number(r.id) }))[0]
      : undefined;
  const commune = (i: number) => communes[i % communes.length] ?? 'HY';
  const nameSearch = (i: number) => NAME_SEARCHES[i % NAME_SEARCHES.length] ?? 'nguyen';
  const fragment = (i: number) => fragments[i % fragments.length] ?? '0';
  const cases: Case[] = [
    { name: 'first page (by name)', query: () => ({}), where: () => ({ clause: '', params: [] }), page: 1 },
    {
      name: `deep page (page ${deepPage}${deepAfter ? ', by cursor' : ''})`,
      query: () => ({
        page: deepPage,
        ...(deepAfter
          ? { cursor: encodePeopleCursor({ sort: 'name', side: 'after', key: [deepAfter.nameSortKey, deepAfter.id] }) }
          : {}),
      }),
      where: () => ({ clause: '', params: [] }),
      page: deepPage,
      ...(deepAfter ? { after: deepAfter } : {}),
    },
    {
      name: 'unit subtree (a commune)',
      query: (i) => ({ unitId: units.ids.get(commune(i)) }),
      where: (i) => ({
        clause: 'and p.unit_id in (select id from org_units where path like $2)',
        params: [`${units.paths.get(commune(i)) ?? '/'}%`],
      }),
      page: 1,
    },
    {
      name: 'name search, no diacritics',
      query: (i) => ({ search: nameSearch(i) }),
      where: (i) => {
        const w = words(nameSearch(i));
        // Name words match the start of a word, as Merit's search does (ADR 008).
        return { clause: w.map((_, k) => `and p.search_text ~ $${k + 2}`).join(' '), params: w.map((x) => `(^| )${x}`) };
      },
      page: 1,
    },
    {
      name: 'ID number fragment (6 digits)',
      query: (i) => ({ search: fragment(i) }),
      where: (i) => ({ clause: 'and p.search_text like $2', params: [`%${fragment(i)}%`] }),
      page: 1,
    },
  ];

  const goal = db.kind === 'postgres' ? (size === 'province' ? 'p95 ≤ 50 ms' : '(≤ 50 ms at province)') : 'p95 ≤ 100 ms';
  for (const c of cases) {
    log(`${db.kind}: list ${c.name}…`);
    // The page after a key (keyset) or at an offset; the key's two values come last in the parameters.
    const keyset = (params: readonly unknown[]) =>
      c.after ? `and (p.name_sort_key, p.id) > ($${params.length + 2}, $${params.length + 3})` : '';
    const pageSql = (clause: string, params: readonly unknown[]) =>
      `select p.id, p.ho_dem, p.ten, p.full_name, p.gender, p.date_of_birth, p.birth_date_precision, p.status,
              p.unit_id, u.name as unit_name, p.id_number, p.party_join_date, p.education_level, p.political_theory,
              array(select pp.title from person_posts pp where pp.person_id = p.id and pp.end_date is null
                     order by pp.is_head desc, pp.is_deputy desc, pp.start_date, pp.id) as post_titles
         from people p join org_units u on u.id = p.unit_id
        where u.path like $1 ${clause} ${keyset(params)}
        order by p.name_sort_key, p.id
        limit ${PAGE_SIZE} offset ${c.after ? 0 : (c.page - 1) * PAGE_SIZE}`;
    // The total counted up to the cap, as Merit counts it.
    const countSql = (clause: string) =>
      `select count(*) as n from (select 1 from people p join org_units u on u.id = p.unit_id
        where u.path like $1 ${clause} limit ${PEOPLE_EXACT_TOTAL_CAP + 1}) c`;
    const args = (i: number) => {
      const { clause, params } = c.where(i);
      return { clause, params, all: [`${rootPath}%`, ...params] };
    };
    const pageArgs = (i: number) => {
      const { clause, params, all } = args(i);
      return { sql: pageSql(clause, params), all: c.after ? [...all, c.after.nameSortKey, c.after.id] : all };
    };
    const [merit, hand, pageOnly] = await latencies([
      (i) => meritList(db.db, actor, { page: c.page, pageSize: PAGE_SIZE, ...c.query(i) }),
      (i) => {
        const { clause, all } = args(i);
        const page = pageArgs(i);
        return Promise.all([db.raw(page.sql, page.all), db.raw(countSql(clause), all)]);
      },
      (i) => {
        const page = pageArgs(i);
        return db.raw(page.sql, page.all);
      },
    ]);
    if (!merit || !hand || !pageOnly) continue;
    figures.push({
      backend: db.kind,
      size,
      what: `list: ${c.name}`,
      merit: `${ms(merit.p50)} / ${ms(merit.p95)}`,
      baseline: `${ms(hand.p50)} / ${ms(hand.p95)}`,
      ratio: `${(merit.p95 / hand.p95).toFixed(2)}×`,
      goal,
      pageOnly: `${ms(pageOnly.p50)} / ${ms(pageOnly.p95)}`,
    });
  }
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────────

function printTable(rows: readonly Figure[]) {
  const head: Figure = {
    backend: 'backend',
    size: 'size',
    what: 'measure',
    merit: 'Merit',
    baseline: 'baseline',
    ratio: 'ratio',
    goal: 'goal',
    pageOnly: 'baseline page only',
  };
  const keys = Object.keys(head) as (keyof Figure)[];
  const widths = keys.map((k) => Math.max(...[head, ...rows].map((r) => (r[k] ?? '').length)));
  const line = (r: Figure) => '| ' + keys.map((k, i) => (r[k] ?? '').padEnd(widths[i] ?? 0)).join(' | ') + ' |';
  console.info(line(head));
  console.info('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.info(line(r));
}

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
