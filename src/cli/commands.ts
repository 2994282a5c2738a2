import type { CliCommand, CliIo } from './cliCommand';
import type * as RejectionCommands from './rejectionCommands';
import type * as UsageCommands from './usageCommands';
import { CLASSIFY_TEXT, EXPLAIN_TEXT, STATUS_TEXT, STATUSLINE_TEXT, USAGE_TEXT } from './cliText';

/**
 * A command whose module loads when it runs: `--help` needs only its texts. The built CLI is this front end and two
 * bundles of commands beside it (esbuild.mjs): `usage`, `status` and `statusline` load neither the classifier nor
 * the schema library the others use, and start ~5 ms sooner than from one bundle of everything.
 */
function lazyCommand(name: string, text: { summary: string; usage: string }, load: () => Promise<CliCommand>): CliCommand {
  return { name, summary: text.summary, usage: text.usage, run: async (io: CliIo) => (await load()).run(io) };
}

// Plain requires, not import(): a dynamic import() would load Node's ES module loader, ~25 ms.
const rejectionCommands = (): typeof RejectionCommands => require('./rejectionCommands.js') as typeof RejectionCommands;
const usageCommands = (): typeof UsageCommands => require('./usageCommands.js') as typeof UsageCommands;

/** Every CLI subcommand, in the order `--help` lists them. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  lazyCommand('classify', CLASSIFY_TEXT, async () => rejectionCommands().classifyCommand),
  lazyCommand('explain', EXPLAIN_TEXT, async () => rejectionCommands().explainCommand),
  lazyCommand('usage', USAGE_TEXT, async () => usageCommands().usageCommand),
  lazyCommand('status', STATUS_TEXT, async () => usageCommands().statusCommand),
  lazyCommand('statusline', STATUSLINE_TEXT, async () => usageCommands().statuslineCommand),
];
