import * as vscode from 'vscode';
import { parseMoneyInput } from '../../core/parseMoneyInput';
import { formatMoney } from '../../core/money';
import type { PanelServices } from './panelMessages';

/** "I've claimed it": records the claimed credit as the confirmed balance. */
export async function confirmClaimed(amount: string, services: PanelServices): Promise<void> {
  const parsed = parseMoneyInput(amount, vscode.l10n);
  if ('error' in parsed) {
    services.post({ type: 'notice', level: 'error', text: parsed.error });
    return;
  }
  const reload = services.autoReload.get();
  await services.balances.push({
    amountMicros: parsed.micros,
    currency: parsed.currency,
    at: new Date().toISOString(),
    how: 'claimed-credit',
    ...(reload ? { autoReload: { thresholdMicros: reload.thresholdMicros, amountMicros: reload.amountMicros } } : {}),
  });
  services.onDidConfirmBalance();
  services.logger.info('Balance confirmed from the walkthrough (claimed credit).');
  const text = formatMoney(parsed.micros, { currency: parsed.currency });
  services.post({ type: 'notice', level: 'info', text: vscode.l10n.t('Balance set to {0}. Now retry the request in your tool.', text) });
  await services.postState();
}

/** Records the auto-reload the user turned on at claude.ai, so the estimate can count on it. */
export async function saveAutoReload(threshold: string, amount: string, services: PanelServices): Promise<void> {
  const below = parseMoneyInput(threshold, vscode.l10n);
  const add = parseMoneyInput(amount, vscode.l10n);
  if ('error' in below || 'error' in add) {
    const error = 'error' in below ? vscode.l10n.t('Threshold: {0}', below.error) : vscode.l10n.t('Amount: {0}', (add as { error: string }).error);
    services.post({ type: 'notice', level: 'error', text: error });
    return;
  }
  if (add.micros === 0) {
    services.post({ type: 'notice', level: 'error', text: vscode.l10n.t('Amount: the reload amount must be more than zero.') });
    return;
  }
  await services.autoReload.set({ thresholdMicros: below.micros, amountMicros: add.micros, currency: below.currency, savedAt: new Date().toISOString() });
  services.logger.info('Auto-reload settings recorded from the walkthrough.');
  services.onDidConfirmBalance();
  const money = (micros: number): string => formatMoney(micros, { currency: below.currency });
  services.post({ type: 'notice', level: 'info', text: vscode.l10n.t('Recorded: auto-reload adds {0} when below {1}.', money(add.micros), money(below.micros)) });
  await services.postState();
}
