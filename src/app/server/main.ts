import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../platform/server/config.js';
import { migrateToLatest } from '../../platform/server/db/migrate.js';
import { MERIT_VERSION } from '../../platform/server/http/platform.routes.js';
import { buildApp } from './app.js';
import { DataDirBusyError } from './cli/data-dir-lock.js';
import { describeDatabase, openConfiguredDatabase } from './cli/open-configured-database.js';
import { serverUrl } from './cli/server-url.js';
import { formatDemoPrintout } from './demo/demo-printout.js';
import { isDatabaseEmpty, seedDemo } from './demo/seed-demo.js';

/** `npm start`: open the database, migrate, seed the demo when empty, listen, shut down gracefully. */
const config = loadConfig();
const database = await openConfiguredDatabase(config).catch((error: unknown) => {
  if (!(error instanceof DataDirBusyError)) throw error;
  console.error(error.message);
  process.exit(1);
});
await migrateToLatest(database.db);
// A first start on the embedded database shows a working province at once (MERIT_DEMO=0 to skip).
const demo = config.demo && database.kind === 'pglite' ? await seedDemo(database.db, { password: config.demoPassword }) : null;
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

try {
  await app.listen({ port: config.port, host: config.host });
} catch (error) {
  const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
  console.error(inUse ? `Port ${config.port} on ${config.host} is in use: stop the other server or set PORT.` : error);
  await database.close();
  process.exit(1);
}

const url = serverUrl(config);
const banner = [
  '',
  `  Merit ${MERIT_VERSION} — ${url}`,
  `  Cơ sở dữ liệu — database: ${describeDatabase(database)}`,
  `  Tài liệu API — API docs: ${url}/api/docs`,
];
if (!existsSync(join(config.webDir, 'index.html'))) {
  banner.push(`  Web app not built (no ${config.webDir}/index.html): only the API is served. \`npm start\` builds it.`);
}
if (!demo && (await isDatabaseEmpty(database.db))) {
  const stopFirst = database.kind === 'pglite' ? ' after stopping the server (PGlite takes one process)' : '';
  banner.push(
    `  The database has no organization units yet${stopFirst ? ` (run these${stopFirst})` : ''}:`,
    '    create the first administrator and the province: npx merit create-admin --username <u> --root "Tỉnh …" --code <CODE>',
    '    or load the demo province to try Merit out: npx merit demo',
  );
}
console.info(banner.join('\n'));
if (demo) console.info(formatDemoPrintout(demo, { url, requireAdminMfa: config.requireAdminMfa }));
