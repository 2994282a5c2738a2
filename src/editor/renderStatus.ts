import { formatMoney } from '../core/money';
import { COMMANDS } from './commandIds';
import type { StoredCheckpoint } from './balanceStore';
import type { StatusBarView } from './statusBar';

// Debt: replaced by the credit estimate view-model once spend is computed from usage logs.
/** Status bar view for the confirmed balance alone. */
export function renderStatus(checkpoint: StoredCheckpoint | undefined): StatusBarView {
  const links = `[Explain rejection](command:${COMMANDS.explainRejection}) · [Set balance](command:${COMMANDS.setBalance}) · [Walkthrough](command:${COMMANDS.openWalkthrough})`;
  if (!checkpoint) {
    return {
      text: '$(credit-card) Set balance',
      tooltipLines: ['**Extra Usage Guard**', 'No extra usage balance confirmed yet.', links],
      background: 'none',
      accessibilityLabel: 'Extra usage credit: no balance set yet. Activate to choose an action.',
    };
  }
  const amount = formatMoney(checkpoint.amountMicros, { currency: checkpoint.currency });
  return {
    text: `$(credit-card) ${amount}`,
    tooltipLines: ['**Extra Usage Guard**', `Balance confirmed: ${amount} at ${checkpoint.at}`, links],
    background: 'none',
    accessibilityLabel: `Extra usage credit: ${amount} confirmed.`,
  };
}
