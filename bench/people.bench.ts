/**
 * The people-registry benchmark: import of the generated CSV through Merit vs COPY of the same rows,
 * then list/search latencies of Merit vs hand-written queries (docs/benchmarks.md). Run by bench/run.ts.
 */
import { loadavg } from 'node:os';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { encodePeopleCursor } from '../src/modules/people/people-list-cursor.js';
import { PEOPLE_EXACT_TOTAL_CAP } from '../src/modules/people/people-list.schemas.js';
import { PersonInputSchema, type PersonInputParsed } from '../src/modules/people/person.schemas.js';
import { personValues } from '../src/modules/people/server/person.queries.js';
import { viSearchText } from '../src/shared/vi-sort.js';
import type { BenchDb } from './bench-db.js';
import { figures, latencies, log, ms, sec, timed } from './figures.js';
import { generatePeople, SIZES, writeLines, type BenchSize, type GeneratedPerson } from './generate-people.js';
import { benchActor, meritImport, meritList } from './merit-path.js';

/** Where the generated CSV and COPY files go (git-ignored). */
export const OUT = join(import.meta.dirname, 'out');

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

/** The demo province's active units by code, as the import and the lists need them (bench/run.ts loads them). */
export interface Units {
  readonly ids: Map<string, number>;
  readonly paths: Map<string, string>;
}

/**
 * Import of the CSV through Merit (read, header, validate, upsertPeople in one transaction) into
 * `people`, and COPY of the same rows into `people_copy` (LIKE people INCLUDING ALL, plus the same
 * foreign keys: same columns, checks, indexes), taking turns: COPY, Merit, COPY again; the baseline
 * is the mean of the two COPYs, so that a machine whose load changes during the run slows both alike.
 * Leaves `people` filled for the search benchmark.
 */
export async function benchImport(db: BenchDb, size: BenchSize, units: Units, csvFile: string, report: boolean) {
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

export async function benchSearch(db: BenchDb, size: BenchSize, units: Units) {
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
