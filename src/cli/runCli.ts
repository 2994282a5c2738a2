import { type CliCommand, type CliIo, isUsageError } from './cliCommand';
import { helpText, internalError, unknownCommand, unknownOption, usageErrorText } from './cliText';

/** Dispatches argv to a subcommand; returns the process exit code (2 for usage errors). */
export async function runCli(
  commands: readonly CliCommand[],
  version: string,
  io: CliIo,
): Promise<number> {
  const [first, ...rest] = io.args;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    io.stdout(helpText(commands));
    return first === undefined ? 2 : 0;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (first.startsWith('-')) {
    io.stderr(unknownOption(first));
    return 2;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    io.stderr(unknownCommand(first));
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage);
    return 0;
  }
  try {
    return await command.run(withArgs(io, rest));
  } catch (error) {
    if (isUsageError(error)) {
      io.stderr(usageErrorText(error.message, command.usage));
      return 2;
    }
    io.stderr(internalError(error instanceof Error ? error.message : String(error)));
    return 1;
  }
}

/** `io` with other arguments; stdin stays a getter (spreading `io` would make the stream). */
function withArgs(io: CliIo, args: readonly string[]): CliIo {
  return { args, get stdin() { return io.stdin; }, stdout: io.stdout, stderr: io.stderr, env: io.env, now: io.now };
}
