import * as vscode from 'vscode';
import type { HostToWebviewMessage, PanelPage, WebviewToHostMessage } from '../../core/webviewProtocol';
import type { BalanceStore } from '../balanceStore';
import { COMMANDS } from '../commandIds';
import type { Logger } from '../logger';
import { openHttps } from '../openHttps';
import { checkKey, removeKey, saveKey, setKeyInTerminals } from './apiKeyActions';
import type { ApiKeyService } from './apiKeyService';
import type { AutoReloadStore } from './autoReloadStore';
import { confirmClaimed, saveAutoReload } from './balanceActions';
import type { KeyCheckConfig } from './keyCheckConfig';
import { LINK_URLS } from './links';

/** What the message handlers need; one per panel. */
export interface PanelServices {
  readonly logger: Logger;
  readonly balances: BalanceStore;
  readonly apiKeys: ApiKeyService;
  readonly autoReload: AutoReloadStore;
  readonly keyCheckConfig: () => KeyCheckConfig;
  readonly onDidConfirmBalance: () => void;
  post(message: HostToWebviewMessage): void;
  postState(): Promise<void>;
  setPage(page: PanelPage): void;
}

/** Handles one validated message from the panel. */
export async function handlePanelMessage(message: WebviewToHostMessage, services: PanelServices): Promise<void> {
  switch (message.type) {
    case 'ready':
      return services.postState();
    case 'navigate':
      return services.setPage(message.page);
    case 'openLink':
      if (!(await openHttps(LINK_URLS[message.link]))) services.logger.warn(`Link ${message.link} was not opened.`);
      return;
    case 'confirmClaimed':
      return confirmClaimed(message.amount, services);
    case 'setBalance':
      await vscode.commands.executeCommand(COMMANDS.setBalance);
      return services.postState();
    case 'saveApiKey':
      return saveKey(message.key, services);
    case 'checkApiKey':
      return checkKey(services);
    case 'removeApiKey':
      return removeKey(services);
    case 'provideKeyToTerminals':
      return setKeyInTerminals(message.enabled, services);
    case 'saveAutoReload':
      return saveAutoReload(message.threshold, message.amount, services);
    default: {
      const unreachable: never = message;
      return unreachable;
    }
  }
}
