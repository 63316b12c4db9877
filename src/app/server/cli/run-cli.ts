import { auditCommand } from './audit.js';
import type { CliCommand, CliIo } from './cli-command.js';
import { createAdminCommand } from './create-admin.js';
import { DataDirBusyError } from './data-dir-lock.js';
import { demoCommand } from './demo.js';
import { helpCommand } from './help.js';
import { migrateCommand } from './migrate.js';
import { resetPasswordCommand } from './reset-password.js';
import { votesCommand } from './votes.js';

export const COMMANDS: readonly CliCommand[] = [
  auditCommand,
  migrateCommand,
  demoCommand,
  createAdminCommand,
  resetPasswordCommand,
  votesCommand,
  helpCommand(() => COMMANDS),
];

const HELP_WORDS = new Set(['help', '--help', '-h']);

/** `merit <command> [args]` → exit code. Expected failures print one clear line, not a stack. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name = 'help', ...args] = argv;
  const command = COMMANDS.find((c) => c.name === (HELP_WORDS.has(name) ? 'help' : name));
  if (!command) {
    io.err(`merit: unknown command "${name}". Run \`merit help\` to see the commands.`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof DataDirBusyError) io.err(error.message);
    else io.err(`merit ${command.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
