import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-db.js';
import { renderDatabaseTypes } from './render-db-types.js';

describe('embedded PGlite through the Kysely dialect', () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await createTestDatabase('pglite', inject('templates'));
    await sql`create table t (id int primary key, n bigint not null, d date)`.execute(handle.db);
  });
  afterAll(() => handle.destroy());

  it('serialises concurrent transactions on its single connection and rolls back failed ones', async () => {
    const db = handle.db as unknown as Kysely<{ t: { id: number; n: number; d: string | null } }>;
    const work = Array.from({ length: 20 }, (_, i) =>
      db
        .transaction()
        .execute(async (trx) => {
          await trx.insertInto('t').values({ id: i, n: i, d: null }).execute();
          await trx.selectFrom('t').selectAll().execute();
          if (i % 4 === 0) throw new Error('roll back');
        })
        .catch(() => 'rolled back'),
    );
    const results = await Promise.all(work);
    expect(results.filter((r) => r === 'rolled back')).toHaveLength(5);
    const { rows } = await sql<{ c: number }>`select count(*) as c from t`.execute(db);
    expect(rows[0]?.c).toBe(15);
  });

  it('returns int8 as number and date as an ISO string, like the pg driver is told to', async () => {
    await sql`insert into t values (100, 9007199254740991, '2025-07-01')`.execute(handle.db);
    const { rows } = await sql<{ n: number; d: string }>`select n, d from t where id = 100`.execute(handle.db);
    expect(rows[0]).toEqual({ n: 9007199254740991, d: '2025-07-01' });
  });
});

describe('generated database types', () => {
  it('match the migrated schema (run `npm run db:types` after adding a migration)', async () => {
    const handle = await createTestDatabase('pglite', inject('templates'));
    try {
      const expected = await renderDatabaseTypes(handle.db);
      const actual = readFileSync(fileURLToPath(new URL('./database.gen.ts', import.meta.url)), 'utf8');
      expect(actual).toBe(expected);
    } finally {
      await handle.destroy();
    }
  });
});
