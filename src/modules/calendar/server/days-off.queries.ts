import type { Db } from '../../../platform/server/db/database.js';

/** The announced days off from `from` to `to` (inclusive), as a set of ISO dates. */
export async function daysOffBetween(db: Db, from: string, to: string): Promise<Set<string>> {
  const rows = await db.selectFrom('days_off').select('day').where('day', '>=', from).where('day', '<=', to).execute();
  return new Set(rows.map((r) => r.day));
}

export async function daysOffOfYear(db: Db, year: number) {
  return db
    .selectFrom('days_off')
    .select(['day', 'name', 'source'])
    .where('day', '>=', `${year}-01-01`)
    .where('day', '<=', `${year}-12-31`)
    .orderBy('day')
    .execute();
}
