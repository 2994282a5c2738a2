import * as vscode from 'vscode';
import type { BalanceStore } from './balanceStore';
import type { Logger } from './logger';

const WELCOMED_KEY = 'extraUsageGuard.welcomedAt';
const WALKTHROUGH_ID = 'extraUsageGuard.gettingStarted';

/**
 * The quiet first run: with no balance yet, the status bar already says `Set balance`; the editor's own Getting
 * Started walkthrough opens once, in the background, unless the user turned off walkthroughs on install. No
 * notification, no modal. `claim` keeps two windows opened together from both doing it.
 */
export function welcomeOnFirstRun(
  context: vscode.ExtensionContext,
  balances: BalanceStore,
  claim: (key: string) => boolean,
  logger: Logger,
): void {
  if (context.globalState.get(WELCOMED_KEY) !== undefined) return;
  void context.globalState.update(WELCOMED_KEY, new Date().toISOString());
  if (balances.latest() || !claim('welcome')) return;
  const wanted = vscode.workspace.getConfiguration('workbench.welcomePage').get<boolean>('walkthroughs.openOnInstall', true);
  logger.info(`First run: ${wanted ? 'opening the Getting Started walkthrough' : 'walkthroughs on install are turned off; nothing opened'}.`);
  if (!wanted) return;
  void vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, false).then(
    undefined,
    (error: unknown) => logger.warn(`Could not open the Getting Started walkthrough: ${String((error as Error)?.message ?? error)}.`),
  );
}
