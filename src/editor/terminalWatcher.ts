import * as vscode from 'vscode';
import { matchAiCommand } from '../core/aiCommandMatcher';
import type { Rejection, RejectionEvent } from '../core/rejection';
import { createTerminalScanner } from '../core/terminalScanner';
import type { Logger } from './logger';

/** Reads the output of AI CLIs run in integrated terminals (shell integration, VS Code ≥1.93). */
export function createTerminalWatcher(
  classify: (text: string) => Rejection | undefined,
  publish: (event: RejectionEvent) => void,
  options: { extraCommands: () => readonly string[]; isEnabled: () => boolean },
  logger: Logger,
): vscode.Disposable {
  // `onDidStartTerminalShellExecution` is missing in editors older than 1.93 and in some forks.
  const start = vscode.window.onDidStartTerminalShellExecution;
  if (typeof start !== 'function') {
    logger.info('Terminal source off: this editor has no shell-integration API.');
    return { dispose() {} };
  }
  return start((event) => {
    if (!options.isEnabled()) return;
    const tool = matchAiCommand(event.execution.commandLine.value, options.extraCommands());
    if (!tool) return;
    // read() must be called synchronously in the start handler, or early output is lost.
    const stream = event.execution.read();
    void consume(stream, event.terminal.name, tool, classify, publish).catch((error) =>
      logger.warn(`Stopped reading terminal "${event.terminal.name}": ${error instanceof Error ? error.message : String(error)}`),
    );
  });
}

async function consume(
  stream: AsyncIterable<string>,
  terminalName: string,
  tool: string,
  classify: (text: string) => Rejection | undefined,
  publish: (event: RejectionEvent) => void,
): Promise<void> {
  const scanner = createTerminalScanner(classify);
  const emit = (found: Rejection[]): void => {
    for (const rejection of found) {
      const origin = { source: 'terminal', location: `${tool} in terminal "${terminalName}"` };
      publish({ ...rejection, at: new Date().toISOString(), origin, isHistorical: false });
    }
  };
  for await (const chunk of stream) emit(scanner.push(chunk));
  emit(scanner.end());
}
