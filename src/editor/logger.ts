import * as vscode from 'vscode';
import { redactSecrets } from '../core/redactSecrets';

/** The extension's log: a `LogOutputChannel` whose every line passes through secret redaction. */
export interface Logger extends vscode.Disposable {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
  show(): void;
}

/** Creates the `Extra Usage Guard` log channel. Messages must describe, never quote, record content. */
export function createLogger(name: string): Logger {
  const channel = vscode.window.createOutputChannel(name, { log: true });
  const describe = (error: unknown): string =>
    error instanceof Error ? `${error.name}: ${error.message}` : error === undefined ? '' : String(error);
  return {
    info: (message) => channel.info(redactSecrets(message)),
    warn: (message) => channel.warn(redactSecrets(message)),
    error: (message, error) => channel.error(redactSecrets(error === undefined ? message : `${message}: ${describe(error)}`)),
    show: () => channel.show(true),
    dispose: () => channel.dispose(),
  };
}
