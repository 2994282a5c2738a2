// A filled-in panel state for screenshots: the host has no real spend or rejection yet in a fresh profile,
// so the test posts this into the webview the way the host would.
const day = (offset) => new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);
const spend = [0.4, 1.2, 0, 2.8, 3.1, 0.9, 0, 0, 4.2, 5.6, 2.2, 1.4, 3.3, 2.0];

export function samplePanelState({ orgAdmin }) {
  return {
    page: 'what-happened',
    rejection: {
      kind: 'extra-usage',
      tool: 'Cline',
      at: new Date(Date.now() - 3_600_000).toISOString(),
      requestId: 'req_011CZqpMLV2mFDafSPRNAc8Y',
      title: 'Your extra usage balance is empty',
      pool: 'extra-usage',
      poolLabel: 'Extra usage (third-party apps)',
      waitingHelps: false,
      waitUntil: null,
      summary: 'Cline signs in with your Claude subscription, so it now draws on extra usage, and that balance is at zero.',
      steps: ['Claim the starter credit at claude.ai/settings/usage.', 'Retry the request in Cline.'],
      pitfalls: ['The starter credit is one-time.', 'claude.ai still working says nothing about extra usage.'],
      message: 'Third-party apps now draw from your extra usage, not your plan limits. <b>not bold</b>',
    },
    creditOfferUsd: orgAdmin ? null : 20,
    orgAdmin,
    balanceText: '~$11.40 (confirmed $20.00 two days ago)',
    hasApiKey: false,
    keyInTerminals: false,
    autoReload: { thresholdUsd: 5, amountUsd: 20, basis: 'Based on your recent use (about $1.80 an hour): the threshold covers about 2 hours, the amount about a working day.' },
    savedAutoReload: null,
    chart: {
      days: spend.map((usd, i) => ({ date: day(13 - i), bySource: usd ? { cline: usd * 0.6, 'roo-code': usd * 0.3, opencode: usd * 0.1 } : {} })),
      remainingUsd: 11.4,
      burnPerHourUsd: 1.8,
      summary: 'Confirmed balance: $20.00, 2 days ago (typed in).',
    },
  };
}
