import * as vscode from 'vscode';
import { liveRejection, type RejectionEvent } from './core/rejection';
import type * as DeferredSources from './deferredSources';
import { createGuard, type Guard } from './editor/createGuard';
import { welcomeOnFirstRun } from './editor/firstRun';
import { createLogger, type Logger } from './editor/logger';

/** What tests (and other extensions) may use; kept deliberately small. */
export interface ExtraUsageGuardApi {
  statusBarText(): string | undefined;
  statusBarTooltip(): string | undefined;
  /** Classifies text as if a tool had just printed it, and publishes it as a live rejection. */
  publishRejection(text: string, source: string): RejectionEvent | undefined;
  rejectionHistory(): readonly RejectionEvent[];
}

/** Composition root: builds the services and registers every disposable; slow work starts after it. */
export function activate(context: vscode.ExtensionContext): ExtraUsageGuardApi {
  const logger = createLogger('Extra Usage Guard');
  const guard = createGuard(context, logger);
  context.subscriptions.push(logger, ...guard.disposables);
  guard.status.refresh();
  void startSources(context, guard, logger).catch((error) => logger.error('Could not start watching AI tools', error));
  // On a first run it creates a claim file in global storage: file-system work, so after activation too.
  setImmediate(() => welcomeOnFirstRun(context, guard.balances, guard.claims.claim, logger));
  logger.info(`Activated in ${vscode.env.appName}${vscode.env.remoteName ? ` (remote: ${vscode.env.remoteName})` : ''}.`);
  return {
    statusBarText: () => guard.statusBar.current?.text,
    statusBarTooltip: () => guard.statusBar.current?.tooltipLines.join('\n'),
    publishRejection(text, source) {
      const rejection = guard.classify(text);
      if (!rejection) return undefined;
      const event = liveRejection(rejection, source);
      guard.rejections.publish(event);
      return event;
    },
    rejectionHistory: () => guard.rejections.history(),
  };
}

async function startSources(context: vscode.ExtensionContext, guard: Guard, logger: Logger): Promise<void> {
  // A macrotask after activate() returns, the sources' own bundle (dist/sources.js) is compiled and run.
  await new Promise((resolve) => setImmediate(resolve));
  const { createTerminalWatcher, createRooEventsSource, startOutputLogSource, startFileSources } =
    require('./sources.js') as typeof DeferredSources;
  const { settings, rejections, credit, status, classify } = guard;
  const publish = (event: RejectionEvent): void => rejections.publish(event);
  context.subscriptions.push(
    createTerminalWatcher(classify, publish, {
      extraCommands: () => settings.current['sources.terminalCommands'],
      isEnabled: () => settings.current['sources.terminal.enabled'],
    }, logger),
    createRooEventsSource(classify, publish, logger),
    settings.current['sources.outputLogs.enabled'] ? startOutputLogSource(context, classify, publish, logger) : { dispose() {} },
    await startFileSources(context, settings, {
      classify, onRejection: publish, onUsage: (e) => credit.addUsage(e),
      onProgress: status.setScanning, onFound: (tools) => status.setFound(tools, vscode.env.remoteName),
      ledger: { snapshot: () => credit.ledger.snapshot(), restore: (snapshot) => credit.restore(snapshot) },
    }, logger),
  );
}

/** Nothing to do: every resource is in `context.subscriptions`. */
export function deactivate(): void {}
