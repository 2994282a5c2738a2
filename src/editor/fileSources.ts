import * as os from 'node:os';
import * as vscode from 'vscode';
import { hash53 } from '../core/hash53';
import type { LedgerSnapshot } from '../core/ledgerSnapshot';
import type { RejectionEvent } from '../core/rejection';
import type { UsageEvent } from '../core/usageEvent';
import { findClaudeCodeFolders } from '../sources/claudeCodeFolders';
import { findClineTaskRoots, type TaskRoot } from '../sources/clineTaskFolders';
import { createTranscriptWatcher } from '../sources/createTranscriptWatcher';
import type { RejectionClassifier } from '../sources/rejectionClassifier';
import type { ScanProgress } from '../sources/scanStats';
import { readScanState, type ScanState } from '../sources/scanStateFile';
import { createScanStateSaver } from '../sources/scanStateSaver';
import type { TailStates } from '../sources/tailState';
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
  /** The spend ledger, to save beside the offsets and to restore from them. */
  readonly ledger: {
    snapshot(): LedgerSnapshot;
    restore(snapshot: LedgerSnapshot): boolean;
  };
}

/** Where the offsets and the ledger are saved: our own global storage, shared by the editor's windows. */
const STATE_FILE = 'scan-state.json';

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
  const file = vscode.Uri.joinPath(context.globalStorageUri, STATE_FILE).fsPath;
  const configKey = hash53(JSON.stringify({
    folders: claude.folders, tasks: taskRoots.map((r) => [r.source, r.tasksDir]), maxAgeDays: s['sources.maxAgeDays'],
  })).toString(16);
  const states = await resumeFrom(file, configKey, sinks, logger);
  const watcher = createTranscriptWatcher({
    folders: claude.folders, taskRoots, classify: sinks.classify, maxAgeDays: s['sources.maxAgeDays'],
    ...(states ? { states } : {}),
  });
  const saver = createScanStateSaver({
    file, configKey, tail: () => watcher.states, ledger: () => sinks.ledger.snapshot(), isBusy: () => watcher.isBusy,
    onError: (error) => logger.warn(`Could not save the read positions (the next start reads the logs again): ${errorCode(error)}.`),
  });
  watcher.onDidSeeUsage((event) => {
    saver.markDirty();
    sinks.onUsage(event);
  });
  watcher.onDidSeeRejection((event) => {
    saver.markDirty();
    sinks.onRejection(event);
  });
  watcher.onDidSettle(() => saver.settle());
  watcher.onDidScanProgress((p) => sinks.onProgress(p.isDone ? undefined : p));
  watcher.onDidFindUnreadable((entry) => logger.warn(`Cannot read ${entry.path}: ${entry.reason}.`));
  void watcher.start().then(
    (stats) => {
      sinks.onProgress(undefined);
      logger.info(
        `First scan: ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB, ${stats.usageEvents} usage records, ` +
          `${stats.duplicates} duplicates, ${stats.rejections} rejections, ${stats.malformedLines} malformed lines skipped, ` +
          `${stats.filesTooOld} files older than ${s['sources.maxAgeDays']} days skipped, ${stats.filesUnchanged} unchanged since the last save, ` +
          `in ${stats.durationMs} ms.`,
      );
      saver.markDirty();
      return saver.saveNow();
    },
    (error) => logger.error('First scan failed', error),
  );
  // The saver goes first: its last save needs the watcher's offsets before the watcher lets go of them.
  return vscode.Disposable.from(saver, watcher);
}

/**
 * Loads the saved offsets and ledger when they were taken over the same folders, settings and prices; otherwise
 * the logs are read again from the start (exact, only slower), and the log says why.
 */
async function resumeFrom(file: string, configKey: string, sinks: FileSourceSinks, logger: Logger): Promise<TailStates | undefined> {
  const saved = await readScanState(file);
  if ('problem' in saved) {
    if (saved.problem !== 'missing') logger.warn(`The saved read positions were not used (${saved.problem}); reading the logs from the start.`);
    return undefined;
  }
  const state: ScanState = saved.state;
  if (state.configKey !== configKey) {
    logger.info('Sources or settings changed since the read positions were saved; reading the logs from the start.');
    return undefined;
  }
  if (!sinks.ledger.restore(state.ledger)) {
    logger.info('Prices changed since the read positions were saved; reading the logs from the start.');
    return undefined;
  }
  logger.info(`Resuming from read positions saved at ${state.savedAt} (${Object.keys(state.tail.files).length} files, ${Object.keys(state.tail.tasks).length} tasks).`);
  return state.tail;
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String((error as Error)?.message ?? error);
}
