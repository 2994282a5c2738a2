import * as vscode from 'vscode';
import { notificationContent, type NotificationAction } from '../core/notificationContent';
import type { RejectionEvent } from '../core/rejection';
import { COMMANDS } from './commandIds';
import { openHttps } from './openHttps';
import type { SettingsService } from './settings';
import { claimUrl, LINKS } from '../core/links';

/** Button labels, looked up when shown (not at load) so they follow the editor's display language. */
function labels(): Readonly<Record<NotificationAction, string>> {
  return {
    claimCredit: vscode.l10n.t('Claim Credit'),
    addApiCredits: vscode.l10n.t('Add API Credits'),
    useApiKey: vscode.l10n.t('Use API Key'),
    explain: vscode.l10n.t('Explain'),
    dontShowAgain: vscode.l10n.t("Don't Show Again"),
  };
}

/** Shows the quick-fix notification for a rejection and runs the button the user picks. */
export async function showRejectionNotification(event: RejectionEvent, settings: SettingsService): Promise<NotificationAction | undefined> {
  const content = notificationContent(event, formatLocalTime, vscode.l10n);
  const show = content.severity === 'warning' ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  const label = labels();
  const picked = await show(content.message, ...content.actions.map((a) => label[a]));
  const action = content.actions.find((a) => label[a] === picked);
  if (action) await runAction(action, event, settings);
  return action;
}

async function runAction(action: NotificationAction, event: RejectionEvent, settings: SettingsService): Promise<void> {
  switch (action) {
    case 'claimCredit':
      await openHttps(claimUrl(event.orgAdmin));
      await vscode.commands.executeCommand(COMMANDS.openWalkthrough, 'claim-credit');
      return;
    case 'addApiCredits':
      await openHttps(LINKS.consoleBilling);
      return;
    case 'useApiKey':
      await vscode.commands.executeCommand(COMMANDS.openWalkthrough, 'api-key');
      return;
    case 'explain':
      await vscode.commands.executeCommand(COMMANDS.explainRejection, event);
      return;
    case 'dontShowAgain': {
      const kinds = settings.current['notifications.suppressedKinds'];
      await settings.update('notifications.suppressedKinds', [...new Set([...kinds, event.kind])]);
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Extra Usage Guard will not notify about "{0}" rejections. Undo it with "Extra Usage Guard: Reset Dismissed Notifications".',
          event.kind,
        ),
      );
      return;
    }
    default: {
      const unreachable: never = action;
      throw new Error(`unknown action ${String(unreachable)}`);
    }
  }
}

/** Local wall-clock time, with the date when it is not today. */
export function formatLocalTime(iso: string): string {
  const date = new Date(iso);
  const sameDay = date.toDateString() === new Date().toDateString();
  const time = date.toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
  if (sameDay) return vscode.l10n.t('at {0}', time);
  return vscode.l10n.t('on {0} at {1}', date.toLocaleDateString(undefined, { weekday: 'short', month: 'short', day: 'numeric' }), time);
}
