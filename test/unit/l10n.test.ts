import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as webviewL10n from '@vscode/l10n';
import { apiKeyCheckResult } from '../../src/core/apiKeyCheckResult';
import { apiKeyShapeProblem } from '../../src/core/apiKeyShape';
import type { CreditEstimate } from '../../src/core/creditEstimate';
import { explainRejection } from '../../src/core/explainRejection';
import { formatExplanationText } from '../../src/core/formatExplanation';
import { formatHours, statusBarView } from '../../src/core/formatEstimate';
import { ENGLISH, formatMessage, type L10n } from '../../src/core/l10n';
import { notificationContent } from '../../src/core/notificationContent';
import { rejectionView } from '../../src/core/panelView';
import { parseMoneyInput } from '../../src/core/parseMoneyInput';
import { REJECTION_KINDS, type Rejection, type RejectionEvent } from '../../src/core/rejection';
import { spendChartModel } from '../../src/core/spendChartModel';
import { suggestAutoReload } from '../../src/core/suggestAutoReload';
import { toolLabel, translatedToolLabel } from '../../src/core/toolLabels';
import { USAGE_PROFILES } from '../../src/core/usageProfiles';

const BUNDLE: Record<string, string> = JSON.parse(fs.readFileSync(path.resolve('l10n/bundle.l10n.json'), 'utf8'));

/** A fake language: every message comes back in ⟦…⟧, and each one asked for is remembered. */
function bracketing(): L10n & { readonly asked: Set<string> } {
  const asked = new Set<string>();
  return { asked, t: (message, ...args) => (asked.add(message), `⟦${formatMessage(message, args)}⟧`) };
}

const usd = (n: number): number => Math.round(n * 1_000_000);
const ESTIMATE: CreditEstimate = {
  basis: 'usage', state: 'normal',
  checkpoint: { amountMicros: usd(20), currency: '$', at: '2026-11-25T10:00:00Z', how: 'typed' },
  checkpointAgeHours: 2, currencyMismatch: true,
  remainingMicros: usd(13.42), balanceMicros: usd(13.42), monthlyLimitLeftMicros: usd(3), limitResetsAt: '2026-12-01T00:00:00Z', limitingFactor: 'monthly-limit', runsOut: true,
  spentSinceMicros: usd(6.58), spentBySource: { cline: usd(5), terminal: usd(1.58) }, spentByModel: {},
  burnRatePerHourMicros: usd(3.2),
  burnRate: { microsPerHour: usd(3.2), spentMicros: usd(6.58), activeMs: 2 * 3_600_000, sessions: 1, fromMs: 0, toMs: 0 },
  profile: null, hoursLeft: 1, hoursLeftRange: null, unpricedModels: ['claude-nova-9'],
  autoReload: { thresholdMicros: usd(5), amountMicros: usd(20), balanceMicros: usd(4), reloadsSinceCheckpoint: 1, hoursToNextReload: 2, hoursPerReload: 6.25 },
};
const REJECTION: Rejection = { kind: 'extra-usage', httpStatus: 400, requestId: null, creditOfferUsd: 20, orgAdmin: false, resetsAt: null, settingsUrl: null, message: 'x' };
const EVENT: RejectionEvent = { ...REJECTION, at: '2026-04-10T10:00:00Z', origin: { source: 'cline' }, isHistorical: false };

test('ENGLISH fills {0}, {1} … the way vscode.l10n.t and @vscode/l10n do', () => {
  const cases: [string, ...(string | number | boolean)[]][] = [
    ['Balance set to {0}. Now retry.', '$20.00'],
    ['{1} before {0}, {0} twice', 'a', 'b'],
    ['{0} of {1} with {2} missing', 3, true],
    ['No arguments keep {0} as written'],
    ['Arguments are not read again: {0}', '{1} $& $1', 'x'],
    ['Named {placeholders} stay', 1],
    ['Nothing to fill'],
  ];
  for (const [message, ...args] of cases) assert.equal(ENGLISH.t(message, ...args), webviewL10n.t(message, ...args), message);
  assert.equal(ENGLISH.t('{1} before {0}, {0} twice', 'a', 'b'), 'b before a, a twice');
  assert.equal(ENGLISH.t('{0} of {1} with {2} missing', 3, true), '3 of true with {2} missing');
  assert.equal(ENGLISH.t('Arguments are not read again: {0}', '{1} $& $1', 'x'), 'Arguments are not read again: {1} $& $1');
});

