import type { z } from 'zod';
import { LINKS } from '../../core/links';
import type { linkIdSchema } from '../../core/webviewProtocol';

/** The only pages the panel can open: the webview names a link id, the host owns the URL (from `core/links`). */
export const LINK_URLS: Readonly<Record<z.infer<typeof linkIdSchema>, string>> = {
  'usage-settings': LINKS.usageSettings,
  'admin-settings': LINKS.adminUsageSettings,
  'console-billing': LINKS.consoleBilling,
  'console-keys': LINKS.consoleKeys,
  'status-page': LINKS.statusPage,
  'claude-ai': LINKS.claudeAi,
  'claude-code-auth': LINKS.claudeCodeAuth,
};
