import type { CliCommand } from './cliCommand';
import { classifyCommand } from './classifyCommand';
import { explainCommand } from './explainCommand';
import { statusCommand } from './statusCommand';
import { statuslineCommand } from './statuslineCommand';
import { usageCommand } from './usageCommand';

/** Every CLI subcommand, in the order `--help` lists them. */
export const CLI_COMMANDS: readonly CliCommand[] = [classifyCommand, explainCommand, usageCommand, statusCommand, statuslineCommand];