test('core text goes through the l10n it is given: every user-facing string of each function', () => {
  const l10n = bracketing();
  const whole = (text: string | undefined): boolean => text !== undefined && text.startsWith('⟦') && text.endsWith('⟧');
  const view = statusBarView(ESTIMATE, { rejected: false, lowThresholdMicros: usd(5), l10n });
  assert.equal(view.text, '$(credit-card) ~$13.42 · ~⟦{0}h⟧'.replace('{0}', '1'));
  assert.ok(whole(view.accessibilityLabel), view.accessibilityLabel);
  assert.deepEqual(view.tooltipLines.filter((line) => !whole(line)), []);
  assert.equal(statusBarView({ ...ESTIMATE, state: 'no-balance', remainingMicros: null }, { rejected: false, lowThresholdMicros: 0, l10n }).text, '$(credit-card) ⟦Set balance⟧');
  for (const kind of REJECTION_KINDS) {
    const e = explainRejection({ ...REJECTION, kind }, l10n);
    assert.deepEqual([e.title, e.poolLabel, e.summary, ...e.steps, ...e.pitfalls, ...e.links.map((link) => link.label)].filter((s) => !whole(s)), [], kind);
    assert.ok(formatExplanationText(e, undefined, l10n).includes('⟦What to do:⟧'), kind);
    assert.ok(whole(notificationContent({ ...EVENT, kind }, () => 'soon', l10n).message), kind);
    assert.equal(rejectionView({ ...EVENT, kind }, l10n).title, e.title);
  }
  assert.ok(whole((parseMoneyInput('abc', l10n) as { error: string }).error));
  assert.ok(whole(apiKeyShapeProblem('', l10n)));
  assert.ok(whole(apiKeyCheckResult({ kind: 'timeout', seconds: 1 }, l10n).message));
  assert.ok(whole(suggestAutoReload({ burnMicrosPerHour: null, profile: 'single-agent' }, l10n).basis));
  const chart = spendChartModel({ days: [{ date: '2026-04-01', bySource: { terminal: 1 } }], remainingUsd: null, burnPerHourUsd: null }, 640, 220, l10n);
  assert.deepEqual([chart.bars[0]?.label, chart.sources[0]?.label], ['⟦Apr 1⟧', '⟦a terminal command⟧']);
  assert.ok(whole(chart.description));
  assert.equal(formatHours(0.5, l10n), '⟦30m⟧');
  assert.deepEqual([translatedToolLabel('cline', l10n), translatedToolLabel('pasted', l10n)], ['Cline', '⟦pasted text⟧'], 'product names stay');
  assert.deepEqual([...l10n.asked].filter((message) => !(message in BUNDLE)), [], 'every message asked for is in the bundle');
});

test('without a translator the core stays English, as the CLI prints it', () => {
  assert.equal(statusBarView(ESTIMATE, { rejected: true, lowThresholdMicros: 0 }).text, '$(warning) Extra usage empty');
  assert.equal(toolLabel('terminal'), 'a terminal command');
  assert.equal(['cline', 'opencode'].map(toolLabel).join(', '), 'Cline, OpenCode');
  assert.equal(USAGE_PROFILES['single-agent'].label, 'one agent');
  assert.equal(apiKeyCheckResult({ kind: 'timeout', seconds: 10 }).message.includes('within 10 seconds'), true);
});

test('a translated bundle reaches core text through @vscode/l10n, as in the panel script', () => {
  webviewL10n.config({ contents: { 'Paste a key first.': 'Zuerst einen Schlüssel einfügen.', '"{0}" is not an amount. Type a number such as 20 or 12.50.': '„{0}“ ist kein Betrag.' } });
  try {
    assert.equal(apiKeyShapeProblem('', webviewL10n), 'Zuerst einen Schlüssel einfügen.');
    assert.deepEqual(parseMoneyInput('zwanzig', webviewL10n), { error: '„zwanzig“ ist kein Betrag.' });
    assert.equal(apiKeyShapeProblem('sk-ant-short', webviewL10n), 'The key has an unusual length. Check that you copied all of it.', 'untranslated messages stay English');
  } finally {
    webviewL10n.config({ contents: {} });
  }
});
