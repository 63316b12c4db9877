import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-db.js';
import { openDatabase, type DatabaseHandle } from './database.js';
import { MAX_PREPARED_PER_CONNECTION, PREPARE_AFTER_RUNS } from './prepared-pool.js';

describe.skipIf(!inject('templates').postgres)('statements prepared once per connection (PostgreSQL)', () => {
  let test: TestDatabase;
  let one: DatabaseHandle; // a pool of one connection: every query below runs on it
  beforeAll(async () => {
    test = await createTestDatabase('postgres', inject('templates'));
    one = await openDatabase({ databaseUrl: test.databaseUrl, poolSize: 1 });
  });
  afterAll(async () => {
    await one?.close();
    await test?.destroy();
  });

  const prepared = async () =>
    (await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(one.db)).rows.map((r) => r.statement);

  it('prepares a text once it repeats, answers the same before and after, and leaves one-off texts unprepared', async () => {
    const query = (code: string) => one.db.selectFrom('org_units').select(['id', 'code']).where('code', '=', code).execute();
    const answers = [];
    for (let i = 0; i < PREPARE_AFTER_RUNS + 2; i++) answers.push(await query('none'));
    expect(answers.every((a) => a.length === 0)).toBe(true);
    await one.db.selectFrom('org_units').select('id').where('id', 'in', [1, 2, 3, 4, 5, 6, 7]).execute(); // runs once
    const statements = await prepared();
    expect(statements.filter((s) => s.includes('"code" = $1'))).toHaveLength(1);
    expect(statements.some((s) => s.includes('in ($1, $2, $3, $4, $5, $6, $7)'))).toBe(false);
    expect(statements.length).toBeLessThanOrEqual(MAX_PREPARED_PER_CONNECTION);
  });

  it('keeps multi-command statements without parameters working (simple protocol)', async () => {
    const { rows } = await sql<{ n: number }>`select 1 as n`.execute(one.db);
    expect(rows).toEqual([{ n: 1 }]);
    await sql`create temporary table t_multi (n int); insert into t_multi values (1), (2)`.execute(one.db);
    const count = await sql<{ c: number }>`select count(*)::int as c from t_multi`.execute(one.db);
    expect(count.rows[0]?.c).toBe(2);
  });
});
