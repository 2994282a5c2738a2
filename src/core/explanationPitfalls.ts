import { ENGLISH, type L10n } from './l10n';

/** Common mistakes about Claude's three balances, written once and shared by the explanations. */
export function explanationPitfalls(l10n: L10n = ENGLISH) {
  return {
    starterCreditOnce: l10n.t('The starter credit is a one-time gift. Once it is spent, nothing refills extra usage but your own top-ups or auto-reload.'),
    separateBalances: l10n.t('Plan limits and extra usage are separate balances. claude.ai (and Claude Code on your plan) can keep working while third-party apps are refused.'),
    otherAccount: l10n.t('The tool may be signed in to a different Claude account than your browser (personal and work, for example). Top up the account the tool uses.'),
    autoReload: l10n.t('Auto-reload tops extra usage up when it runs low, so a long session is not cut off halfway. A monthly spend limit still stops it once reached.'),
    apiKeyUnaffected: l10n.t('An Anthropic API key is billed separately, per token. Extra usage running out does not affect it, and topping up extra usage does not add API credit.'),
    weeklyAfterSession: l10n.t('A weekly limit can stay reached after the session limit resets; the message says which one you hit.'),
    rateLimitCanBeLimit: l10n.t('On a subscription account a rate-limit error can also mean a plan or extra usage limit is reached; the usage page shows which.'),
    envKeyWins: l10n.t('A key in ANTHROPIC_API_KEY can be used instead of your Claude sign-in, so this can happen even when you meant to use your subscription.'),
  } as const;
}

