import type { CreditEstimate } from '../core/creditEstimate';
import { statusBarView } from '../core/formatEstimate';
import { usdToMicros } from '../core/money';
import { COMMANDS } from './commandIds';
import type { StatusBarView } from './statusBar';

const COMMAND_LINKS =
  `[$(question) Explain rejection](command:${COMMANDS.explainRejection}) · ` +
  `[$(credit-card) Set balance](command:${COMMANDS.setBalance}) · ` +
  `[$(book) Walkthrough](command:${COMMANDS.openWalkthrough})`;

/** The status bar view of the estimate, with the tooltip's command links appended. */
export function renderStatus(
  estimate: CreditEstimate,
  options: { rejected: boolean; lowThresholdUsd: number; extraLines?: readonly string[] },
): StatusBarView {
  const view = statusBarView(estimate, { rejected: options.rejected, lowThresholdMicros: usdToMicros(options.lowThresholdUsd) });
  return { ...view, tooltipLines: [...view.tooltipLines, ...(options.extraLines ?? []), COMMAND_LINKS] };
}
