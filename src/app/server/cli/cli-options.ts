import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/app-error.js';
import type { CliIo } from './cli-command.js';

/** "tiếng Việt — English": how the command line says anything an operator must act on. */
export function both(vi: string, en: string): string {
  return `${vi} — ${en}`;
}

export type OptionSpec = Readonly<Record<string, { readonly type: 'string' | 'boolean' }>>;
export type OptionValues<O extends OptionSpec> = { readonly [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean };

/** Anything that looks like a password option: refused without echoing its value. */
const PASSWORD_OPTION = /^(?:-p|--[a-z-]*pass(?:word)?[a-z-]*)(?:=|$)/i;

export const PASSWORD_NOT_ON_COMMAND_LINE = both(
  'Không nhận mật khẩu trên dòng lệnh (nó sẽ nằm lại trong lịch sử shell và hiện trong danh sách tiến trình); ' +
    'đặt biến môi trường MERIT_ADMIN_PASSWORD, hoặc bỏ trống để Merit tạo mật khẩu ngẫu nhiên',
  'a password is never taken on the command line (it would stay in the shell history and show in the process list); ' +
    'set the MERIT_ADMIN_PASSWORD environment variable, or leave it unset and Merit generates one',
);

/**
 * `--name value` / `--name=value` options, each at most once, no positional arguments. Undefined
 * after printing why (usage error, exit 2).
 */
export function parseOptions<const O extends OptionSpec>(
  command: string,
  args: readonly string[],
  options: O,
  io: CliIo,
): OptionValues<O> | undefined {
  const usageError = (vi: string, en: string) => {
    io.err(`merit ${command}: ${both(vi, en)}\n${both('Xem', 'See')} \`merit ${command} --help\`.`);
    return undefined;
  };
  if (args.some((a) => PASSWORD_OPTION.test(a))) {
    io.err(`merit ${command}: ${PASSWORD_NOT_ON_COMMAND_LINE}.`);
    return undefined;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return usageError('tham số không hợp lệ', `invalid arguments: ${detail}`);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) return usageError(`--${token.name} được cho hai lần`, `--${token.name} is given twice`);
    seen.add(token.name);
  }
  return parsed.values as OptionValues<O>;
}

export function wantsHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

/** A refusal found while writing: the transaction rolls back and the lines are printed. */
export class CliRefusal extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
    this.name = 'CliRefusal';
  }
}

/** An AppError from a module's writer, in both languages, with its details (the modules write them in Vietnamese). */
export function describeAppError(error: AppError): string {
  const details = error.details.map((d) => d.message).filter((m) => m.length > 0);
  return both(`${error.messages.vi}${details.length ? ` (${details.join('; ')})` : ''}`, error.messages.en);
}

/** Prints the problems and that nothing was written; the exit code is 1. */
export function refuse(io: CliIo, command: string, problems: readonly string[]): number {
  io.err(
    [
      `merit ${command}: ${both('không thực hiện', 'refused')}:`,
      ...problems.map((p) => `  - ${p}`),
      both('Không có gì được ghi vào cơ sở dữ liệu', 'nothing was written to the database') + '.',
    ].join('\n'),
  );
  return 1;
}

/** Runs `work`; a CliRefusal or AppError becomes a refusal (exit 1), anything else propagates. */
export async function refusingOn(io: CliIo, command: string, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CliRefusal) return refuse(io, command, error.lines);
    if (error instanceof AppError) return refuse(io, command, [describeAppError(error)]);
    throw error;
  }
}

/** A block the operator reads after a command: a blank line, the lines indented, a blank line. */
export function printout(io: CliIo, lines: readonly string[]): void {
  io.out(['', ...lines.map((line) => `  ${line}`), ''].join('\n'));
}
