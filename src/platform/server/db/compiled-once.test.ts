import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-db.js';
import { compiledOnce } from './compiled-once.js';
import type { Db } from './database.js';

describe.each(['pglite', 'postgres'] as const)('compiledOnce and prepared statements (%s)', (kind) => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await createTestDatabase(kind, inject('templates'));
  });
  afterAll(() => handle?.destroy());

  // Org units of a kind under a path, with a constant in the query kept as it is.
  const build = (db: Db, kind_: string, day: string) =>
    db
      .selectFrom('org_units')
      .select(['id', sql<string>`${day}::date::text`.as('day')])
      .where('kind', '=', kind_)
      .where('status', '=', 'active')
      .orderBy('id');

  it('answers like the query built each time, for each call’s values', async () => {
    const once = compiledOnce(build);
    for (const [k, day] of [
      ['province', '2026-01-01'],
      ['ward', '2026-02-03'],
      ['province', '2026-12-31'],
    ] as const) {
      expect(await once(handle.db, k, day)).toEqual(await build(handle.db, k, day).execute());
      expect((await once(handle.db, k, day)).every((r) => r.day === day)).toBe(true);
    }
  });

  it('refuses a query that transforms or drops an argument', async () => {
    const transformed = compiledOnce((db: Db, path: string) =>
      db.selectFrom('org_units').select('id').where('path', 'like', `${path}%`),
    );
    await expect(transformed(handle.db, '/1/')).rejects.toThrow(/transformed|not passed/);
    const dropped = compiledOnce((db: Db, _unused: number) => db.selectFrom('org_units').select('id'));
    await expect(dropped(handle.db, 1)).rejects.toThrow(/not passed/);
  });
});
