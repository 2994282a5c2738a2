import * as os from 'node:os';
import { BUNDLED_PRICE_TABLE } from '../core/priceTable';
import { createUsageLedger, type UsageLedger } from '../core/usageLedger';
import { findClaudeCodeFoldersSync } from '../sources/claudeCodeFolders';
import { listClaudeCodeTranscriptsSync, scanClaudeCodeListingSync } from '../sources/scanUsage';
import type { ScanStats } from '../sources/scanStats';
import type { CliIo } from './cliCommand';
import { FOLDER_NOTES } from './cliText';
import { localDateFor } from './cliTimeZone';

/** What a read of the Claude Code transcripts gave. */
export interface LoadedUsage {
  readonly ledger: UsageLedger;
  readonly stats: ScanStats;
  readonly folders: readonly string[];
}

// Dedup is left to the ledger (a set of 53-bit hashes): the scan keeps no set of key strings of its own (`seenKeys:
// null`), so no key is even decoded for a request whose hash the module computed.
// Debt: the first copy of a request wins in path order, where ccusage takes files by their earliest timestamp. The
// copies Claude Code writes (streaming chunks, a resumed session's history) carry the same usage and time, so the
// totals agree; copies that differ would be counted from a different file. Matching that order costs ccusage a
// second pass over every line.
/**
 * Reads the Claude Code transcripts into a ledger, in one blocking pass (nothing else runs in the CLI, and the
 * sync reads cost a fraction of the async ones). Files last modified before `modifiedSinceMs` are not even
 * opened (a file cannot hold requests newer than its last write). No folder → a note on stderr and an empty ledger.
 */
export async function loadClaudeCodeUsage(
  io: CliIo,
  options: { timeZone: string | undefined; modifiedSinceMs?: number; quiet?: boolean; totalsOnly?: boolean },
): Promise<LoadedUsage> {
  const ledger = createUsageLedger({ table: BUNDLED_PRICE_TABLE, localDate: localDateFor(options.timeZone), spendTimeline: !options.totalsOnly });
  const found = findClaudeCodeFoldersSync({ env: io.env, homedir: io.env.HOME || os.homedir() });
  if (!options.quiet && found.folders.length === 0) io.stderr(FOLDER_NOTES.noTranscripts(found.skipped));
  else if (!options.quiet && io.env.CLAUDE_CONFIG_DIR && found.skipped.length > 0) io.stderr(FOLDER_NOTES.skippedFolders(found.skipped));
  const since = options.modifiedSinceMs;
  // Without a cut-off nothing needs a file's time or size (each is read to its end), so the files are not stat'd.
  const listing = listClaudeCodeTranscriptsSync(found.folders, { stat: since !== undefined });
  const files = since === undefined ? listing.files : listing.files.filter((f) => f.mtimeMs >= since);
  const stats = scanClaudeCodeListingSync({ ...listing, files }, {
    classify: () => undefined,
    onUsage: (event) => void ledger.add(event),
    seenKeys: null,
  });
  return { ledger, stats, folders: found.folders };
}
