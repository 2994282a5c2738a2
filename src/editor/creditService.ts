import * as vscode from 'vscode';
import { countedSources } from '../core/countedSources';
import type { CreditCheckpoint } from '../core/creditCheckpoint';
import type { CreditEstimate } from '../core/creditEstimate';
import { estimateCredit } from '../core/estimateCredit';
import { usdToMicros } from '../core/money';
import { applyPriceOverrides } from '../core/priceOverrides';
import { BUNDLED_PRICE_TABLE } from '../core/priceTable';
import type { LedgerSnapshot } from '../core/ledgerSnapshot';
import { createUsageLedger, restoreUsageLedger, type UsageLedger } from '../core/usageLedger';
import type { UsageEvent } from '../core/usageEvent';
import type { BalanceStore } from './balanceStore';
import type { Logger } from './logger';
import type { SettingsService } from './settings';

/** Spend from usage logs folded into a ledger, and the credit estimate over the confirmed balance. */
export interface CreditService extends vscode.Disposable {
  addUsage(event: UsageEvent): void;
  estimate(now?: Date): CreditEstimate;
  readonly ledger: UsageLedger;
  /**
   * Replaces the (still empty) ledger by a saved one; false when it was priced with other prices. Only the file
   * sources add usage, and they restore before they read, so nothing is lost by the replacement.
   */
  restore(snapshot: LedgerSnapshot): boolean;
  /** Fires (debounced) after usage was added. */
  readonly onDidChange: vscode.Event<void>;
}

const DEBOUNCE_MS = 250;

/** Creates the credit service; price overrides from settings are validated and bad entries logged. */
export function createCreditService(
  balances: BalanceStore,
  settings: SettingsService,
  logger: Logger,
  autoReload: () => { thresholdMicros: number; amountMicros: number } | undefined = () => undefined,
): CreditService {
  const changed = new vscode.EventEmitter<void>();
  // Debt: a change of price overrides applies after a reload of the window (the ledger is built once).
  const { table, errors } = applyPriceOverrides(BUNDLED_PRICE_TABLE, settings.current['credit.priceOverrides']);
  for (const error of errors) logger.warn(`Price override ignored: ${error}`);
  let ledger = createUsageLedger({ table });
  let timer: NodeJS.Timeout | undefined;
  return {
    get ledger() {
      return ledger;
    },
    restore(snapshot) {
      const restored = restoreUsageLedger({ table }, snapshot);
      if (!restored) return false;
      ledger = restored;
      changed.fire();
      return true;
    },
    onDidChange: changed.event,
    addUsage(event) {
      if (ledger.add(event) !== 'added') return;
      timer ??= setTimeout(() => {
        timer = undefined;
        changed.fire();
      }, DEBOUNCE_MS);
    },
    estimate(now = new Date()) {
      const s = settings.current;
      const checkpoint = withAccountSettings(balances.latest(), s['credit.monthlySpendLimit'], autoReload());
      return estimateCredit({
        checkpoint,
        spend: ledger.spendPoints(checkpoint ? Date.parse(checkpoint.at) - 35 * 86_400_000 : now.getTime() - 7 * 86_400_000),
        countedSources: countedSources(s['credit.countedSources']),
        now,
        profile: s['credit.usageProfile'],
        unpricedModels: ledger.counts().unpriced.map((u) => u.model),
        lowThresholdMicros: usdToMicros(s['statusBar.lowBalanceThreshold']),
      });
    },
    dispose() {
      if (timer) clearTimeout(timer);
      changed.dispose();
    },
  };
}

/** Adds the monthly limit (setting) and auto-reload (walkthrough) to a checkpoint that does not carry its own. */
function withAccountSettings(
  checkpoint: CreditCheckpoint | undefined,
  limitUsd: number | null,
  reload: { thresholdMicros: number; amountMicros: number } | undefined,
): CreditCheckpoint | undefined {
  if (!checkpoint) return undefined;
  const monthlyLimitMicros = checkpoint.monthlyLimitMicros ?? (limitUsd === null ? undefined : usdToMicros(limitUsd));
  const autoReload = checkpoint.autoReload ?? (reload && reload.amountMicros > 0 ? { thresholdMicros: reload.thresholdMicros, amountMicros: reload.amountMicros } : undefined);
  return { ...checkpoint, ...(monthlyLimitMicros === undefined ? {} : { monthlyLimitMicros }), ...(autoReload ? { autoReload } : {}) };
}
