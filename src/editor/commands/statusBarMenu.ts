import * as vscode from 'vscode';
import { COMMANDS, type CommandId } from '../commandIds';

interface MenuItem extends vscode.QuickPickItem {
  readonly command: CommandId;
}

// Built on each click, not at load: `l10n.t` answers in the display language of the running editor.
const items = (): MenuItem[] => [
  {
    label: `$(question) ${vscode.l10n.t('Explain Rejection')}`,
    description: vscode.l10n.t('What happened, which pool, what to do'),
    command: COMMANDS.explainRejection,
  },
  {
    label: `$(credit-card) ${vscode.l10n.t('Set Extra Usage Balance…')}`,
    description: vscode.l10n.t('Confirm the balance shown at claude.ai'),
    command: COMMANDS.setBalance,
  },
  {
    label: `$(book) ${vscode.l10n.t('Open Credit Walkthrough')}`,
    description: vscode.l10n.t('Claim the starter credit or switch to an API key'),
    command: COMMANDS.openWalkthrough,
  },
  { label: `$(output) ${vscode.l10n.t('Show Log')}`, description: vscode.l10n.t('What is being watched'), command: COMMANDS.showLog },
];

/** The status bar item's click: a quick pick of the extension's actions. */
export async function statusBarMenu(): Promise<void> {
  const pick = await vscode.window.showQuickPick(items(), { title: vscode.l10n.t('Extra Usage Guard'), placeHolder: vscode.l10n.t('Choose an action') });
  if (pick) await vscode.commands.executeCommand(pick.command);
}
