import type { z } from 'zod';
import type { linkIdSchema } from '../../core/webviewProtocol';

/** The only pages the panel can open: the webview names a link id, the host owns the URL. */
export const LINK_URLS: Readonly<Record<z.infer<typeof linkIdSchema>, string>> = {
  'usage-settings': 'https://claude.ai/settings/usage',
  // Debt: the admin console's exact usage page is not confirmed; its root is.
  'admin-settings': 'https://claude.ai/admin-settings',
  'console-billing': 'https://console.anthropic.com/settings/billing',
  'console-keys': 'https://console.anthropic.com/settings/keys',
  'status-page': 'https://status.anthropic.com',
  'claude-ai': 'https://claude.ai',
  'claude-code-auth': 'https://code.claude.com/docs/en/authentication',
};
