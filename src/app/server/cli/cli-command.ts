/** What a command sees of the world: the environment and two output streams (tests capture them). */
export interface CliIo {
  readonly env: NodeJS.ProcessEnv;
  out(text: string): void;
  err(text: string): void;
}

export interface CliCommand {
  readonly name: string;
  /** `merit <usage>` in the help. */
  readonly usage: string;
  readonly summary: string;
  /** Options and notes, one line each, shown under the command in `merit help` and by `merit <command> --help`. */
  readonly details?: readonly string[];
  /** Resolves to the process exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
