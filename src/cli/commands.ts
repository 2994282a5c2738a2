import type { CliCommand, CliIo } from './cliCommand';
import { CLASSIFY_TEXT, EXPLAIN_TEXT, STATUS_TEXT, STATUSLINE_TEXT, USAGE_TEXT } from './cliText';

/**
 * A command whose module loads when it runs: `--help` needs only its texts, and `usage` (the one timed against
 * ccusage) then loads neither the classifier nor the schema library the other commands use (~15 ms of start-up).
 */
function lazyCommand(name: string, text: { summary: string; usage: string }, load: () => Promise<CliCommand>): CliCommand {
  return { name, summary: text.summary, usage: text.usage, run: async (io: CliIo) => (await load()).run(io) };
}

/** Every CLI subcommand, in the order `--help` lists them. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  lazyCommand('classify', CLASSIFY_TEXT, async () => (await import('./classifyCommand.js')).classifyCommand),
  lazyCommand('explain', EXPLAIN_TEXT, async () => (await import('./explainCommand.js')).explainCommand),
  lazyCommand('usage', USAGE_TEXT, async () => (await import('./usageCommand.js')).usageCommand),
  lazyCommand('status', STATUS_TEXT, async () => (await import('./statusCommand.js')).statusCommand),
  lazyCommand('statusline', STATUSLINE_TEXT, async () => (await import('./statuslineCommand.js')).statuslineCommand),
];
