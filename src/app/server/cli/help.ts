import type { CliCommand } from './cli-command.js';

/** Lists the commands; takes them lazily because the list includes this command. */
export function helpCommand(commands: () => readonly CliCommand[]): CliCommand {
  return {
    name: 'help',
    usage: 'help',
    summary: 'Show this help.',
    run: async (_args, io) => {
      const list = commands();
      const width = Math.max(...list.map((c) => c.usage.length));
      io.out(
        [
          'Merit — công tác cán bộ. Usage: merit <command>',
          '',
          ...list.map((c) => `  merit ${c.usage.padEnd(width)}  ${c.summary}`),
          '',
          'The database is the one the server uses: PostgreSQL at MERIT_DATABASE_URL, or else the embedded',
          'PGlite database in MERIT_DATA_DIR (default ./data), which only one process may open at a time.',
        ].join('\n'),
      );
      return 0;
    },
  };
}
