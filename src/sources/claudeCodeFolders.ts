import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

/** A candidate folder that was not used, and why (for the log; never file content). */
export interface SkippedFolder {
  readonly path: string;
  readonly reason: string;
}

export interface ClaudeCodeFolders {
  /** Existing Claude Code configuration folders that hold a `projects` folder, without duplicates. */
  readonly folders: readonly string[];
  readonly skipped: readonly SkippedFolder[];
}

export interface ClaudeCodeFolderOptions {
  /** Usually `process.env`; only `CLAUDE_CONFIG_DIR` is read. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homedir: string;
  /** More folders from settings (`extraUsageGuard.sources.extraFolders`). */
  readonly extraFolders?: readonly string[];
}

/**
 * The folders to read, as ccusage finds them: each entry of the comma-separated `CLAUDE_CONFIG_DIR`
 * when set, else `~/.config/claude` and `~/.claude`; plus any extra folders. A folder counts only when
 * it has a `projects` folder.
 */
export function claudeCodeFolderCandidates(options: ClaudeCodeFolderOptions): string[] {
  const fromEnv = (options.env.CLAUDE_CONFIG_DIR ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const defaults = [path.join(options.homedir, '.config', 'claude'), path.join(options.homedir, '.claude')];
  const expand = (p: string): string => (p === '~' || p.startsWith('~/') ? path.join(options.homedir, p.slice(1)) : p);
  return [...(fromEnv.length > 0 ? fromEnv : defaults), ...(options.extraFolders ?? [])].map((p) => path.resolve(expand(p)));
}

async function checkFolder(folder: string): Promise<string | undefined> {
  try {
    const st = await fsp.stat(path.join(folder, 'projects'));
    return st.isDirectory() ? undefined : 'projects is not a folder';
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return code === 'ENOENT' ? 'no projects folder' : `cannot read (${String(code)})`;
  }
}

/** Finds the Claude Code folders to read; a missing or unreadable one is reported with its reason. */
export async function findClaudeCodeFolders(options: ClaudeCodeFolderOptions): Promise<ClaudeCodeFolders> {
  const folders: string[] = [];
  const skipped: SkippedFolder[] = [];
  const seen = new Set<string>();
  for (const folder of claudeCodeFolderCandidates(options)) {
    const real = await fsp.realpath(folder).catch(() => folder);
    if (seen.has(real)) continue;
    seen.add(real);
    const reason = await checkFolder(folder);
    if (reason) skipped.push({ path: folder, reason });
    else folders.push(folder);
  }
  return { folders, skipped };
}
