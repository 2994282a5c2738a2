import * as vscode from 'vscode';
import type { CreditEstimate } from '../core/creditEstimate';
import { statusBarView } from '../core/formatEstimate';
import { usdToMicros } from '../core/money';
import { COMMANDS } from './commandIds';
import type { StatusBarView } from './statusBar';

/** The tooltip's last line: the main actions as command links. */
function commandLinks(): string {
  return [
    `[$(question) ${vscode.l10n.t('Explain rejection')}](command:${COMMANDS.explainRejection})`,
    `[$(credit-card) ${vscode.l10n.t('Set balance')}](command:${COMMANDS.setBalance})`,
    `[$(book) ${vscode.l10n.t('Walkthrough')}](command:${COMMANDS.openWalkthrough})`,
  ].join(' · ');
}

/** The status bar view of the estimate, with the tooltip's command links appended. */
export function renderStatus(
  estimate: CreditEstimate,
  options: { rejected: boolean; lowThresholdUsd: number; extraLines?: readonly string[] },
): StatusBarView {
  const view = statusBarView(estimate, { rejected: options.rejected, lowThresholdMicros: usdToMicros(options.lowThresholdUsd), l10n: vscode.l10n });
  return { ...view, tooltipLines: [...view.tooltipLines, ...(options.extraLines ?? []), commandLinks()] };
}
