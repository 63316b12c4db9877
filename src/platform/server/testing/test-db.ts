import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, openPglite, type DatabaseHandle, type DbKind } from '../db/database.js';
import { withDatabase, type TestTemplates } from './test-backends.js';

export interface TestDatabase extends DatabaseHandle {
  /** PostgreSQL only: the URL (with credentials) another client, e.g. the CLI under test, opens it with. */
  readonly databaseUrl?: string;
  /** Closes and removes the database. */
  destroy(): Promise<void>;
}

/** A fresh, migrated, uniquely named database for one test file (ADR 004). */
export async function createTestDatabase(kind: DbKind, templates: TestTemplates): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'merit-pglite-'));
    cpSync(templates.pgliteTemplateDir, dir, { recursive: true });
    const handle = await openPglite(dir);
    return {
      ...handle,
      destroy: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const server = templates.postgres;
  if (!server) throw new Error('PostgreSQL is not available to this test run');
  const name = `merit_t_${server.run}_${randomBytes(4).toString('hex')}`;
  await withRetry(() => adminQuery(server.adminUrl, `create database ${name} template ${server.templateDb}`));
  const databaseUrl = withDatabase(server.adminUrl, name);
  const handle = await openDatabase({ databaseUrl, poolSize: 5 });
  return {
    ...handle,
    databaseUrl,
    destroy: async () => {
      await handle.close();
      await adminQuery(server.adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Two workers copying the template at the same moment may see "being accessed by other users". */
async function withRetry(fn: () => Promise<void>, attempts = 20): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (error) {
      if (i >= attempts || (error as { code?: string }).code !== '55006') throw error;
      await new Promise((r) => setTimeout(r, 100 * i));
    }
  }
}
