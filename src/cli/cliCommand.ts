/** What a CLI subcommand gets: its arguments and the process's streams, so tests can run it in memory. */
export interface CliIo {
  readonly args: readonly string[];
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly now: () => Date;
}

/** A subcommand: a one-line summary for `--help`, its own usage text, and the run function (exit code). */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(io: CliIo): Promise<number>;
}

/** Thrown for a bad flag or argument; the front end prints it with the usage and exits 2. */
export class UsageError extends Error {}
