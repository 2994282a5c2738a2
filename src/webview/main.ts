// Walkthrough panel script: loads the translations the host put on the page, builds the pages once, then renders
// every `state` the host sends.
import * as l10n from '@vscode/l10n';
import { z } from 'zod';
import { hostToWebviewMessageSchema, l10nBundleSchema, panelPageSchema, type HostToWebviewMessage, type L10nBundle, type PanelPage } from '../core/webviewProtocol';
import { createNotices } from './notices';
import type { Page } from './page';
import { createApiKeyPage } from './pages/apiKey';
import { createAutoReloadPage } from './pages/autoReload';
import { createClaimCreditPage } from './pages/claimCredit';
import { createOtherWaysPage } from './pages/otherWays';
import { createSpendPage } from './pages/spend';
import { createWhatHappenedPage } from './pages/whatHappened';
import { createTabs } from './tabs';
import { createHostChannel } from './vscodeApi';

const persistedSchema = z.object({ page: panelPageSchema });

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id}`);
  return element;
}

/** The host's translations (`data-l10n` on the body); without them, or when unreadable, the panel is in English. */
function pageTranslations(): L10nBundle {
  try {
    const parsed = l10nBundleSchema.safeParse(JSON.parse(document.body.dataset.l10n ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

function start(): void {
  l10n.config({ contents: pageTranslations() });
  const host = createHostChannel();
  const apiKey = createApiKeyPage(host.send);
  const pages: Page[] = [
    createWhatHappenedPage(),
    createClaimCreditPage(host.send),
    createAutoReloadPage(host.send),
    apiKey,
    createOtherWaysPage(host.send),
    createSpendPage(),
  ];
  const remember = (page: PanelPage): void => host.setState({ page });
  const tabs = createTabs(byId('tabs'), byId('panels'), pages, (page) => {
    remember(page);
    host.send({ type: 'navigate', page });
  });
  const notices = createNotices(byId('notices'));
  const persisted = persistedSchema.safeParse(host.getState());
  tabs.select(persisted.success ? persisted.data.page : 'what-happened');
  const onMessage = (message: HostToWebviewMessage): void => {
    switch (message.type) {
      case 'state':
        for (const page of pages) page.update(message.state);
        tabs.select(message.state.page);
        remember(message.state.page);
        return;
      case 'keyCheck':
        return apiKey.onKeyCheck?.(message.result);
      case 'notice':
        return notices.show(message.level, message.text);
      default: {
        const unreachable: never = message;
        return unreachable;
      }
    }
  };
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const parsed = hostToWebviewMessageSchema.safeParse(event.data);
    if (parsed.success) onMessage(parsed.data);
  });
  host.send({ type: 'ready' });
}

start();
