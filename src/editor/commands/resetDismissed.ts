import * as vscode from 'vscode';
import type { SettingsService } from '../settings';

/** `Reset Dismissed Notifications`: every kind of rejection may notify again. */
export async function resetDismissed(settings: SettingsService, clearMemory: () => Thenable<void>): Promise<void> {
  await settings.update('notifications.suppressedKinds', []);
  await clearMemory();
  void vscode.window.showInformationMessage(vscode.l10n.t('Extra Usage Guard: dismissed notifications are reset; you will be notified again.'));
}
