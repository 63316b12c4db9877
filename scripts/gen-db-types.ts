/**
 * Generates src/platform/server/db/database.gen.ts from the schema the migrations create:
 * migrate a throwaway PGlite, read information_schema, write Kysely table interfaces.
 * Run `npm run db:types` after adding a migration; the check in database-types.test.ts fails when stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openPglite } from '../src/platform/server/db/database.js';
import { renderDatabaseTypes } from '../src/platform/server/db/render-db-types.js';

const target = fileURLToPath(new URL('../src/platform/server/db/database.gen.ts', import.meta.url));
const handle = await openPglite('memory://');
try {
  writeFileSync(target, await renderDatabaseTypes(handle.db));
  console.log(`wrote ${target}`);
} finally {
  await handle.close();
}
