import { verifyAuditChain } from '../../../platform/server/audit/verify-audit.js';
import type { CliCommand } from './cli-command.js';
import { isMigrated, withDatabase } from './with-database.js';

export const auditCommand: CliCommand = {
  name: 'audit',
  usage: 'audit verify',
  summary: 'Recompute the audit log hash chain; names the first broken event (exit 1).',
  run: async (args, io) => {
    if (args.length !== 1 || args[0] !== 'verify') {
      io.err(`merit audit: unknown or missing subcommand${args.length ? ` "${args.join(' ')}"` : ''}. Usage: merit audit verify`);
      return 2;
    }
    return withDatabase(io, async (database) => {
      if (!(await isMigrated(database))) {
        io.err('This database has no Merit schema yet: nothing to verify (start the server or run `merit migrate`).');
        return 1;
      }
      const result = await verifyAuditChain(database.db);
      if (result.ok) {
        io.out(`Audit chain OK: ${result.events} events, last hash ${result.lastHash}`);
        return 0;
      }
      io.err(`Audit chain BROKEN at event #${result.brokenEventId}: ${result.reason}`);
      return 1;
    });
  },
};
