import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { recordAudit, systemAuditContext } from '../../../platform/server/audit/audit-log.js';
import { openPglite, type Db } from '../../../platform/server/db/database.js';
import { insertUnit } from '../testing/world.js';
import { LOCK_FILE } from './data-dir-lock.js';
import { runCli } from './run-cli.js';

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: { LOG_LEVEL: 'silent', ...env }, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('merit command line', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'merit-cli-')), 'data');
    cpSync(inject('templates').pgliteTemplateDir, dataDir, { recursive: true });
    env = { MERIT_DATA_DIR: dataDir };
  });
  afterAll(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

  /** Changes the data dir between commands, as the server would. */
  async function withDb(work: (db: Db) => Promise<void>): Promise<void> {
    const handle = await openPglite(dataDir);
    try {
      await work(handle.db);
    } finally {
      await handle.close();
    }
  }

  it('prints the help for help, --help and no command, and refuses unknown commands', async () => {
    for (const argv of [['help'], ['--help'], []]) {
      const r = await cli(argv);
      expect(r.code).toBe(0);
      expect(r.out).toContain('merit audit verify');
      expect(r.out).toContain('merit demo');
    }
    const unknown = await cli(['frobnicate']);
    expect(unknown).toMatchObject({ code: 2, out: '' });
    expect(unknown.err).toContain('unknown command "frobnicate"');
    expect((await cli(['audit'])).err).toContain('Usage: merit audit verify');
    expect((await cli(['audit', 'check'])).code).toBe(2);
    expect((await cli(['migrate', 'now'])).code).toBe(2);
  });

  it('verifies an empty chain and applies no migration to a migrated database', async () => {
    const verify = await cli(['audit', 'verify'], env);
    expect(verify.code).toBe(0);
    expect(verify.out).toContain(`Database: PGlite (embedded) in ${dataDir}`);
    expect(verify.out).toContain(`Audit chain OK: 0 events, last hash ${'0'.repeat(64)}`);
    const migrate = await cli(['migrate'], env);
    expect(migrate).toMatchObject({ code: 0 });
    expect(migrate.out).toContain('Schema is up to date');
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('names the first altered event and exits 1', async () => {
    await withDb(async (db) => {
      for (const name of ['Một', 'Hai', 'Ba']) {
        await recordAudit(db, systemAuditContext(), {
          action: 'test.event',
          entityType: 'test',
          entityId: name,
          after: { name },
        });
      }
    });
    expect((await cli(['audit', 'verify'], env)).out).toMatch(/Audit chain OK: 3 events, last hash [0-9a-f]{64}/);
    await withDb(async (db) => {
      await sql`alter table audit_events disable trigger audit_events_no_update`.execute(db);
      await sql`update audit_events set after = '{"name":"Bốn"}' where id = 2`.execute(db);
      await sql`alter table audit_events enable trigger audit_events_no_update`.execute(db);
    });
    const broken = await cli(['audit', 'verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/^Audit chain BROKEN at event #2: content does not match its hash/);
  });

  it('says the data directory is in use while another process holds it, and takes over a stale lock', async () => {
    const lock = join(dataDir, LOCK_FILE);
    writeFileSync(lock, `${process.ppid}\n`);
    const busy = await cli(['audit', 'verify'], env);
    expect(busy.code).toBe(1);
    expect(busy.err).toContain(`in use by another Merit process (pid ${process.ppid}), probably the server`);
    expect(busy.err).toContain('Stop the server');
    expect(busy.err).toContain('MERIT_DATABASE_URL');
    expect(readFileSync(lock, 'utf8')).toBe(`${process.ppid}\n`);

    writeFileSync(lock, '2147483646\n');
    expect((await cli(['migrate'], env)).code).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });

  it('loads the demo only into an empty database', async () => {
    await withDb(async (db) => {
      await insertUnit(db, null, { name: 'Tỉnh có sẵn' });
    });
    const refused = await cli(['demo'], env);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('already has organization units');
  });

  it('reports a database it cannot reach as a failure of the command', async () => {
    const r = await cli(['migrate'], { MERIT_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^merit migrate failed: /);
  });
});
