import { sql } from 'kysely';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { maskIdNumber } from '../person-id.rules.js';
import type { PersonInputParsed } from '../person.schemas.js';
import { personValues, type PersonValues } from './person.queries.js';

/**
 * Rows per statement. Each statement sends one array parameter per column (36 parameters whatever the
 * chunk size), so a chunk costs one round trip and one plan; 5,000 rows ≈ 1–2 MB of parameters.
 * Larger chunks gain little more (docs/benchmarks.md) and make the progress callback coarser.
 */
export const UPSERT_CHUNK_SIZE = 5000;

export interface UpsertOptions {
  readonly matchBy: 'idNumber';
  /** The authority used, for the audit log (the importer names it). */
  readonly authority?: string | null;
  readonly unitId?: number | null;
  /** Called after each chunk is written, with the rows written so far and the rows to write in all. */
  readonly onProgress?: (rowsWritten: number, total: number) => void;
  /** Rows per statement (tests use a small one to cross chunk boundaries); default UPSERT_CHUNK_SIZE. */
  readonly chunkSize?: number;
}

type Column = keyof PersonValues;

/** The stored columns with their SQL types, in `personValues` order (the array parameters' element types). */
const COLUMNS: readonly (readonly [Column, string])[] = [
  ['ho_dem', 'text'],
  ['ten', 'text'],
  ['full_name', 'text'],
  ['name_sort_key', 'text'],
  ['search_text', 'text'],
  ['other_names', 'text'],
  ['gender', 'text'],
  ['date_of_birth', 'date'],
  ['birth_date_precision', 'text'],
  ['birthplace', 'text'],
  ['home_town', 'text'],
  ['ethnicity', 'text'],
  ['religion', 'text'],
  ['id_number', 'text'],
  ['phone', 'text'],
  ['email', 'text'],
  ['address', 'text'],
  ['status', 'text'],
  ['unit_id', 'int8'],
  ['education_general', 'text'],
  ['education_level', 'text'],
  ['education_major', 'text'],
  ['academic_title', 'text'],
  ['political_theory', 'text'],
  ['state_management', 'text'],
  ['languages', 'text'],
  ['it_level', 'text'],
  ['party_join_date', 'date'],
  ['party_official_date', 'date'],
  ['party_cell_id', 'int8'],
  ['civil_service_rank', 'text'],
  ['civil_service_rank_code', 'text'],
  ['salary_step', 'int4'],
  ['salary_coefficient', 'float8'],
  ['health', 'text'],
];

