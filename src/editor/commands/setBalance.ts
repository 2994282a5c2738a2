import * as vscode from 'vscode';
import { parseMoneyInput } from '../../core/parseMoneyInput';
import type { BalanceStore, StoredCheckpoint } from '../balanceStore';

/** Options for the balance prompt: a prefilled amount (e.g. the credit a rejection named) and how it was obtained. */
export interface SetBalanceArgs {
  readonly prefillUsd?: number;
  readonly how?: StoredCheckpoint['how'];
}

/** `Set Extra Usage Balance…`: asks for the balance shown at claude.ai/settings/usage and records it now. */
export async function setBalance(store: BalanceStore, args: SetBalanceArgs = {}): Promise<StoredCheckpoint | undefined> {
  const value = await vscode.window.showInputBox({
    title: vscode.l10n.t('Extra Usage Balance'),
    prompt: vscode.l10n.t('Your current extra usage balance, as shown at claude.ai/settings/usage. Spend from now on is subtracted from it.'),
    placeHolder: vscode.l10n.t('e.g. 20 or $12.50'),
    value: args.prefillUsd !== undefined ? String(args.prefillUsd) : undefined,
    ignoreFocusOut: true,
    validateInput: (text) => {
      const parsed = parseMoneyInput(text, vscode.l10n);
      return 'error' in parsed ? parsed.error : undefined;
    },
  });
  if (value === undefined) return undefined;
  const parsed = parseMoneyInput(value, vscode.l10n);
  if ('error' in parsed) return undefined;
  const checkpoint: StoredCheckpoint = {
    amountMicros: parsed.micros,
    currency: parsed.currency,
    at: new Date().toISOString(),
    how: args.how ?? 'typed',
  };
  await store.push(checkpoint);
  return checkpoint;
}
