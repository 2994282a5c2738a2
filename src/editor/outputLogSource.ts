import * as vscode from 'vscode';
import type { Rejection, RejectionEvent } from '../core/rejection';
import { toolLabel } from '../core/toolLabels';
import { createOutputLogWatcher } from '../sources/createOutputLogWatcher';
import type { Logger } from './logger';

/** Reads AI tools' output-channel logs of this window's extension host (off unless the setting is on). */
export function startOutputLogSource(
  context: vscode.ExtensionContext,
  classify: (text: string) => Rejection | undefined,
  publish: (event: RejectionEvent) => void,
  logger: Logger,
): vscode.Disposable {
  const watcher = createOutputLogWatcher({ logsDir: vscode.Uri.joinPath(context.logUri, '..').fsPath, classify });
  watcher.onDidSeeRejection(publish);
  void watcher.start().then(
    (files) => logger.info(`Watching output logs of: ${[...new Set(files.map((f) => toolLabel(f.tool)))].join(', ') || 'no AI tool yet'}.`),
    (error) => logger.error('Could not read output logs', error),
  );
  return watcher;
}
