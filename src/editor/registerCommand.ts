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
      void vscode.window.showErrorMessage(
        `Extra Usage Guard: that did not work (${error instanceof Error ? error.message : String(error)}). See the log for details.`,
      );
      return undefined;
    }
  });
}
