import type { Config } from '../../../platform/server/config.js';
import { openDatabase, type DatabaseHandle } from '../../../platform/server/db/database.js';
import { lockDataDir } from './data-dir-lock.js';

/**
 * The database the configuration names, as the server opens it: PostgreSQL at MERIT_DATABASE_URL, or
 * the embedded PGlite in MERIT_DATA_DIR, locked for this process until it is closed.
 */
export async function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openDatabase({ databaseUrl: config.databaseUrl });
  const lock = lockDataDir(config.dataDir);
  try {
    const handle = await openDatabase({ dataDir: config.dataDir });
    return {
      ...handle,
      close: async () => {
        try {
          await handle.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** "PGlite (embedded) in /srv/merit/data" or "PostgreSQL at db.local:5432/merit" — never credentials. */
export function describeDatabase(handle: Pick<DatabaseHandle, 'kind' | 'label'>): string {
  return handle.kind === 'pglite' ? `PGlite (embedded) in ${handle.label}` : `PostgreSQL at ${handle.label}`;
}
