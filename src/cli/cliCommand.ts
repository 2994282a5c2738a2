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
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * True for a {@link UsageError}, thrown by any copy of this module: the built CLI is a front end and bundles of
 * commands loaded on demand, each with its own copy (so `instanceof` would miss one thrown by a command).
 */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof Error && error.name === 'UsageError';
}
