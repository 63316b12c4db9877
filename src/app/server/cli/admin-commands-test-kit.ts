/** Shared by the administrator-command tests: run the CLI, open a backend, snapshot row counts. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openDatabase, openPglite, type Db, type DbKind } from '../../../platform/server/db/database.js';
import { createTestDatabase } from '../../../platform/server/testing/test-db.js';
import { buildApp } from '../app.js';
import { testConfig } from '../testing/test-app.js';
import { TestClient } from '../testing/test-client.js';
import { countRows } from '../testing/world.js';
import { runCli } from './run-cli.js';

export async function cli(argv: string[], env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: { LOG_LEVEL: 'silent', ...env }, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The generated password, as printed once. */
export function printedPassword(out: string): string {
  const match = /Mật khẩu — password: (\S+)/.exec(out);
  if (!match?.[1]) throw new Error(`no password in:\n${out}`);
  return match[1];
}

export interface Bench {
  /** What the CLI is started with to reach this database. */
  readonly env: NodeJS.ProcessEnv;
  /**
   * Opens the database and the app on it for `work`, then closes both — PGlite admits one process
   * at a time, so the CLI runs only between two of these.
   */
  withApp<T>(work: (db: Db, client: () => TestClient) => Promise<T>): Promise<T>;
  destroy(): Promise<void>;
}

export async function openBench(kind: DbKind): Promise<Bench> {
  const templates = inject('templates');
  let env: NodeJS.ProcessEnv;
  let open: () => ReturnType<typeof openDatabase>;
  let destroy: () => Promise<void>;
  if (kind === 'pglite') {
    const root = mkdtempSync(join(tmpdir(), 'merit-cli-admin-'));
    const dataDir = join(root, 'data');
    cpSync(templates.pgliteTemplateDir, dataDir, { recursive: true });
    env = { MERIT_DATA_DIR: dataDir };
    open = () => openPglite(dataDir);
    destroy = async () => rmSync(root, { recursive: true, force: true });
  } else {
    const database = await createTestDatabase('postgres', templates);
    const databaseUrl = database.databaseUrl ?? '';
    env = { MERIT_DATABASE_URL: databaseUrl };
    open = () => openDatabase({ databaseUrl, poolSize: 2 });
    destroy = () => database.destroy();
  }
  return {
    env,
    destroy,
    async withApp(work) {
      const database = await open();
      const app = await buildApp({ config: testConfig(), database });
      try {
        await app.ready();
        return await work(database.db, () => new TestClient(app));
      } finally {
        await app.close();
        await database.close();
      }
    },
  };
}

export const TABLES = ['org_units', 'org_unit_events', 'accounts', 'grants', 'sessions', 'audit_events'] as const;

export async function snapshot(db: Db) {
  const counts = Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await countRows(db, t)] as const)));
  const accounts = await db.selectFrom('accounts').select(['id', 'password_hash', 'version']).orderBy('id').execute();
  return { counts, accounts };
}

export interface LoginBody {
  account: { stage: string; grants: { role: string; unitId: number }[] } | null;
  error?: { code: string };
}

export const CHOSEN_PASSWORD = 'Sông Hồng chảy 2 mùa nước';
export const NEW_PASSWORD = 'Đồi chè Tân Cương 2026';
/** Today in Vietnam (UTC+7, no daylight saving), computed apart from the command's own way. */
export const vietnamToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
