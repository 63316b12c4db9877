import { loadConfig } from '../../platform/server/config.js';
import { openDatabase } from '../../platform/server/db/database.js';
import { migrateToLatest } from '../../platform/server/db/migrate.js';
import { buildApp } from './app.js';

/** `npm start`: open the database, migrate, seed the demo when empty, listen, shut down gracefully. */
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await migrateToLatest(database.db);
const app = await buildApp({ config, database });

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
