import type { CliCommand } from './cli-command.js';

/** `merit <usage>  <summary>`, then the command's options and notes, indented. */
function commandLines(command: CliCommand, width: number): string[] {
  return [`  merit ${command.usage.padEnd(width)}  ${command.summary}`, ...(command.details ?? []).map((d) => `      ${d}`)];
}

const PASSWORD_NOTE = [
  'Passwords (create-admin, reset-password): set MERIT_ADMIN_PASSWORD to choose one; without it Merit generates',
  'a strong one and prints it once, to be changed at first sign-in. A password is never accepted as an argument:',
  'it would stay in your shell history. Mật khẩu không bao giờ nhận qua tham số dòng lệnh.',
];

/** `merit <command> --help`. */
export function commandHelp(command: CliCommand): string {
  return [...commandLines(command, command.usage.length), '', ...PASSWORD_NOTE].join('\n');
}

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
          ...list.flatMap((c) => commandLines(c, width)),
          '',
          'The database is the one the server uses: PostgreSQL at MERIT_DATABASE_URL, or else the embedded',
          'PGlite database in MERIT_DATA_DIR (default ./data), which only one process may open at a time.',
          '',
          ...PASSWORD_NOTE,
        ].join('\n'),
      );
      return 0;
    },
  };
}
