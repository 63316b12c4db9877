import { loadConfig } from '../../../platform/server/config.js';
import { migrateToLatest } from '../../../platform/server/db/migrate.js';
import { formatDemoPrintout } from '../demo/demo-printout.js';
import { seedDemo } from '../demo/seed-demo.js';
import type { CliCommand } from './cli-command.js';
import { serverUrl } from './server-url.js';
import { withDatabase } from './with-database.js';

export const demoCommand: CliCommand = {
  name: 'demo',
  usage: 'demo',
  summary: 'Load the demo province and one account per role into an empty database.',
  run: async (args, io) => {
    if (args.length > 0) {
      io.err(`merit demo takes no arguments (got: ${args.join(' ')})`);
      return 2;
    }
    const config = loadConfig(io.env);
    return withDatabase(io, async ({ db }) => {
      await migrateToLatest(db);
      const result = await seedDemo(db, { password: config.demoPassword });
      if (!result) {
        io.err('The database already has organization units: the demo is loaded only into an empty database.');
        return 1;
      }
      io.out(formatDemoPrintout(result, { url: serverUrl(config), requireAdminMfa: config.requireAdminMfa }));
      io.out('Start the server (npm start) to sign in.');
      return 0;
    });
  },
};
