import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase, openPglite } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { TEST_PG_URL, withDatabase, type TestTemplates } from './test-backends.js';

/**
 * Test database strategy (docs/decisions/004-test-databases.md): migrate once into templates, then
 * every test file gets its own copy — a copied PGlite data dir, and a PostgreSQL database created
 * `TEMPLATE` the migrated one — and drops it after. No test depends on another's state.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const root = mkdtempSync(join(tmpdir(), 'merit-test-'));
  const pgliteTemplateDir = join(root, 'pglite-template');
  const lite = await openPglite(pgliteTemplateDir);
  await migrateToLatest(lite.db);
  await lite.close();

  let postgres: TestTemplates['postgres'] = null;
  const templateDb = `merit_tpl_${run}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  let connected = false;
  try {
    await admin.connect();
    connected = true;
  } catch (error) {
    if (process.env.CI === 'true') {
      throw new Error(`PostgreSQL is mandatory in CI and is unreachable at ${new URL(TEST_PG_URL).host}: ${String(error)}`);
    }
    console.warn(`PostgreSQL unreachable at ${new URL(TEST_PG_URL).host}; running the PGlite suite only`);
  }
  if (connected) {
    await admin.query(`create database ${templateDb}`);
    const handle = await openDatabase({ databaseUrl: withDatabase(TEST_PG_URL, templateDb), poolSize: 1 });
    await migrateToLatest(handle.db);
    await handle.close();
    postgres = { adminUrl: TEST_PG_URL, templateDb, run };
  }
  project.provide('templates', { pgliteTemplateDir, postgres });

  return async () => {
    if (postgres) {
      await admin.query(`drop database if exists ${templateDb} with (force)`);
      // Databases of test files that crashed before their own cleanup.
      const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [
        `merit_t_${run}%`,
      ]);
      for (const row of rows) await admin.query(`drop database if exists "${row.datname}" with (force)`);
    }
    await admin.end().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  };
}
