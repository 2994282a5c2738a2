import * as vscode from 'vscode';
import { createBalanceStore } from './editor/balanceStore';
import { COMMANDS } from './editor/commandIds';
import { setBalance } from './editor/commands/setBalance';
import { statusBarMenu } from './editor/commands/statusBarMenu';
import { createLogger } from './editor/logger';
import { registerCommand } from './editor/registerCommand';
import { createStatusBar } from './editor/statusBar';
import { renderStatus } from './editor/renderStatus';

/** What tests (and other extensions) may use; kept deliberately small. */
export interface ExtraUsageGuardApi {
  statusBarText(): string | undefined;
}

/** Composition root: builds the services and registers every disposable; slow work starts after it. */
export function activate(context: vscode.ExtensionContext): ExtraUsageGuardApi {
  const logger = createLogger('Extra Usage Guard');
  const statusBar = createStatusBar();
  const balances = createBalanceStore(context.globalState);
  const refresh = (): void => statusBar.render(renderStatus(balances.latest()));
  context.subscriptions.push(
    logger,
    statusBar,
    registerCommand(COMMANDS.showLog, logger, () => logger.show()),
    registerCommand(COMMANDS.statusBarMenu, logger, statusBarMenu),
    registerCommand(COMMANDS.setBalance, logger, async () => {
      if (await setBalance(balances)) refresh();
    }),
    registerCommand(COMMANDS.explainRejection, logger, () =>
      vscode.window.showInformationMessage('Extra Usage Guard: no rejection has been seen yet. Explaining pasted error text is coming in the next version.'),
    ),
    registerCommand(COMMANDS.openWalkthrough, logger, () =>
      vscode.window.showInformationMessage('Extra Usage Guard: the credit walkthrough is coming in the next version.'),
    ),
  );
  refresh();
  logger.info(`Activated in ${vscode.env.appName}${vscode.env.remoteName ? ` (remote: ${vscode.env.remoteName})` : ''}.`);
  return { statusBarText: () => statusBar.current?.text };
}

/** Nothing to do: every resource is in `context.subscriptions`. */
export function deactivate(): void {}
