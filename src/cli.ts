import { CLI_COMMANDS } from './cli/commands';
import { runCli } from './cli/runCli';

declare const EUG_VERSION: string;

void runCli(CLI_COMMANDS, EUG_VERSION, {
  args: process.argv.slice(2),
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
