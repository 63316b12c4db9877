/**
 * Databases for the benchmarks: a throwaway PostgreSQL database on the local server and a PGlite
 * data dir in a temp folder, both migrated with Merit's migrations; plus COPY on each.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../src/platform/server/db/database.gen.js';
import type { Db } from '../src/platform/server/db/database.js';
import { migrateToLatest } from '../src/platform/server/db/migrate.js';
import { PgliteDialect } from '../src/platform/server/db/pglite-dialect.js';

export const SERVER_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';

export interface BenchDb {
  readonly kind: 'postgres' | 'pglite';
  readonly label: string;
  readonly db: Db;
  /** COPY … FROM STDIN of a file in PostgreSQL text format; returns the rows copied. */
  copyFromFile(table: string, columns: readonly string[], file: string): Promise<number>;
  /** One raw SQL round trip, bypassing Kysely (the hand-written baseline). */
  raw<T>(text: string, params: readonly unknown[]): Promise<T[]>;
  version(): Promise<string>;
  close(): Promise<void>;
}

// Same type parsers as src/platform/server/db/database.ts (importing it sets them on pg globally).
const OID_INT8 = 20;
const OID_DATE = 1082;
pg.types.setTypeParser(OID_INT8, (v: string) => Number(v));
pg.types.setTypeParser(OID_DATE, (v: string) => v);

interface CopyConnection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.WritableStream & { writableNeedDrain?: boolean };
}

/**
 * `COPY … FROM STDIN` with the plain `pg` client (pg-copy-streams is not a dependency): a Query whose
 * copy-in handler streams the file through the connection's CopyData messages, with back-pressure.
 */
function copyFromStdin(client: pg.PoolClient, text: string, file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const query = new pg.Query(text) as pg.Query & { handleCopyInResponse: (c: CopyConnection) => void };
    query.handleCopyInResponse = (connection) => {
      const input = createReadStream(file, { highWaterMark: 1 << 20 });
      input.on('data', (chunk) => {
        connection.sendCopyFromChunk(chunk as Buffer);
        if (connection.stream.writableNeedDrain) {
          input.pause();
          connection.stream.once('drain', () => input.resume());
        }
      });
      input.on('end', () => connection.endCopyFrom());
      input.on('error', (e) => connection.sendCopyFail(String(e)));
    };
    query.on('end', (result: { rowCount: number | null }) => resolve(result.rowCount ?? 0));
    query.on('error', reject);
    void client.query(query);
  });
}

/** Creates `merit_bench_<time>_<pid>` on the server, migrates it, and drops it on close. */
export async function createServerDb(): Promise<BenchDb> {
  const name = `merit_bench_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${SERVER_URL}/postgres` });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const pool = new pg.Pool({ connectionString: `${SERVER_URL}/${name}`, max: 10 });
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await sql`create extension if not exists pg_trgm`.execute(db);
  await migrateToLatest(db);
  return {
    kind: 'postgres',
    label: `PostgreSQL ${new URL(SERVER_URL).host}/${name}`,
    db,
    async copyFromFile(table, columns, file) {
      const client = await pool.connect();
      try {
        return await copyFromStdin(client, `copy ${table} (${columns.join(', ')}) from stdin`, file);
      } finally {
        client.release();
      }
    },
    async raw<T>(text: string, params: readonly unknown[]) {
      return (await pool.query(text, params as unknown[])).rows as T[];
    },
    async version() {
      return (await pool.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v ?? '?';
    },
    async close() {
      await db.destroy();
      const drop = new pg.Client({ connectionString: `${SERVER_URL}/postgres` });
      await drop.connect();
      await drop.query(`drop database if exists ${name} with (force)`);
      await drop.end();
    },
  };
}

/** A PGlite data dir in a temp folder (as `npm start` runs it), migrated; removed on close. */
export async function createPgliteDb(): Promise<BenchDb> {
  const dir = await mkdtemp(join(tmpdir(), 'merit-bench-'));
  const pglite = await PGlite.create({
    dataDir: join(dir, 'data'),
    // pg_trgm as database.ts loads it: Merit's migrations create trigram indexes (people search).
    extensions: { pg_trgm },
    parsers: { [OID_INT8]: (v: string) => Number(v), [OID_DATE]: (v: string) => v },
  });
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) });
  await sql`create extension if not exists pg_trgm`.execute(db);
  await migrateToLatest(db);
  return {
    kind: 'pglite',
    label: `PGlite ${dir}`,
    db,
    async copyFromFile(table, columns, file) {
      const blob = new Blob([await readFile(file)]);
      const result = await pglite.query(`copy ${table} (${columns.join(', ')}) from '/dev/blob'`, [], { blob });
      return result.affectedRows ?? 0;
    },
    async raw<T>(text: string, params: readonly unknown[]) {
      return (await pglite.query<T>(text, params as unknown[])).rows;
    },
    async version() {
      const row = (await pglite.query<{ v: string }>("select current_setting('server_version') as v")).rows[0];
      return `${row?.v ?? '?'} (PGlite)`;
    },
    async close() {
      await db.destroy();
      await pglite.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
