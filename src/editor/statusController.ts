import * as vscode from 'vscode';
import { creditAlerts } from '../core/creditAlerts';
import { checkpointId } from '../core/creditCheckpoint';
import type { CreditEstimate } from '../core/creditEstimate';
import { formatMoney, usdToMicros } from '../core/money';
import { hasUnresolvedExtraUsage } from '../core/rejectionHistory';
import { translatedToolLabel } from '../core/toolLabels';
import type { BalanceStore } from './balanceStore';
import { COMMANDS } from './commandIds';
import type { CreditService } from './creditService';
import type { RejectionCenter } from './rejectionCenter';
import { renderStatus } from './renderStatus';
import type { SettingsService } from './settings';
import type { StatusBar } from './statusBar';

const ALERTS_KEY = 'extraUsageGuard.firedAlerts';

/** Keeps the status bar in step with the estimate, the rejections and the first scan; fires credit alerts. */
export function createStatusController(deps: {
  state: vscode.Memento;
  statusBar: StatusBar;
  credit: CreditService;
  rejections: RejectionCenter;
  balances: BalanceStore;
  settings: SettingsService;
  /** First one wins across windows (see `createClaimStore`). */
  claim?: (key: string) => boolean;
}) {
  let previous: CreditEstimate | undefined;
  let scanning: string | undefined;
  let foundLine = vscode.l10n.t('Looking for AI tools’ logs…');
  const refresh = (): void => {
    const s = deps.settings.current;
    const estimate = deps.credit.estimate();
    const rejected = hasUnresolvedExtraUsage(deps.rejections.history(), deps.balances.latest()?.at);
    const view = renderStatus(estimate, { rejected, lowThresholdUsd: s['statusBar.lowBalanceThreshold'], extraLines: [foundLine] });
    deps.statusBar.render(scanning && !rejected ? { ...view, text: `$(sync~spin) ${scanning}` } : view);
    deps.statusBar.setVisible(s['statusBar.enabled']);
    void alert(estimate);
  };
  const alert = async (estimate: CreditEstimate): Promise<void> => {
    const checkpoint = estimate.checkpoint;
    const fired = new Set(deps.state.get<string[]>(ALERTS_KEY, []));
    const t = deps.settings.current['credit.alertThresholds'];
    const alerts = checkpoint
      ? creditAlerts({ previous, current: estimate, checkpointId: checkpointId(checkpoint), alreadyFired: fired, thresholds: { remainingMicros: usdToMicros(t.remainingUsd), spentPercent: t.spentPercent } })
      : [];
    previous = estimate;
    if (alerts.length === 0) return;
    await deps.state.update(ALERTS_KEY, [...fired, ...alerts.map((a) => a.id)].slice(-50));
    if (deps.claim && !alerts.some((a) => deps.claim!(`alert:${a.id}`))) return;
    const left = formatMoney(estimate.remainingMicros ?? 0, { currency: checkpoint?.currency ?? '$', approximate: true });
    const [openWalkthrough, setBalance] = [vscode.l10n.t('Open Walkthrough'), vscode.l10n.t('Set Balance')];
    const pick = await vscode.window.showWarningMessage(
      vscode.l10n.t('Extra usage credit is running low: {0} left (estimate).', left),
      openWalkthrough,
      setBalance,
    );
    if (pick === openWalkthrough) await vscode.commands.executeCommand(COMMANDS.openWalkthrough, 'auto-reload');
    if (pick === setBalance) await vscode.commands.executeCommand(COMMANDS.setBalance);
  };
  return {
    refresh,
    setScanning(progress: { bytesDone: number; bytesTotal: number } | undefined): void {
      const percent = progress && progress.bytesTotal > 0 ? Math.floor((progress.bytesDone * 100) / progress.bytesTotal) : 0;
      const next = progress ? vscode.l10n.t('Reading usage logs… {0}%', percent) : undefined;
      if (next === scanning) return;
      scanning = next;
      refresh();
    },
    setFound(tools: readonly string[], remoteName: string | undefined): void {
      const list = tools.length > 0 ? tools.map((tool) => translatedToolLabel(tool, vscode.l10n)).join(', ') : vscode.l10n.t('none yet');
      foundLine = remoteName
        ? vscode.l10n.t('Watching on the remote host ({0}): {1}. The built-in AI of Cursor and Windsurf cannot be observed.', remoteName, list)
        : vscode.l10n.t('Watching: {0}. The built-in AI of Cursor and Windsurf cannot be observed.', list);
      refresh();
    },
  };
}
