import * as vscode from 'vscode';
import type { CreditEstimate } from '../core/creditEstimate';
import { balanceBasisText } from '../core/estimateTooltip';
import { formatMoney, microsToUsd } from '../core/money';
import { rejectionView, spendByDay } from '../core/panelView';
import type { RejectionEvent } from '../core/rejection';
import type { Settings } from '../core/settingsSchema';
import { suggestAutoReload } from '../core/suggestAutoReload';
import type { UsageLedger } from '../core/usageLedger';
import { localDateIn } from '../core/localDateIn';
import type { PanelData } from './walkthrough/registerWalkthrough';

const CHART_DAYS = 14;

/** Builds what the walkthrough panel shows from the focused (or latest) rejection, the ledger and the estimate. */
export function panelData(input: {
  readonly rejection: RejectionEvent | undefined;
  readonly estimate: CreditEstimate;
  readonly ledger: UsageLedger;
  readonly settings: Settings;
  readonly now: Date;
}): PanelData {
  const { rejection, estimate } = input;
  const currency = estimate.checkpoint?.currency ?? '$';
  const remaining = estimate.remainingMicros;
  return {
    rejection: rejection ? rejectionView(rejection, vscode.l10n) : null,
    creditOfferUsd: rejection?.creditOfferUsd ?? null,
    orgAdmin: rejection?.orgAdmin ?? false,
    balanceText:
      remaining === null
        ? vscode.l10n.t('not set yet')
        : vscode.l10n.t('{0} (estimate)', formatMoney(remaining, { currency, approximate: true })),
    autoReload: suggestAutoReload({ burnMicrosPerHour: estimate.burnRatePerHourMicros, profile: input.settings['credit.usageProfile'] }, vscode.l10n),
    chart: {
      days: spendByDay(input.ledger, localDateIn()(input.now.getTime()), CHART_DAYS),
      remainingUsd: remaining === null ? null : microsToUsd(remaining),
      burnPerHourUsd: estimate.burnRatePerHourMicros === null ? null : microsToUsd(estimate.burnRatePerHourMicros),
      summary: balanceBasisText(estimate, vscode.l10n),
    },
  };
}
