import { migrateToLatest } from '../../../platform/server/db/migrate.js';
import type { CliCommand } from './cli-command.js';
import { withDatabase } from './with-database.js';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  usage: 'migrate',
  summary: 'Bring the database schema up to date (the server also does this at start).',
  run: async (args, io) => {
    if (args.length > 0) {
      io.err(`merit migrate takes no arguments (got: ${args.join(' ')})`);
      return 2;
    }
    return withDatabase(io, async ({ db }) => {
      const { results = [] } = await migrateToLatest(db);
      if (results.length === 0) io.out('Schema is up to date; nothing to apply.');
      for (const r of results) io.out(`Applied ${r.migrationName}`);
      return 0;
    });
  },
};
