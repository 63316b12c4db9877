import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './database.gen.js';
import { PgliteDialect } from './pglite-dialect.js';
import { preparingPool } from './prepared-pool.js';

export type Db = Kysely<Database>;
export type DbKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Db;
  readonly kind: DbKind;
  /** Where it lives, without credentials: the data dir or host/database. */
  readonly label: string;
  close(): Promise<void>;
}

const OID_INT8 = 20;
const OID_DATE = 1082;

// int8 as number on both drivers (ids and counts stay far below 2^53); `date` stays an ISO string,
// never a JS Date shifted by the server's time zone (docs/decisions/003-dates-on-the-wire.md).
pg.types.setTypeParser(OID_INT8, (v: string) => Number(v));
pg.types.setTypeParser(OID_DATE, (v: string) => v);

export interface OpenOptions {
  readonly databaseUrl?: string | undefined;
  /** PGlite data directory; `memory://` for a throwaway in-memory database. */
  readonly dataDir?: string;
  readonly poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? 'memory://');
}

function openPostgres(url: string, max: number): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max });
  // A broken idle connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  const parsed = new URL(url);
  return {
    db,
    kind: 'postgres',
    label: `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`,
    close: () => db.destroy(),
  };
}

export async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir,
    // Trigram indexes (people search) exist on both backends: the migration creates the extension.
    extensions: { pg_trgm },
    parsers: { [OID_INT8]: (v: string) => Number(v), [OID_DATE]: (v: string) => v },
  });
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    label: dataDir,
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

export async function pingDatabase(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
