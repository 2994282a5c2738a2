/** Every web page the product points people at, in one place so a moved page is one edit. */
export const LINKS = {
  /** Personal extra usage: balance, starter credit, auto-reload, monthly spend limit. */
  usageSettings: 'https://claude.ai/settings/usage',
  // Debt: the exact admin page for organisation extra usage is not confirmed; this is the likeliest path.
  /** Organisation extra usage, for workspace admins. */
  adminUsageSettings: 'https://claude.ai/admin-settings/usage',
  /** API credit balance (pay per token). console.anthropic.com forwards to platform.claude.com. */
  consoleBilling: 'https://console.anthropic.com/settings/billing',
  /** API keys. */
  consoleKeys: 'https://console.anthropic.com/settings/keys',
  /** Anthropic's service status. */
  statusPage: 'https://status.anthropic.com',
  /** claude.ai itself (using the plan directly). */
  claudeAi: 'https://claude.ai',
  /** How Claude Code chooses between an API key and the subscription login. */
  claudeCodeAuth: 'https://code.claude.com/docs/en/authentication',
} as const;

/** Where to claim or add extra usage credit: the admin page when a workspace admin has to act. */
export function claimUrl(orgAdmin: boolean): string {
  return orgAdmin ? LINKS.adminUsageSettings : LINKS.usageSettings;
}
