/**
 * The database and server every app benchmark starts from: a fresh, uniquely named PostgreSQL
 * database opened as production opens it (`openDatabase`, pool of `APP_POOL_SIZE`) and migrated, then
 * the real app listening on an ephemeral port (as production runs: the given log level, no demo data,
 * no web bundle). `close()` stops the app and drops the database (kept with `BENCH_KEEP_DB=1`, for
 * looking at plans afterwards).
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/app/server/app.js';
import { loadConfig } from '../src/platform/server/config.js';
import { openDatabase, type DatabaseHandle } from '../src/platform/server/db/database.js';
import { migrateToLatest } from '../src/platform/server/db/migrate.js';
import { SERVER_URL } from './bench-db.js';

/** The app's pool when `MERIT_DATABASE_URL` is set (openDatabase's default); the raw baselines use the same. */
export const APP_POOL_SIZE = 10;

export interface AppWorld {
  readonly name: string;
  readonly url: string;
  readonly handle: DatabaseHandle;
  /** Builds the app over the database and listens (once the world's data is seeded as needed). */
  serve(logLevel: string): Promise<{ app: FastifyInstance; base: string }>;
  close(): Promise<void>;
}

async function adminQuery(text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: `${SERVER_URL}/postgres` });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

/** Creates and migrates `merit_bench_<prefix>_<time>_<pid>`; on failure, drops it again. */
export async function createAppWorld(prefix: string, log: (m: string) => void): Promise<AppWorld> {
  const name = `merit_bench_${prefix}_${Date.now()}_${process.pid}`;
  await adminQuery(`create database ${name}`);
  const url = `${SERVER_URL}/${name}`;
  const handle = await openDatabase({ databaseUrl: url, poolSize: APP_POOL_SIZE });
  let app: FastifyInstance | undefined;
  const close = async () => {
    await app?.close();
    await handle.close();
    if (process.env.BENCH_KEEP_DB === '1') return log(`database ${name} kept (BENCH_KEEP_DB=1): drop it by hand`);
    await adminQuery(`drop database if exists ${name} with (force)`);
  };
  try {
    await sql`create extension if not exists pg_trgm`.execute(handle.db);
    await migrateToLatest(handle.db);
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return {
    name,
    url,
    handle,
    async serve(logLevel) {
      app = await buildApp({
        config: loadConfig({ LOG_LEVEL: logLevel, MERIT_DEMO: '0', MERIT_WEB_DIR: '/nonexistent' }),
        database: handle,
      });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as AddressInfo;
      return { app, base: `http://127.0.0.1:${port}` };
    },
    close,
  };
}
