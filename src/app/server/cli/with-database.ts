import { sql } from 'kysely';
import { loadConfig } from '../../../platform/server/config.js';
import type { DatabaseHandle } from '../../../platform/server/db/database.js';
import type { CliIo } from './cli-command.js';
import { describeDatabase, openConfiguredDatabase } from './open-configured-database.js';

/** Opens the database the server would use (same environment), runs `work`, always closes it. */
export async function withDatabase<T>(io: CliIo, work: (database: DatabaseHandle) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(loadConfig(io.env));
  try {
    io.out(`Database: ${describeDatabase(database)}`);
    return await work(database);
  } finally {
    await database.close();
  }
}

/** False on a database Merit has never migrated (a new data dir, a wrong URL). */
export async function isMigrated(database: DatabaseHandle): Promise<boolean> {
  const { rows } = await sql<{ found: string | null }>`select to_regclass('merit_migrations')::text as found`.execute(
    database.db,
  );
  return rows[0]?.found !== null && rows[0]?.found !== undefined;
}
