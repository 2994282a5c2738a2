import * as vscode from 'vscode';
import { apiKeyCheckResult } from '../../core/apiKeyCheckResult';
import { apiKeyShapeProblem } from '../../core/apiKeyShape';
import { checkApiKey } from './checkApiKey';
import type { PanelServices } from './panelMessages';

/** Stores a pasted key in SecretStorage after a shape check; the key is never sent back. */
export async function saveKey(key: string, services: PanelServices): Promise<void> {
  const problem = apiKeyShapeProblem(key, vscode.l10n);
  if (problem) {
    services.post({ type: 'notice', level: 'error', text: problem });
    return;
  }
  await services.apiKeys.save(key);
  services.post({ type: 'notice', level: 'info', text: vscode.l10n.t('Key saved in the editor secret storage. Choose Check key to test it.') });
  await services.postState();
}

/** Calls the API with the saved key and reports the result in plain words. */
export async function checkKey(services: PanelServices): Promise<void> {
  const key = await services.apiKeys.read();
  const config = services.keyCheckConfig();
  const outcome = key ? await checkApiKey(key, config) : ({ kind: 'no-key' } as const);
  services.logger.info(`Key check: ${outcome.kind}${outcome.kind === 'http' ? ` ${outcome.status}` : ''}.`);
  services.post({ type: 'keyCheck', result: apiKeyCheckResult(outcome, vscode.l10n) });
}

/** Deletes the key and the terminal variable. */
export async function removeKey(services: PanelServices): Promise<void> {
  await services.apiKeys.remove();
  services.post({
    type: 'notice',
    level: 'info',
    text: vscode.l10n.t('Key removed. New terminals no longer get ANTHROPIC_API_KEY; close open ones to drop it there.'),
  });
  await services.postState();
}

/** Turns the terminal variable on (after a modal confirmation) or off. */
export async function setKeyInTerminals(enabled: boolean, services: PanelServices): Promise<void> {
  if (enabled && !(await services.apiKeys.hasKey())) {
    services.post({ type: 'notice', level: 'error', text: vscode.l10n.t('Save a key first.') });
    return services.postState();
  }
  if (enabled && !(await confirmTerminals())) return services.postState();
  await services.apiKeys.setInTerminals(enabled);
  services.post({
    type: 'notice',
    level: 'info',
    text: enabled
      ? vscode.l10n.t('New integrated terminals now get ANTHROPIC_API_KEY. Open a new terminal and run claude there; check with /status.')
      : vscode.l10n.t('New integrated terminals no longer get ANTHROPIC_API_KEY.'),
  });
  return services.postState();
}

async function confirmTerminals(): Promise<boolean> {
  const provide = vscode.l10n.t('Provide Key');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('Provide your API key to new integrated terminals?'),
    {
      modal: true,
      detail: vscode.l10n.t(
        'New terminals will have ANTHROPIC_API_KEY set. In Claude Code an API key takes precedence over your subscription login, so its requests will be billed to the API account of this key, not your plan or extra usage. The key is kept out of saved terminal state and is set again each time the editor starts.',
      ),
    },
    provide,
  );
  return choice === provide;
}
