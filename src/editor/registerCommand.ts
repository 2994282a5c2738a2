import * as vscode from 'vscode';
import { redactSecrets } from '../core/redactSecrets';
import type { CommandId } from './commandIds';
import type { Logger } from './logger';

/** Registers a command whose failures are logged and shown as a plain message, never a stack trace. */
export function registerCommand(
  id: CommandId,
  logger: Logger,
  handler: (...args: unknown[]) => unknown,
): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await handler(...args);
    } catch (error) {
      logger.error(`Command ${id} failed`, error);
      // The message alone, one line, never a stack; a key pasted into a failing command is not echoed back.
      const reason = redactSecrets((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').slice(0, 200);
      const showLog = vscode.l10n.t('Show Log');
      void vscode.window
        .showErrorMessage(vscode.l10n.t('Extra Usage Guard: that did not work ({0}). The log has the details.', reason), showLog)
        .then((pick) => pick === showLog && logger.show());
      return undefined;
    }
  });
}