const columnList = sql.join(COLUMNS.map(([c]) => sql.ref(c)));
const updateList = sql.join(COLUMNS.filter(([c]) => c !== 'id_number').map(([c]) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`));

/** Values as one PostgreSQL array literal (`{"a","b",NULL}`), sent as text and cast (`$1::text::int8[]`). */
export function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map(arrayElement).join(',')}}`;
}

/** A value as an element of a PostgreSQL array literal: always quoted (so "NULL", braces, commas and spaces stay text). */
function arrayElement(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  const text = String(value);
  return text.includes('"') || text.includes('\\') ? `"${text.replace(/["\\]/g, '\\$&')}"` : `"${text}"`;
}

/**
 * The chunk's stored values as one array literal per column (`{"a","b",NULL}`), built here rather
 * than by the driver: faster than pg's generic array serializer, and the same text on both backends.
 * Each literal is one `join` (a flat string: the driver measures and copies it once).
 */
function chunkArrays(chunk: readonly PersonInputParsed[], versions?: readonly number[]): string[] {
  const elements = COLUMNS.map(() => new Array<string>(chunk.length));
  for (let i = 0; i < chunk.length; i++) {
    const values = personValues(chunk[i] as PersonInputParsed);
    for (let c = 0; c < COLUMNS.length; c++) {
      (elements[c] as string[])[i] = arrayElement(values[(COLUMNS[c] as readonly [Column, string])[0]]);
    }
  }
  const version = versions ? versions.join(',') : new Array<string>(chunk.length).fill('1').join(',');
  return [...elements.map((e) => `{${e.join(',')}}`), `{${version}}`];
}

/**
 * Sends one chunk: `INSERT … SELECT … FROM unnest($1::text::text[], …) WITH ORDINALITY … ON CONFLICT
 * (id_number) DO UPDATE … RETURNING`. The rows are inserted in ordinality order, so RETURNING gives
 * their ids in input order; `xmax = 0` tells an inserted row from an updated one.
 */
function writeChunk(trx: Db, literals: readonly string[], now: Date): Promise<{ id: number; inserted: boolean }[]> {
  // `$n::text::type[]`: the parameter is sent as text and parsed by PostgreSQL's array input.
  const unnest = sql.join(COLUMNS.map(([, type], c) => sql`${literals[c]}::text::${sql.raw(type)}[]`));
  // The last literal: each row's version if inserted (updated rows move theirs by one).
  const versions = sql`${literals[COLUMNS.length]}::text::int4[]`;
  return sql<{ id: number; inserted: boolean }>`
    insert into people (${columnList}, version, created_at, updated_at)
    select ${columnList}, version, ${now}::timestamptz, ${now}::timestamptz
    from unnest(${unnest}, ${versions}) with ordinality as t (${columnList}, version, ord)
    order by ord
    on conflict (id_number) do update
      set ${updateList}, updated_at = excluded.updated_at, version = people.version + 1
    returning id, (xmax = 0) as inserted`
    .execute(trx)
    .then((r) => r.rows);
}

/** Lets a query just started reach the connection before more synchronous work runs. */
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Creates or updates people by ID number (re-importing updates instead of duplicating), in chunks of
 * one `INSERT … SELECT FROM unnest(…) ON CONFLICT (id_number) DO UPDATE` each (one array parameter per
 * column). Rows without an ID number are inserted. Does not check the policy or validate the rows (the
 * importer has); run inside the caller's transaction (all or nothing). Within one call, a repeated ID
 * number keeps its last row. `ids` are in the order of the distinct rows: rows with an ID number in
 * the order each number first appears, then rows without one. One audit event per call, with counts
 * and masked ID numbers.
 */
export async function upsertPeople(
  trx: Db,
  audit: AuditContext,
  rows: readonly PersonInputParsed[],
  options: UpsertOptions,
): Promise<{ created: number; updated: number; ids: number[] }> {
  if (options.matchBy !== 'idNumber') throw new Error(`Unsupported matchBy ${String(options.matchBy)}`);
  const chunkSize = Math.max(1, options.chunkSize ?? UPSERT_CHUNK_SIZE);
  const byId = new Map<string, PersonInputParsed>();
  const withoutId: PersonInputParsed[] = [];
  for (const row of rows) {
    if (row.idNumber) byId.set(row.idNumber, row);
    else withoutId.push(row);
  }
  const unique = [...byId.values(), ...withoutId];
  const writer = peopleWriter(trx, audit);
  let reported = 0;
  for (let i = 0; i < unique.length; i += chunkSize) {
    await writer.send(unique.slice(i, i + chunkSize)); // the previous chunk is written by now
    if (writer.written > reported) options.onProgress?.((reported = writer.written), unique.length);
  }
  const { created, updated, ids } = await writer.finish(options);
  if (unique.length > 0) options.onProgress?.(unique.length, unique.length);
  return { created, updated, ids };
}

/**
 * Writes people chunk by chunk for a caller that has them a chunk at a time (the importer validates
 * the next chunk while PostgreSQL writes this one). `send` prepares the chunk's arrays, waits for the
 * previous chunk's statement, starts this chunk's and returns once it is on the wire: the caller's next
 * synchronous work then runs while the server writes. The rows of all the sends must have distinct ID
 * numbers (upsertPeople dedups first; the importer refuses a repeat). `finish` waits for the last
 * statement and records one `people.person.upsert` audit event for the lot; `ids` are in the order sent.
 */
export function peopleWriter(trx: Db, audit: AuditContext) {
  const now = audit.now();
  const ids: number[] = [];
  const fresh = new Set<number>();
  const idNumbers: string[] = [];
  let created = 0;
  let updated = 0;
  let sent = 0;
  let pending: Promise<{ id: number; inserted: boolean }[]> | null = null;
  const settle = async () => {
    if (!pending) return;
    const written = await pending;
    pending = null;
    for (const r of written) {
      ids.push(r.id);
      if (r.inserted) {
        created += 1;
        fresh.add(r.id);
      } else updated += 1;
    }
  };
  return {
    /** Rows whose statement has completed. */
    get written() {
      return ids.length;
    },
    /** `versions`: each row's version if it is inserted (default 1; the importer gives 2 to a row it adds a post to). */
    async send(chunk: readonly PersonInputParsed[], versions?: readonly number[]): Promise<void> {
      if (chunk.length === 0) return;
      for (let i = 0; i < chunk.length && idNumbers.length < 50; i++) {
        const idNumber = chunk[i]?.idNumber;
        if (idNumber) idNumbers.push(idNumber);
      }
      const literals = chunkArrays(chunk, versions); // while the previous chunk is written
      await settle();
      sent += chunk.length;
      pending = writeChunk(trx, literals, now);
      pending.catch(() => undefined); // awaited by the next send or finish; not an unhandled rejection meanwhile
      await yieldToIo();
    },
    /** Waits for the statement in flight, if any, ignoring its outcome (before a rollback). */
    async abandon(): Promise<void> {
      await pending?.catch(() => undefined);
      pending = null;
    },
    /** `fresh`: the ids of the rows inserted (not updated) by this writer. */
    async finish(
      options: Pick<UpsertOptions, 'authority' | 'unitId'>,
    ): Promise<{ created: number; updated: number; ids: number[]; fresh: ReadonlySet<number> }> {
      await settle();
      if (sent > 0) {
        await recordAudit(trx, audit, {
          action: 'people.person.upsert',
          entityType: 'person',
          entityId: null,
          unitId: options.unitId ?? null,
          authority: options.authority ?? null,
          after: { created, updated, idNumbers: idNumbers.map(maskIdNumber) },
        });
      }
      return { created, updated, ids, fresh };
    },
  };
}

/** People by ID number (for the importer's preview: which rows will update). */
export async function findPeopleByIdNumbers(
  db: Db,
  idNumbers: readonly string[],
): Promise<{ id: number; idNumber: string; fullName: string; unitId: number; version: number }[]> {
  const out: { id: number; idNumber: string; fullName: string; unitId: number; version: number }[] = [];
  const unique = [...new Set(idNumbers)];
  for (let i = 0; i < unique.length; i += 5000) {
    const chunk = unique.slice(i, i + 5000);
    const rows = await db
      .selectFrom('people')
      .select(['id', 'id_number', 'full_name', 'unit_id', 'version'])
      .where('id_number', 'in', chunk)
      .execute();
    for (const r of rows)
      out.push({ id: r.id, idNumber: r.id_number ?? '', fullName: r.full_name, unitId: r.unit_id, version: r.version });
  }
  return out;
}
