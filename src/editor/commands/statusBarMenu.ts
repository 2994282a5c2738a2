import * as vscode from 'vscode';
import { COMMANDS, type CommandId } from '../commandIds';

interface MenuItem extends vscode.QuickPickItem {
  readonly command: CommandId;
}

const ITEMS: readonly MenuItem[] = [
  { label: '$(question) Explain Rejection', description: 'What happened, which pool, what to do', command: COMMANDS.explainRejection },
  { label: '$(credit-card) Set Extra Usage Balance…', description: 'Confirm the balance shown at claude.ai', command: COMMANDS.setBalance },
  { label: '$(book) Open Credit Walkthrough', description: 'Claim the starter credit or switch to an API key', command: COMMANDS.openWalkthrough },
  { label: '$(output) Show Log', description: 'What is being watched', command: COMMANDS.showLog },
];

/** The status bar item's click: a quick pick of the extension's actions. */
export async function statusBarMenu(): Promise<void> {
  const pick = await vscode.window.showQuickPick(ITEMS, { title: 'Extra Usage Guard', placeHolder: 'Choose an action' });
  if (pick) await vscode.commands.executeCommand(pick.command);
}
