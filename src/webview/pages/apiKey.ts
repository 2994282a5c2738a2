import * as l10n from '@vscode/l10n';
import type { PanelState } from '../../core/webviewProtocol';
import { h } from '../dom';
import type { Page, Send } from '../page';
import { linkButton, p, pageHeader, section } from '../widgets';
import { createKeyForm } from './keyForm';
import { toolInstructions } from './toolInstructions';

/** "Switch to an API key": what changes, a masked key field, the key check, and per-tool steps. */
export function createApiKeyPage(send: Send): Page {
  const form = createKeyForm(send);
  const tools = toolInstructions(send);
  const root = h(
    'div',
    {},
    pageHeader(l10n.t('Switch to an API key'), l10n.t('With an API key from the Anthropic Console, a tool’s requests go to API billing instead of your subscription.')),
    section(
      l10n.t('What changes'),
      p(l10n.t('You pay per token, from the Console account’s own credit. Extra usage and your plan limits no longer matter for that tool, and its requests keep working when the extra usage balance is empty.')),
      h('p', {}, linkButton(l10n.t('Create a key in the Console'), 'console-keys', send), ' ', linkButton(l10n.t('Console billing'), 'console-billing', send)),
    ),
    section(l10n.t('Your key'), form.root),
    tools.root,
  );
  return {
    id: 'api-key',
    title: l10n.t('API key'),
    root,
    update(state: PanelState) {
      form.update(state);
      tools.update(state);
    },
    onKeyCheck: form.onKeyCheck,
  };
}
