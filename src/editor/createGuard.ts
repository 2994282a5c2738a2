import * as vscode from 'vscode';
import { classifyRejection } from '../core/classifyRejection';
import type { RejectionEvent } from '../core/rejection';
import { createClaimStore } from '../sources/claimOnce';
import { createBalanceStore } from './balanceStore';
import { COMMANDS } from './commandIds';
import { explainRejection } from './commands/explainRejection';
import { resetDismissed } from './commands/resetDismissed';
import { setBalance } from './commands/setBalance';
import { statusBarMenu } from './commands/statusBarMenu';
import { createCreditService } from './creditService';
import type { Logger } from './logger';
import { panelData } from './panelData';
import { registerCommand } from './registerCommand';
import { createRejectionCenter } from './rejectionCenter';
import { showRejectionNotification } from './rejectionNotifier';
import { createSettings } from './settings';
import { createStatusBar } from './statusBar';
import { createStatusController } from './statusController';
import { createAutoReloadStore } from './walkthrough/autoReloadStore';
import { registerWalkthrough } from './walkthrough/registerWalkthrough';

const classify = (text: string) => classifyRejection(text);

/** Builds every service and command; the caller pushes the returned disposables. */
export function createGuard(context: vscode.ExtensionContext, logger: Logger) {
  const settings = createSettings(logger);
  const balances = createBalanceStore(context.globalState);
  const claims = createClaimStore(vscode.Uri.joinPath(context.globalStorageUri, 'claims').fsPath);
  const rejections = createRejectionCenter(context.globalState, settings, logger, claims.claim);
  const autoReload = createAutoReloadStore(context.globalState);
  const credit = createCreditService(balances, settings, logger, () => autoReload.get());
  const statusBar = createStatusBar();
  const status = createStatusController({ state: context.globalState, statusBar, credit, rejections, balances, settings, claim: claims.claim });
  let focused: RejectionEvent | undefined;
  const walkthrough = registerWalkthrough(context, {
    logger, balances, autoReload, onDidConfirmBalance: status.refresh,
    getPanelData: () => panelData({ rejection: focused ?? rejections.history()[0], estimate: credit.estimate(), ledger: credit.ledger, settings: settings.current, now: new Date() }),
  });
  const explain = (arg?: unknown) => explainRejection({
    classify, history: rejections.history,
    show: (event) => {
      focused = event;
      walkthrough.show('what-happened', { creditOfferUsd: event.creditOfferUsd, orgAdmin: event.orgAdmin });
    },
  }, arg);
  const disposables: vscode.Disposable[] = [
    settings, rejections, credit, statusBar, walkthrough,
    registerCommand(COMMANDS.showLog, logger, () => logger.show()),
    registerCommand(COMMANDS.statusBarMenu, logger, statusBarMenu),
    registerCommand(COMMANDS.setBalance, logger, async () => void ((await setBalance(balances)) && status.refresh())),
    registerCommand(COMMANDS.explainRejection, logger, explain),
    registerCommand(COMMANDS.resetDismissed, logger, () => resetDismissed(settings, () => context.globalState.update('extraUsageGuard.notificationMemory', undefined))),
    rejections.onShouldNotify((event) => void showRejectionNotification(event, settings)),
    rejections.onDidChange(() => { status.refresh(); walkthrough.refresh(); }),
    credit.onDidChange(() => { status.refresh(); walkthrough.refresh(); }),
    settings.onDidChange(status.refresh),
  ];
  const minuteTimer = setInterval(status.refresh, 60_000);
  disposables.push({ dispose: () => clearInterval(minuteTimer) });
  return { settings, rejections, credit, status, statusBar, classify, disposables, balances, claims };
}

/** The services `createGuard` builds. */
export type Guard = ReturnType<typeof createGuard>;
