import * as fs from 'node:fs';
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

/** What the file system says of one candidate: its real path, and why it cannot be read (undefined: it can). */
interface FolderCheck {
  readonly real: string;
  readonly reason: string | undefined;
}

const reasonOf = (error: unknown): string => {
  const code = (error as { code?: unknown }).code;
  return code === 'ENOENT' ? 'no projects folder' : `cannot read (${String(code)})`;
};

async function checkFolder(folder: string): Promise<FolderCheck> {
  const real = await fs.promises.realpath(folder).catch(() => folder);
  try {
    const st = await fs.promises.stat(path.join(folder, 'projects'));
    return { real, reason: st.isDirectory() ? undefined : 'projects is not a folder' };
  } catch (error) {
    return { real, reason: reasonOf(error) };
  }
}

function checkFolderSync(folder: string): FolderCheck {
  let real = folder;
  try {
    real = fs.realpathSync(folder);
  } catch {
    // Not there (or not readable): the stat below says why.
  }
  try {
    return { real, reason: fs.statSync(path.join(folder, 'projects')).isDirectory() ? undefined : 'projects is not a folder' };
  } catch (error) {
    return { real, reason: reasonOf(error) };
  }
}

/** The folders to read from the candidates' checks, in order: the first of each real path, when it can be read. */
function pickFolders(candidates: readonly string[], checks: readonly FolderCheck[]): ClaudeCodeFolders {
  const folders: string[] = [];
  const skipped: SkippedFolder[] = [];
  const seen = new Set<string>();
  candidates.forEach((folder, i) => {
    const { real, reason } = checks[i] as FolderCheck;
    if (seen.has(real)) return;
    seen.add(real);
    if (reason) skipped.push({ path: folder, reason });
    else folders.push(folder);
  });
  return { folders, skipped };
}

/** Finds the Claude Code folders to read; a missing or unreadable one is reported with its reason. */
export async function findClaudeCodeFolders(options: ClaudeCodeFolderOptions): Promise<ClaudeCodeFolders> {
  const candidates = claudeCodeFolderCandidates(options);
  return pickFolders(candidates, await Promise.all(candidates.map(checkFolder)));
}

/**
 * {@link findClaudeCodeFolders} in one blocking pass, for the one-shot CLI: a handful of stats, where the first use
 * of the promise API alone cost the CLI's start a few milliseconds.
 */
export function findClaudeCodeFoldersSync(options: ClaudeCodeFolderOptions): ClaudeCodeFolders {
  const candidates = claudeCodeFolderCandidates(options);
  return pickFolders(candidates, candidates.map(checkFolderSync));
}
