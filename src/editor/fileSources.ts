import * as os from 'node:os';
import * as vscode from 'vscode';
import type { RejectionEvent } from '../core/rejection';
import type { UsageEvent } from '../core/usageEvent';
import { findClaudeCodeFolders } from '../sources/claudeCodeFolders';
import { findClineTaskRoots, type TaskRoot } from '../sources/clineTaskFolders';
import { createTranscriptWatcher } from '../sources/createTranscriptWatcher';
import type { RejectionClassifier } from '../sources/rejectionClassifier';
import type { ScanProgress } from '../sources/scanStats';
import type { Logger } from './logger';
import type { SettingsService } from './settings';

/** What the file sources report into. */
export interface FileSourceSinks {
  readonly classify: RejectionClassifier;
  readonly onUsage: (event: UsageEvent) => void;
  readonly onRejection: (event: RejectionEvent) => void;
  readonly onProgress: (progress: ScanProgress | undefined) => void;
  /** Which tools' data was found on this machine, for the tooltip. */
  readonly onFound: (tools: readonly string[]) => void;
}

/**
 * Starts watching Claude Code transcripts and Cline-family task histories, off the activation path.
 * Everything is read-only. The log names what is watched and the counts, never the content of a record.
 */
export async function startFileSources(
  context: vscode.ExtensionContext,
  settings: SettingsService,
  sinks: FileSourceSinks,
  logger: Logger,
): Promise<vscode.Disposable> {
  const s = settings.current;
  const homedir = os.homedir();
  const claude = s['sources.claudeCode.enabled']
    ? await findClaudeCodeFolders({ env: process.env, homedir, extraFolders: s['sources.extraFolders'] })
    : { folders: [], skipped: [] };
  for (const skipped of claude.skipped) logger.info(`Claude Code folder not read: ${skipped.path} (${skipped.reason}).`);
  const taskRoots: TaskRoot[] = s['sources.taskHistories.enabled']
    ? await findClineTaskRoots({ globalStorageRoot: vscode.Uri.joinPath(context.globalStorageUri, '..').fsPath, homedir })
    : [];
  const found = [...(claude.folders.length > 0 ? ['claude-code'] : []), ...new Set(taskRoots.map((r) => r.source))];
  sinks.onFound(found);
  for (const folder of claude.folders) logger.info(`Watching Claude Code transcripts in ${folder}.`);
  for (const root of taskRoots) logger.info(`Watching ${root.source} task histories in ${root.tasksDir}.`);
  const watcher = createTranscriptWatcher({
    folders: claude.folders, taskRoots, classify: sinks.classify, maxAgeDays: s['sources.maxAgeDays'],
  });
  watcher.onDidSeeUsage(sinks.onUsage);
  watcher.onDidSeeRejection(sinks.onRejection);
  watcher.onDidScanProgress((p) => sinks.onProgress(p.isDone ? undefined : p));
  watcher.onDidFindUnreadable((entry) => logger.warn(`Cannot read ${entry.path}: ${entry.reason}.`));
  void watcher.start().then(
    (stats) => {
      sinks.onProgress(undefined);
      logger.info(
        `First scan: ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB, ${stats.usageEvents} usage records, ` +
          `${stats.duplicates} duplicates, ${stats.rejections} rejections, ${stats.malformedLines} malformed lines skipped, ` +
          `${stats.filesTooOld} files older than ${s['sources.maxAgeDays']} days skipped, in ${stats.durationMs} ms.`,
      );
    },
    (error) => logger.error('First scan failed', error),
  );
  return watcher;
}
