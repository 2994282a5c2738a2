/** Common mistakes about Claude's three balances, written once and shared by the explanations. */
export const PITFALLS = {
  starterCreditOnce: 'The starter credit is a one-time gift. Once it is spent, nothing refills extra usage but your own top-ups or auto-reload.',
  separateBalances: 'Plan limits and extra usage are separate balances. claude.ai (and Claude Code on your plan) can keep working while third-party apps are refused.',
  otherAccount: 'The tool may be signed in to a different Claude account than your browser (personal and work, for example). Top up the account the tool uses.',
  autoReload: 'Auto-reload tops extra usage up when it runs low, so a long session is not cut off halfway. A monthly spend limit still stops it once reached.',
  apiKeyUnaffected: 'An Anthropic API key is billed separately, per token. Extra usage running out does not affect it, and topping up extra usage does not add API credit.',
  weeklyAfterSession: 'A weekly limit can stay reached after the session limit resets; the message says which one you hit.',
  rateLimitCanBeLimit: 'On a subscription account a rate-limit error can also mean a plan or extra usage limit is reached; the usage page shows which.',
  envKeyWins: 'A key in ANTHROPIC_API_KEY can be used instead of your Claude sign-in, so this can happen even when you meant to use your subscription.',
} as const;
