import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

/** An output-channel log file of an AI tool. */
export interface OutputLogFile {
  readonly path: string;
  /** Tool id, as in `EventOrigin.source`. */
  readonly tool: string;
  readonly channel: string;
}

/** Log channels (`<extension id>/<Channel>.log`) by extension id, lower case. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  'anthropic.claude-code': 'claude-code',
  'saoudrizwan.claude-dev': 'cline',
  'rooveterinaryinc.roo-cline': 'roo-code',
  'kilocode.kilo-code': 'kilo-code',
  'continue.continue': 'continue',
  'sst-dev.opencode': 'opencode',
};

/** Plain channels (`output_logging_<time>/<n>-<Channel>.log`) by channel name, lower case. */
const BY_CHANNEL: Readonly<Record<string, string>> = {
  'claude code': 'claude-code',
  cline: 'cline',
  'roo-code': 'roo-code',
  'roo code': 'roo-code',
  'kilo-code': 'kilo-code',
  'kilo code': 'kilo-code',
  continue: 'continue',
  opencode: 'opencode',
};

const readdir = (dir: string) => fsp.readdir(dir, { withFileTypes: true }).catch(() => []);

/**
 * Lists the output-channel log files of known AI tools in an extension-host log folder (the parent of
 * our own `logUri`). Our own channel and every other extension's are never listed.
 */
export async function listOutputLogFiles(logsDir: string): Promise<OutputLogFile[]> {
  const found: OutputLogFile[] = [];
  for (const entry of await readdir(logsDir)) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(logsDir, entry.name);
    const plain = entry.name.startsWith('output_logging_');
    const extensionTool = BY_EXTENSION[entry.name.toLowerCase()];
    if (!plain && !extensionTool) continue;
    for (const file of await readdir(dir)) {
      if (!file.isFile() || !file.name.endsWith('.log')) continue;
      const channel = file.name.slice(0, -'.log'.length).replace(plain ? /^\d+-/ : /^$/, '');
      const tool = plain ? BY_CHANNEL[channel.toLowerCase()] : extensionTool;
      if (tool) found.push({ path: path.join(dir, file.name), tool, channel });
    }
  }
  return found;
}
