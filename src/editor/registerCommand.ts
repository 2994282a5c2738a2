import * as vscode from 'vscode';
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
      const reason = error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(vscode.l10n.t('Extra Usage Guard: that did not work ({0}). See the log for details.', reason));
      return undefined;
    }
  });
}
