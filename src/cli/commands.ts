import type { CliCommand } from './cliCommand';
import { classifyCommand } from './classifyCommand';
import { explainCommand } from './explainCommand';

/** Every CLI subcommand, in the order `--help` lists them. Later issues add classify, explain, usage, status. */
export const CLI_COMMANDS: readonly CliCommand[] = [classifyCommand, explainCommand];
